/**
 * Loads the demo data set (demo-data.ts) into a database: bulk multi-row INSERTs, all rows in one
 * transaction (so a failed load leaves nothing behind), then a little configuration on top —
 * personas, roles templates, solution interests and account lists — created through their store
 * repositories so that the same validation applies as through the API.
 */
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../store/db.ts';
import { toJson } from '../store/db.ts';
import type { DB } from '../store/schema.ts';
import { accountColumns } from '../store/accounts.ts';
import { ID_PREFIXES, type EntityKind } from '../domain/ids.ts';
import { QuorumError } from '../domain/errors.ts';
import { normCustom, normNullable, normText } from '../domain/text.ts';
import { DEMO_DEFAULTS, generateDemoData, type DemoData, type DemoPerson } from './demo-data.ts';

export interface LoadDemoOptions {
  seed?: number;
  accounts?: number;
  people?: number;
  /** Epoch ms the data is generated "at" (activities fall in the 60 days before). Default: now. */
  now?: number;
  /** Progress lines (the CLI sends them to stderr). */
  log?: (line: string) => void;
}

export interface DemoSummary {
  accounts: number;
  people: number;
  relations: number;
  activities: number;
  /** Names of the configuration objects created (templates, solution interests, lists…). */
  configuration: string[];
  ms: number;
}

/** Rows per INSERT: ~500, and always below SQLite's 32,766 bound parameters per statement. */
function chunkSize(columns: number): number {
  return Math.max(1, Math.min(500, Math.floor(30_000 / columns)));
}

async function insertAll<T extends keyof DB & string>(trx: Transaction<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const size = chunkSize(Object.keys(rows[0] as object).length);
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely cannot relate a generic table to its row type
    await trx.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
}

/** Counts what would make the demo load collide with existing data. */
export async function existingData(db: Kysely<DB>): Promise<{ accounts: number; people: number }> {
  const a = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const p = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { accounts: Number(a.n), people: Number(p.n) };
}

/**
 * Crypto-random bytes drawn from a pre-filled buffer. ulid's default source makes one
 * getRandomValues call per character (~35 µs per id), which dominated the load time.
 */
function bufferedRandom(): () => number {
  const buffer = new Uint8Array(65_536);
  let i = buffer.length;
  return () => {
    if (i >= buffer.length) {
      randomFillSync(buffer);
      i = 0;
    }
    return (buffer[i++] as number) / 256;
  };
}

/**
 * Ids whose time part is the row's own creation time (the shared `newId` factory is monotonic
 * across kinds, so back-dated rows would all get "now"); each kind's ids still increase.
 */
function idFactory(kind: EntityKind): (at: number) => string {
  const next = monotonicFactory(bufferedRandom());
  return (at) => `${ID_PREFIXES[kind]}_${next(at)}`;
}

function personRow(p: DemoPerson) {
  const text = {
    first_name: p.firstName,
    last_name: p.lastName,
    job_title: p.jobTitle,
    department: p.department,
    seniority: p.seniority,
    phone: p.phone,
    country: p.country,
    state: p.state,
    city: p.city,
    postal_code: p.postalCode,
    external_id: p.externalId,
  };
  const cols: Record<string, string | number | null> = {
    email: p.email,
    email_norm: normText(p.email),
    email_invalid: p.emailInvalid ? 1 : 0,
    email_suspended: p.emailSuspended ? 1 : 0,
    unsubscribed: p.unsubscribed ? 1 : 0,
    derived_seniority: null,
    derived_function: null,
    engagement_score: 0,
    custom: toJson(p.custom),
    custom_norm: toJson(normCustom(p.custom)),
  };
  for (const [col, value] of Object.entries(text)) {
    cols[col] = value;
    cols[`${col}_norm`] = normNullable(value);
  }
  return cols as unknown as Omit<Insertable<DB['people']>, 'id' | 'created_at' | 'updated_at' | 'version'>;
}

