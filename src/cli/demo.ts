/**
 * Loads the demo data set (demo-data.ts) into a database: bulk multi-row INSERTs, all rows in one
 * transaction (so a failed load leaves nothing behind), then a little configuration on top —
 * personas, roles templates, solution interests and account lists — created through their store
 * repositories so that the same validation applies as through the API.
 */
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Insertable, Kysely, Transaction } from 'kysely';
import {
  type Database,
  toJson,
  type DB,
  accountColumns,
  personColumns,
  SYSTEM_ACTOR,
  createPersona,
  createRolesTemplate,
  publishRolesTemplate,
  createStageModel,
  publishStageModel,
  createSolutionInterest,
  addAccountListMembers,
  createAccountList,
} from '../store/index.ts';
import { ID_PREFIXES, type EntityKind, QuorumError, normText } from '../domain/index.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob, recomputeEngagement } from '../engine/index.ts';
import type { Condition } from '../domain/conditions/index.ts';
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
      data.people.map((p, i) => ({ id: personIds[i] as string, ...personColumns(p), engagement_score: 0, created_at: p.createdAt, updated_at: p.createdAt, version: 1 })),
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

// ---- configuration -------------------------------------------------------------------------------

const title = (op: 'starts_with' | 'contains', value: string[]): Condition => ({ field: 'jobTitle', op, value });
const seniority = (value: string[]): Condition => ({ field: 'derivedSeniority', op: 'is_one_of', value });
const fn = (value: string[]): Condition => ({ field: 'derivedFunction', op: 'is_one_of', value });
/** Any of the person's functions (not only the primary one). */
const anyFn = (value: string[]): Condition => ({ field: 'derivedFunctions', op: 'is_one_of', value });
const specialty = (value: string[]): Condition => ({ field: 'derivedSpecialties', op: 'is_one_of', value });
/** IT or security: the information technology function, or the security specialty in any function. */
const itOrSecurity = (): Condition => ({ any: [anyFn(['information_technology']), specialty(['security'])] });
const NON_MANAGEMENT = ['senior', 'entry', 'training', 'unpaid'];

/**
 * Personas, roles templates (Live), a stage model, solution interests and account lists, created
 * through the store repositories (so their validation applies), as a marketing-operations team
 * would set them up.
 */
