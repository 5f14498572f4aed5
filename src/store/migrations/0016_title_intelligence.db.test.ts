import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, type Migration } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../test-db.ts';
import { initial } from './0001_initial.ts';
import { buyingGroupNameNorm } from './0002_buying_group_name_norm.ts';
import { engine } from './0003_engine.ts';
import { buyingGroupStatusNorm } from './0004_buying_group_status_norm.ts';
import { generationScopeIndex } from './0005_generation_scope_index.ts';
import { followedAudiences } from './0006_followed_audiences.ts';
import { activityTypesAndBands } from './0009_activity_types_and_bands.ts';
import { versions } from './0010_versions.ts';
import { usersSignIn } from './0012_users_sign_in.ts';
import { activityTypeVersions } from './0014_activity_type_versions.ts';
import { importKeys } from './0015_import_keys.ts';
import { titleIntelligence } from './0016_title_intelligence.ts';
import { parseJson } from '../db.ts';
import { validateCondition } from '../../domain/conditions/index.ts';
import { rederivePeople } from '../people-rederive.ts';

describe(`migration 0016 title intelligence (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => t.drop());

  it('rederives people written in the old form and rewrites every stored condition to the new values', async () => {
    const migrations: Record<string, Migration> = {
      '0001_initial': initial(t.engine),
      '0002_buying_group_name_norm': buyingGroupNameNorm(t.engine),
      '0003_engine': engine(t.engine),
      '0004_buying_group_status_norm': buyingGroupStatusNorm(t.engine),
      '0005_generation_scope_index': generationScopeIndex(t.engine),
      '0006_followed_audiences': followedAudiences(t.engine),
      '0009_activity_types_and_bands': activityTypesAndBands(t.engine),
      '0010_versions': versions(t.engine),
      '0012_users_sign_in': usersSignIn(t.engine),
      '0014_activity_type_versions': activityTypeVersions(t.engine),
      '0015_import_keys': importKeys(t.engine),
      '0016_title_intelligence': titleIntelligence(t.engine),
    };
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0015_import_keys')).error).toBeUndefined();
    const now = 1_700_000_000_000;
    // People as the old derive.ts stored them.
    const person = (id: string, title: string | null, department: string | null, seniority: string | null, fn: string | null) => ({
      id,
      email: `${id}@example.com`,
      email_norm: `${id}@example.com`,
      job_title: title,
      job_title_norm: title?.toLowerCase() ?? null,
      department,
      department_norm: department?.toLowerCase() ?? null,
      derived_seniority: seniority,
      derived_function: fn,
      email_invalid: 0,
      email_suspended: 0,
      unsubscribed: 0,
      engagement_score: 0,
      custom: '{}',
      custom_norm: '{}',
      created_at: now,
      updated_at: now,
      version: 3,
    });
    await t.db
      .insertInto('people')
      .values([
        person('per_1', 'CISO', null, 'c-level', 'security'),
        person('per_2', 'Vertriebsleiter', null, 'individual contributor', null),
        person('per_3', 'Manager', 'Information Technology', 'manager', 'it'),
        person('per_4', null, null, null, null),
      ] as never)
      .execute();
    const oldPersona = { all: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['c-level', 'vp'] }, { field: 'derivedFunction', op: 'is_one_of', value: ['it', 'security'] }] };
    const current = { field: 'jobTitle', op: 'contains', value: 'cto' };
    await t.db.insertInto('personas').values({ id: 'psn_old', name: 'Old', name_norm: 'old', description: null, condition: JSON.stringify(oldPersona), created_at: now, updated_at: now, version: 1 } as never).execute();
    await t.db.insertInto('personas').values({ id: 'psn_new', name: 'New', name_norm: 'new', description: null, condition: JSON.stringify(current), created_at: now, updated_at: now, version: 1 } as never).execute();
    for (const id of ['rol_decision_maker', 'rol_champion']) await t.db.insertInto('roles').values({ id, name: id, name_norm: id, description: null, is_default: 1, created_at: now, updated_at: now } as never).execute();
    await t.db.insertInto('personas').values({ id: 'psn_mine', name: 'Manager', name_norm: 'manager', description: null, condition: JSON.stringify(current), created_at: now, updated_at: now, version: 1 } as never).execute();
    await t.db.insertInto('roles_templates').values({ id: 'tpl_1', name: 'T', name_norm: 't', description: null, status: 'live', duplicated_from: null, published_at: now, created_at: now, updated_at: now, version: 1 } as never).execute();
    const role = (position: number, condition: unknown) => ({ template_id: 'tpl_1', position, role_id: position === 0 ? 'rol_decision_maker' : 'rol_champion', weighting_band: 'vital', auto_assign: condition ? 1 : 0, condition: condition ? JSON.stringify(condition) : null, required: 0, members_required: 1 });
    await t.db.insertInto('template_roles').values([role(0, { not: { field: 'derivedFunction', op: 'is', value: 'hr' } }), role(1, null)] as never).execute();
    const listCondition = { people: { atLeast: 2, where: { field: 'derivedSeniority', op: 'is', value: 'individual contributor' } } };
    await t.db.insertInto('account_lists').values({ id: 'lst_1', name: 'L', name_norm: 'l', description: null, kind: 'dynamic', condition: JSON.stringify(listCondition), created_at: now, updated_at: now, version: 1 } as never).execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const people = await t.db
      .selectFrom('people')
      .select(['id', 'derived_seniority', 'derived_function', 'derived_functions', 'derived_specialties', 'title_confidence', 'explicit_seniority', 'version', 'updated_at'])
      .orderBy('id')
      .execute();
    expect(people.map((p) => [p.id, p.derived_seniority, p.derived_function, p.derived_specialties])).toEqual([
      ['per_1', 'cxo', 'information_technology', '|security|'],
      ['per_2', 'director', 'sales', null],
      ['per_3', 'manager', 'information_technology', null],
      ['per_4', null, null, null],
    ]);
    expect(people[1]!.derived_functions).toBe('|sales|');
    expect(Number(people[0]!.title_confidence)).toBeGreaterThan(0.5);
    expect(Number(people[3]!.title_confidence)).toBe(0);
    // Derived values are not edits: versions and times stay.
    expect(people.map((p) => [p.version, Number(p.updated_at)])).toEqual(people.map(() => [3, now]));

    const stored = async (table: 'personas' | 'account_lists', id: string) => parseJson(((await t.db.selectFrom(table).select('condition').where('id', '=', id).executeTakeFirstOrThrow()) as { condition: unknown }).condition);
    expect(await stored('personas', 'psn_old')).toEqual({
      all: [
        { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'owner', 'partner', 'vp'] },
        { any: [{ field: 'derivedFunction', op: 'is_one_of', value: ['information_technology'] }, { field: 'derivedSpecialties', op: 'is_one_of', value: ['security'] }] },
      ],
    });
    expect(await stored('personas', 'psn_new')).toEqual(current);
    expect(await stored('account_lists', 'lst_1')).toEqual({ people: { atLeast: 2, where: { field: 'derivedSeniority', op: 'is_one_of', value: ['senior', 'entry', 'training', 'unpaid'] } } });
    const roles = await t.db.selectFrom('template_roles').select(['position', 'condition']).orderBy('position').execute();
    expect(roles.map((r) => (r.condition == null ? null : parseJson(r.condition)))).toEqual([{ not: { field: 'derivedFunction', op: 'is', value: 'human_resources' } }, null]);
    // The default personas, except one whose name the tenant already uses.
    const names = (await t.db.selectFrom('personas').select(['id', 'name']).where('id', 'like', 'psn_default_%').execute()).map((r) => r.name).sort();
    expect(names).toEqual(['Analyst', 'Consultant', 'CXO/EVP', 'Developer', 'Director', 'Individual contributor', 'Other', 'Professional staff', 'SVP/VP'].sort());
    // What the migration wrote is a valid condition in the new language, unchanged by validation.
    const persona = await stored('personas', 'psn_old');
    expect(validateCondition(persona, 'person')).toEqual(persona);
  });

  it('rederives in batches, writes only what changed and keeps explicit values', async () => {
    await t.db.updateTable('people').set({ explicit_seniority: 'vp', derived_seniority: 'entry' }).where('id', '=', 'per_3').execute();
    await t.db.updateTable('people').set({ derived_function: 'legal' }).where('id', '=', 'per_2').execute();
    const seen: number[] = [];
    const p = await rederivePeople(t.db, { batchSize: 3, onProgress: (x) => seen.push(x.people) });
    expect(p).toEqual({ people: 4, changed: 2 });
    expect(seen).toEqual([3, 4]);
    const rows = await t.db.selectFrom('people').select(['id', 'derived_seniority', 'derived_function']).where('id', 'in', ['per_2', 'per_3']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'per_2', derived_seniority: 'director', derived_function: 'sales' },
      { id: 'per_3', derived_seniority: 'vp', derived_function: 'information_technology' },
    ]);
    expect(await rederivePeople(t.db)).toEqual({ people: 4, changed: 0 });
  });
});
