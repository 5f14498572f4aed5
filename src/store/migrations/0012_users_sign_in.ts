import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * People sign in (issue 7): users gain an email (unique, compared case-folded through its
 * `email_norm` twin), an optional password hash (programmatic users have none), an active flag, a
 * last sign-in time and optimistic-concurrency columns. Sessions and one-time sign-in links store
 * only SHA-256 hashes of their secrets.
 */
export function usersSignIn(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
    const users = () => db.schema.alterTable('users');
    await users().addColumn('email', 'text').execute();
    await users().addColumn('email_norm', 'text').execute();
    await users().addColumn('password_hash', 'text').execute();
    await users().addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await users().addColumn('last_sign_in_at', int8).execute();
    await users().addColumn('updated_at', int8, (c) => c.notNull().defaultTo(0)).execute();
    await users().addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await sql`update users set updated_at = created_at`.execute(db);
    // NULLs are distinct in a unique index on both engines: token-only users need no email.
    await db.schema.createIndex('users_email_norm').on('users').column('email_norm').unique().execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('csrf_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('last_seen_at', int8, (c) => c.notNull())
      .addColumn('expires_at', int8, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('sign_in_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('expires_at', int8, (c) => c.notNull())
      .addColumn('used_at', int8)
      .execute();
    await db.schema.createIndex('sign_in_links_user').on('sign_in_links').column('user_id').execute();
  }

  return { up };
}