async function createConfiguration(database: Database, data: DemoData, accountIds: string[], now: number): Promise<string[]> {
  const db = database.db;
  const actor = SYSTEM_ACTOR;

  const itLeaders = await createPersona(
    db,
    actor,
    {
      name: 'IT and security leadership',
      description: 'CXOs and VPs of IT or security: the people who sign for infrastructure and security purchases.',
      condition: { all: [seniority(['cxo', 'vp']), itOrSecurity()] },
    },
    now,
  );
  const hands = await createPersona(
    db,
    actor,
    {
      name: 'Hands-on technologists',
      description: 'Managers and individual contributors in IT, security and engineering: they run the product day to day.',
      condition: { all: [seniority(['manager', ...NON_MANAGEMENT]), { any: [itOrSecurity(), anyFn(['engineering'])] }] },
    },
    now,
  );
  const marketingLeaders = await createPersona(
    db,
    actor,
    {
      name: 'Marketing leadership',
      description: 'CMOs, VPs and directors of marketing.',
      condition: { all: [seniority(['cxo', 'vp', 'director']), fn(['marketing'])] },
    },
    now,
  );

  const security = await createRolesTemplate(
    db,
    actor,
    {
      name: 'Security platform',
      description: 'Who buys a security platform: the CISO or CIO decides, Legal and security directors weigh in, the SOC uses it.',
      roles: [
        {
          roleId: 'rol_decision_maker',
          weightingBand: 'vital',
          autoAssign: true,
          condition: { any: [title('starts_with', ['CISO', 'CIO', 'Chief Information', 'Chief Security']), { persona: itLeaders.id }] },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_influencer',
          weightingBand: 'important',
          autoAssign: true,
          condition: {
            any: [
              { all: [fn(['legal']), seniority(['cxo', 'vp', 'director'])] },
              { all: [itOrSecurity(), seniority(['director'])] },
            ],
          },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_practitioner',
          weightingBand: 'normal',
          autoAssign: true,
          condition: { all: [{ persona: hands.id }, { not: fn(['engineering']) }] },
          required: true,
          membersRequired: 2,
        },
        {
          roleId: 'rol_executive_steering_committee',
          weightingBand: 'minor',
          autoAssign: true,
          condition: { all: [seniority(['cxo', 'owner', 'partner']), { any: [specialty(['general_management']), fn(['entrepreneurship', 'finance', 'operations'])] }] },
          required: false,
          membersRequired: 1,
        },
        { roleId: 'rol_champion', weightingBand: 'important', autoAssign: false, required: false, membersRequired: 1 },
      ],
    },
    now,
  );
  await publishRolesTemplate(db, actor, security.id, now, security.version);

  const marketing = await createRolesTemplate(
    db,
    actor,
    {
      name: 'Marketing automation',
      description: 'Who buys marketing automation: the CMO decides, revenue and marketing-ops leaders influence, marketing ops runs it, procurement signs.',
      roles: [
        {
          roleId: 'rol_decision_maker',
          weightingBand: 'vital',
          autoAssign: true,
          condition: { any: [title('starts_with', ['CMO', 'Chief Marketing', 'Chief Growth']), { all: [{ persona: marketingLeaders.id }, seniority(['cxo', 'vp'])] }] },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_influencer',
          weightingBand: 'important',
          autoAssign: true,
          condition: {
            any: [
              { persona: marketingLeaders.id },
              { all: [fn(['sales']), seniority(['cxo', 'vp'])] },
              title('contains', ['Marketing Operations', 'Marketing Ops', 'Demand Gen']),
            ],
          },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_practitioner',
          weightingBand: 'normal',
          autoAssign: true,
          condition: { all: [fn(['marketing']), seniority(['manager', ...NON_MANAGEMENT])] },
          required: true,
          membersRequired: 2,
        },
        {
          roleId: 'rol_other',
          weightingBand: 'trivial',
          autoAssign: true,
          condition: { all: [fn(['purchasing']), { not: seniority(NON_MANAGEMENT) }] },
          required: false,
          membersRequired: 1,
        },
        { roleId: 'rol_champion', weightingBand: 'important', autoAssign: false, required: false, membersRequired: 1 },
      ],
    },
    now,
  );
  await publishRolesTemplate(db, actor, marketing.id, now, marketing.version);

  const stages = await createStageModel(
    db,
    actor,
    {
      name: 'B2B buying journey',
      description: 'From first signals to a signed deal.',
      stages: [
        { key: 'aware', name: 'Aware', kind: 'entry' },
        { key: 'engaged', name: 'Engaged', kind: 'intermediate' },
        { key: 'evaluating', name: 'Evaluating', kind: 'intermediate' },
        { key: 'negotiating', name: 'Negotiating', kind: 'intermediate' },
        { key: 'won', name: 'Closed won', kind: 'success' },
        { key: 'lost', name: 'Closed lost', kind: 'failure' },
      ],
      transitions: [
        { from: 'aware', to: 'engaged' },
        { from: 'engaged', to: 'evaluating' },
        { from: 'engaged', to: 'aware' },
        { from: 'evaluating', to: 'negotiating' },
        { from: 'evaluating', to: 'lost' },
        { from: 'negotiating', to: 'won' },
        { from: 'negotiating', to: 'lost' },
        { from: 'lost', to: 'aware' },
      ],
    },
    now,
  );
  await publishStageModel(db, actor, stages.id, now, stages.version);

  await createSolutionInterest(
    db,
    actor,
    {
      name: 'Zero Trust Security',
      description: 'Our security platform: identity-aware access, endpoint posture and SOC automation.',
      products: ['Access Gateway', 'Endpoint Posture', 'SOC Automation'],
      templateId: security.id,
      stageModelId: stages.id,
      followMembershipChanges: true,
    },
    now,
  );
  await createSolutionInterest(
    db,
    actor,
    {
      name: 'Marketing Automation Suite',
      description: 'Campaigns, scoring and journeys for B2B marketing teams.',
      products: ['Campaigns', 'Lead Scoring', 'Journeys'],
      templateId: marketing.id,
      stageModelId: null,
      followMembershipChanges: true,
    },
    now,
  );

  // A static list of hand-picked targets: the largest corporations that are not customers yet.
  const targets = data.accounts
    .map((a, i) => ({ a, id: accountIds[i] as string }))
    .filter(({ a }) => a.level === 1 && a.custom.customer !== true)
    .sort((x, y) => (y.a.employees ?? 0) - (x.a.employees ?? 0))
    .slice(0, 25)
    .map(({ id }) => id);
  const staticList = await createAccountList(
    db,
    actor,
    { name: 'Strategic targets FY26', description: 'Named accounts the sales leadership picked for this fiscal year.', kind: 'static' },
    now,
  );
  if (targets.length) await addAccountListMembers(db, actor, staticList.id, targets, now);
  await createAccountList(
    db,
    actor,
    {
      name: 'Enterprise security ICP',
      description: 'Regulated industries with 1,000 employees or more: the ideal customer profile for Zero Trust Security.',
      kind: 'dynamic',
      condition: {
        all: [
          { field: 'industry', op: 'is_one_of', value: ['Financial Services', 'Insurance', 'Healthcare', 'Pharmaceuticals', 'Government'] },
          { field: 'employees', op: 'gte', value: 1000 },
        ],
      },
    },
    now,
  );

  const made = [
    '3 personas',
    '2 Live roles templates (Security platform, Marketing automation)',
    '1 Live stage model',
    '2 solution interests (Zero Trust Security, Marketing Automation Suite)',
    `2 account lists (static with ${targets.length} accounts, dynamic)`,
  ];
  return made;
}

