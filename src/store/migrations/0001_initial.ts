import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * The initial schema. Types are chosen per engine but mean the same thing on both
 * (see store/schema.ts for the conventions).
 */
export function initial(engine: Engine) {
  const pgsql = engine === 'postgres';
  const int8 = pgsql ? 'bigint' : 'integer';
  const json = pgsql ? 'jsonb' : 'text';
  const float = pgsql ? 'double precision' : 'real';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    const text = (t: string) => db.schema.createTable(t);

    await text('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .execute();

    await text('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('name', 'text')
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('token_prefix', 'text', (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('last_used_at', int8)
      .addColumn('revoked_at', int8)
      .execute();

    let accounts = text('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull());
    for (const f of ['domain', 'industry']) accounts = accounts.addColumn(f, 'text').addColumn(`${f}_norm`, 'text');
    accounts = accounts.addColumn('employees', int8).addColumn('annual_revenue', float);
    for (const f of ['country', 'region', 'state', 'city', 'sic_code', 'external_id'])
      accounts = accounts.addColumn(f, 'text').addColumn(`${f}_norm`, 'text');
    await accounts
      .addColumn('parent_id', 'text', (c) => c.references('accounts.id'))
      .addColumn('custom', json, (c) => c.notNull())
      .addColumn('custom_norm', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('accounts_parent').on('accounts').column('parent_id').execute();
    await db.schema.createIndex('accounts_name_norm').on('accounts').columns(['name_norm', 'id']).execute();
    await db.schema.createIndex('accounts_domain_norm').on('accounts').column('domain_norm').execute();

    let people = text('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('email_norm', 'text', (c) => c.notNull().unique());
    for (const f of [
      'first_name',
      'last_name',
      'job_title',
      'department',
      'seniority',
      'phone',
      'country',
      'state',
      'city',
      'postal_code',
      'external_id',
    ])
      people = people.addColumn(f, 'text').addColumn(`${f}_norm`, 'text');
    await people
      .addColumn('email_invalid', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('email_suspended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unsubscribed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('derived_seniority', 'text')
      .addColumn('derived_function', 'text')
      .addColumn('engagement_score', float, (c) => c.notNull().defaultTo(0))
      .addColumn('custom', json, (c) => c.notNull())
      .addColumn('custom_norm', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('people_job_title_norm').on('people').columns(['job_title_norm']).execute();
    await db.schema.createIndex('people_last_name_norm').on('people').columns(['last_name_norm', 'id']).execute();

    await text('account_people')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('relation_type', 'text', (c) => c.notNull())
      .addColumn('roles', json, (c) => c.notNull())
      .addColumn('roles_norm', json, (c) => c.notNull())
      .addColumn('started_on', 'text')
      .addColumn('ended_on', 'text')
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('account_people_pk', ['account_id', 'person_id'])
      .execute();
    await db.schema.createIndex('account_people_person').on('account_people').columns(['person_id', 'account_id']).execute();

    await text('activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_at', int8, (c) => c.notNull())
      .addColumn('metadata', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('activities_person_type_time')
      .on('activities')
      .columns(['person_id', 'type', 'occurred_at'])
      .execute();
    await db.schema.createIndex('activities_time').on('activities').column('occurred_at').execute();

    await text('roles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .execute();

    await text('personas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('condition', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await text('roles_templates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('duplicated_from', 'text')
      .addColumn('published_at', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await text('template_roles')
      .addColumn('template_id', 'text', (c) => c.notNull().references('roles_templates.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
      .addColumn('weighting_band', 'text', (c) => c.notNull())
      .addColumn('auto_assign', 'integer', (c) => c.notNull())
      .addColumn('condition', json)
      .addColumn('required', 'integer', (c) => c.notNull())
      .addColumn('members_required', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('template_roles_pk', ['template_id', 'position'])
      .addUniqueConstraint('template_roles_role_unique', ['template_id', 'role_id'])
      .execute();
    await db.schema.createIndex('template_roles_role').on('template_roles').column('role_id').execute();

    await text('stage_models')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('definition', json, (c) => c.notNull())
      .addColumn('published_at', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await text('solution_interests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('products', json, (c) => c.notNull())
      .addColumn('template_id', 'text', (c) => c.notNull().references('roles_templates.id'))
      .addColumn('stage_model_id', 'text', (c) => c.references('stage_models.id'))
      .addColumn('follow_membership_changes', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await text('account_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('condition', json)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await text('account_list_members')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('list_id', 'text', (c) => c.notNull().references('account_lists.id').onDelete('cascade'))
      .addColumn('added_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('account_list_members_pk', ['account_id', 'list_id'])
      .execute();
    await db.schema.createIndex('account_list_members_list').on('account_list_members').columns(['list_id', 'account_id']).execute();

    await text('buying_groups')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('solution_interest_id', 'text', (c) => c.notNull().references('solution_interests.id'))
      .addColumn('template_id', 'text', (c) => c.notNull().references('roles_templates.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status_label', 'text')
      .addColumn('stage', 'text')
      .addColumn('completeness', float, (c) => c.notNull().defaultTo(0))
      .addColumn('engagement', float, (c) => c.notNull().defaultTo(0))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('buying_groups_pk', ['account_id', 'id'])
      .addUniqueConstraint('buying_groups_one_per_pair', ['account_id', 'solution_interest_id'])
      .execute();
    await db.schema.createIndex('buying_groups_si').on('buying_groups').columns(['solution_interest_id', 'completeness']).execute();

    await text('buying_group_members')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('buying_group_id', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('added_at', int8, (c) => c.notNull())
      .addColumn('removed_at', int8)
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('buying_group_members_pk', ['account_id', 'buying_group_id', 'person_id'])
      .addForeignKeyConstraint('buying_group_members_group', ['account_id', 'buying_group_id'], 'buying_groups', [
        'account_id',
        'id',
      ])
      .execute();
    await db.schema.createIndex('buying_group_members_person').on('buying_group_members').column('person_id').execute();
    await db.schema.createIndex('buying_group_members_role').on('buying_group_members').columns(['buying_group_id', 'role_id']).execute();

    await text('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('params', json, (c) => c.notNull())
      .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('progress_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('counts', json, (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('heartbeat_at', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('started_at', int8)
      .addColumn('finished_at', int8)
      .execute();
    await db.schema.createIndex('jobs_status').on('jobs').columns(['status', 'created_at']).execute();

    await text('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', int8, (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', json)
      .addColumn('after', json)
      .execute();
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id', 'at']).execute();

  }

  return { up };
}