/** Writes the generated rows, all in one transaction. Returns the ids given to accounts and people. */
async function writeData(database: Database, data: DemoData, log: (line: string) => void): Promise<{ accountIds: string[]; personIds: string[] }> {
  const accountId = idFactory('account');
  const personId = idFactory('person');
  const relationId = idFactory('relation');
  const activityId = idFactory('activity');
  const accountIds = data.accounts.map((a) => accountId(a.createdAt));
  const personIds = data.people.map((p) => personId(p.createdAt));

  return database.db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: two loads at once must not both pass.
    const existing = await existingData(trx);
    if (existing.accounts > 0 || existing.people > 0) throw alreadyLoaded(existing);

    let t = Date.now();
    await insertAll(
      trx,
      'accounts',
      data.accounts.map((a, i) => ({
        id: accountIds[i] as string,
        ...accountColumns({ ...a, parentId: a.parent == null ? null : (accountIds[a.parent] as string) }),
        created_at: a.createdAt,
        updated_at: a.createdAt,
        version: 1,
      })),
    );
    log(`  ${data.accounts.length} accounts (${Date.now() - t} ms)`);

    t = Date.now();
    await insertAll(
      trx,
      'people',
      data.people.map((p, i) => ({ id: personIds[i] as string, ...personRow(p), created_at: p.createdAt, updated_at: p.createdAt, version: 1 })),
    );
    log(`  ${data.people.length} people (${Date.now() - t} ms)`);

    t = Date.now();
    await insertAll(
      trx,
      'account_people',
      data.relations.map((r) => {
        const at = (data.people[r.person] as DemoPerson).createdAt;
        return {
          account_id: accountIds[r.account] as string,
          person_id: personIds[r.person] as string,
          id: relationId(at),
          relation_type: r.relationType,
          roles: toJson(r.roles),
          roles_norm: toJson(r.roles.map(normText)),
          started_on: r.startedOn,
          ended_on: r.endedOn,
          created_at: at,
          updated_at: at,
        };
      }),
    );
    log(`  ${data.relations.length} account–person relations (${Date.now() - t} ms)`);

    t = Date.now();
    await insertAll(
      trx,
      'activities',
      data.activities.map((a) => ({
        id: activityId(a.occurredAt),
        person_id: personIds[a.person] as string,
        account_id: a.account == null ? null : (accountIds[a.account] as string),
        type: a.type,
        occurred_at: a.occurredAt,
        metadata: toJson(a.metadata),
        created_at: a.occurredAt,
      })),
    );
    log(`  ${data.activities.length} activities (${Date.now() - t} ms)`);
    return { accountIds, personIds };
  });
}

function alreadyLoaded(existing: { accounts: number; people: number }): QuorumError {
  return new QuorumError(
    'conflict',
    `The database already has ${existing.accounts} accounts and ${existing.people} people; the demo data set loads only into an empty database ` +
      `(it would duplicate or mix with what is there). Point DATABASE_URL (or --database-url) at a new database, e.g. sqlite:data/demo.db.`,
  );
}

/** Generates and loads the demo data set. Refuses a database that already has accounts or people. */
export async function loadDemo(database: Database, opts: LoadDemoOptions = {}): Promise<DemoSummary> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const existing = await existingData(database.db);
  if (existing.accounts > 0 || existing.people > 0) throw alreadyLoaded(existing);

  const now = opts.now ?? Date.now();
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  let t = Date.now();
  const data = generateDemoData({ seed, accounts: opts.accounts ?? DEMO_DEFAULTS.accounts, people: opts.people ?? DEMO_DEFAULTS.people, now });
  log(`Generated the demo data set (seed ${seed}) in ${Date.now() - t} ms; writing to ${database.engine}…`);
  t = Date.now();
  await writeData(database, data, log);
  log(`Wrote the data in ${Date.now() - t} ms.`);

  const configuration: string[] = [];
  return {
    accounts: data.accounts.length,
    people: data.people.length,
    relations: data.relations.length,
    activities: data.activities.length,
    configuration,
    ms: Date.now() - started,
  };
}