/**
 * Runs the demo's creation jobs so that a new user sees buying groups at once: Zero Trust
 * Security over the dynamic ICP list, Marketing Automation Suite over the static targets (with
 * people of divisions one level down). The jobs stay as the audiences' followers afterwards.
 */
async function generateDemoGroups(database: Database, now: number): Promise<string[]> {
  const { db } = database;
  const pairs = [
    { si: 'Zero Trust Security', list: 'Enterprise security ICP', depth: 0 },
    { si: 'Marketing Automation Suite', list: 'Strategic targets FY26', depth: 1 },
  ];
  const out: string[] = [];
  for (const p of pairs) {
    const si = await db.selectFrom('solution_interests').select('id').where('name', '=', p.si).executeTakeFirstOrThrow();
    const list = await db.selectFrom('account_lists').select('id').where('name', '=', p.list).executeTakeFirstOrThrow();
    const job = await enqueueCreationJob(db, SYSTEM_ACTOR, { solutionInterestId: si.id, audienceId: list.id, options: { descendantDepth: p.depth } }, now);
    await claimNextJob(db, database.engine, 'demo', now);
    const done = await runCreationJob(database, job.id, { now: () => now });
    out.push(`${done.counts.groupsCreated} buying groups for ${p.si} (${done.counts.membersAdded} members) over "${p.list}"`);
  }
  return out;
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
  const { accountIds } = await writeData(database, data, log);
  log(`Wrote the data in ${Date.now() - t} ms.`);
  t = Date.now();
  const configuration = await createConfiguration(database, data, accountIds, now);
  log(`Created the configuration in ${Date.now() - t} ms.`);
  t = Date.now();
  const engagement = await recomputeEngagement(database.db, database.engine, now);
  log(`Scored engagement of ${engagement.people} people in ${Date.now() - t} ms.`);
  t = Date.now();
  configuration.push(...(await generateDemoGroups(database, now)));
  log(`Generated the buying groups in ${Date.now() - t} ms.`);
  return {
    accounts: data.accounts.length,
    people: data.people.length,
    relations: data.relations.length,
    activities: data.activities.length,
    configuration,
    ms: Date.now() - started,
  };
}
