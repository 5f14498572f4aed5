/**
 * Engagement scores in the database (SPEC §5): person raw/score from the activities in the
 * window, group raw/score from the members (via `refreshGroupScores`).
 *
 * Two paths, one computation:
 * - `recomputeEngagement` — everyone, in person-id chunks: the database counts activities per
 *   (person, type, UTC day) in the window (set-based, over the index person_id/type/occurred_at)
 *   and TypeScript adds the capped, weighted terms with `rawFromDailyCounts` (canonical order).
 *   Then every group is refreshed. Run hourly by the scheduler (decay), by `quorum scores
 *   recompute`, and when the active weighting model changes.
 * - `refreshPeopleEngagement` — the incremental path: exactly the given people, the same query
 *   restricted to them, the same function, then their groups; called by activity ingestion in its
 *   transaction. Both paths compute a person's raw from the same counts with the same function and
 *   a group's raw from the same members in the same order, so they agree exactly (===).
 *
 * UTC day = occurred_at / 86 400 000 in SQL: integer division of a BIGINT/INTEGER by an integer
 * truncates on both engines, which is floor for the (positive) epoch-ms times in any window.
 *
 * Concurrency (PostgreSQL): the incremental path locks the people rows (id order) before it reads
 * the model and the activities; the recompute writes a person only if the stored values are still
 * the ones it read (compare-and-set), so a concurrent ingest's fresher value is never overwritten.
 * Groups are locked by `refreshGroupScores` before their members are read.
 */
import { sql, type Kysely } from 'kysely';
import {
  type DB,
  type Engine,
  dialectFor,
  dialectOf,
  activeWeightingModel,
  type EffectiveWeightingModel,
  getRolesTemplate,
  type TemplateRole,
} from '../store/index.ts';
import { DAY_MS } from '../domain/index.ts';
import { engagementScore, inWindow, rawFromDailyCounts, weightOf, type DailyCount } from '../domain/scoring/index.ts';
import { refreshGroupScores } from './generation/index.ts';
import { writeEvents, type PendingEvent } from './events.ts';

/** People per transaction in a full recompute. */
const PEOPLE_CHUNK = 5000;
/** Groups per transaction in a full recompute. */
const GROUP_CHUNK = 5000;
/** Ids per IN list. */
const IN_CHUNK = 500;
/** Rows per bulk UPDATE (5 parameters each). */
const UPDATE_CHUNK = 1000;

export interface RecomputeCounts {
  people: number;
  peopleChanged: number;
  groups: number;
  groupsChanged: number;
  events: number;
  ms: number;
}

export interface PeopleRefreshCounts {
  peopleChanged: number;
  groupsChanged: number;
  events: number;
}

type PersonFilter = { ids: readonly string[] } | { after: string; upTo: string };

/** Activity counts in the window per (person, type, UTC day) for weighted types, by person. */
async function dailyCounts(db: Kysely<DB>, model: EffectiveWeightingModel, now: number, filter: PersonFilter): Promise<Map<string, DailyCount[]>> {
  const out = new Map<string, DailyCount[]>();
  const types = Object.keys(model.weights).filter((t) => weightOf(model, t) !== 0);
  if (types.length === 0) return out;
  const day = sql<number>`occurred_at / ${sql.lit(DAY_MS)}`;
  let qb = db
    .selectFrom('activities')
    .select((eb) => ['person_id', 'type', day.as('day'), eb.fn.countAll<number>().as('n')])
    .where('occurred_at', '>', now - model.windowDays * DAY_MS)
    .where('occurred_at', '<=', now)
    .where('type', 'in', types);
  qb = 'ids' in filter ? qb.where('person_id', 'in', filter.ids) : qb.where('person_id', '>', filter.after).where('person_id', '<=', filter.upTo);
  const rows = await qb.groupBy(['person_id', 'type', day]).execute();
  for (const r of rows) {
    let list = out.get(r.person_id);
    if (!list) out.set(r.person_id, (list = []));
    list.push({ type: r.type, day: Number(r.day), count: Number(r.n) });
  }
  return out;
}

interface PersonScore {
  id: string;
  raw: number;
  score: number;
  oldRaw: number;
  oldScore: number;
}

/**
 * Writes changed person scores, a chunk per UPDATE … FROM (VALUES …); a row is written only if it
 * still holds the values read (compare-and-set). VALUES columns are column1…column5 on both
 * engines; PostgreSQL needs the numbers typed (SQLite binds JS numbers as REAL/INTEGER and
 * compares them numerically; a CAST per value there makes the statement ~10× slower).
 */
async function writePeopleScores(trx: Kysely<DB>, changes: readonly PersonScore[]): Promise<void> {
  const dialect = dialectOf(trx);
  const num = (v: number) => dialect.double(v);
  for (let i = 0; i < changes.length; i += UPDATE_CHUNK) {
    const values = sql.join(
      changes.slice(i, i + UPDATE_CHUNK).map((c) => sql`(${c.id}, ${num(c.raw)}, ${num(c.score)}, ${num(c.oldRaw)}, ${num(c.oldScore)})`),
    );
    await sql`
      update people set engagement_raw = v.column2, engagement_score = v.column3
      from (values ${values}) as v
      where people.id = v.column1 and people.engagement_raw = v.column4 and people.engagement_score = v.column5`.execute(trx);
  }
}

/** New person scores from stored rows and window counts; only the ones that differ. */
function changedScores(stored: readonly { id: string; engagement_raw: number; engagement_score: number }[], counts: Map<string, DailyCount[]>, model: EffectiveWeightingModel): PersonScore[] {
  const changes: PersonScore[] = [];
  for (const p of stored) {
    const list = counts.get(p.id);
    const raw = list ? rawFromDailyCounts(list, model) : 0;
    const score = engagementScore(raw, model.k);
    if (raw !== p.engagement_raw || score !== p.engagement_score) changes.push({ id: p.id, raw, score, oldRaw: p.engagement_raw, oldScore: p.engagement_score });
  }
  return changes;
}

/** Refreshes the given groups (any templates) with the model's K; returns the events written. */
async function refreshGroups(trx: Kysely<DB>, groups: readonly { accountId: string; groupId: string; templateId: string }[], model: EffectiveWeightingModel, now: number, rolesCache: Map<string, TemplateRole[]>): Promise<{ changed: number; events: number }> {
  const byTemplate = new Map<string, { accountId: string; groupId: string }[]>();
  for (const g of groups) {
    let list = byTemplate.get(g.templateId);
    if (!list) byTemplate.set(g.templateId, (list = []));
    list.push({ accountId: g.accountId, groupId: g.groupId });
  }
  const events: PendingEvent[] = [];
  // Templates, then groups, in id order: the lock order of every caller.
  for (const templateId of [...byTemplate.keys()].sort()) {
    let roles = rolesCache.get(templateId);
    if (!roles) rolesCache.set(templateId, (roles = (await getRolesTemplate(trx, templateId)).roles));
    const list = (byTemplate.get(templateId) ?? []).sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    events.push(...(await refreshGroupScores(trx, roles, list, now, model.k)));
  }
  await writeEvents(trx, events, now);
  const changed = new Set(events.filter((e) => e.event.type === 'engagement_changed').map((e) => e.buyingGroupId)).size;
  return { changed, events: events.length };
}

/**
 * The incremental path: recomputes exactly these people from their activities in the window at
 * `now`, then the groups they are members of. Runs in the caller's transaction.
 */
export async function refreshPeopleEngagement(trx: Kysely<DB>, personIds: readonly string[], now: number): Promise<PeopleRefreshCounts> {
  return refreshPeople(trx, personIds, now, null);
}

export interface TouchedActivity {
  personId: string;
  type: string;
  occurredAt: number;
}

/**
 * After activities were added or deleted (activity ingestion calls it right after its insert, in
 * its transaction): refreshes the people for whom at least one of them counts at `now` — a
 * weighted type inside the window. The others' scores cannot have changed (a backfill of old
 * activities costs nothing here).
 */
export async function refreshEngagementForActivities(trx: Kysely<DB>, activities: readonly TouchedActivity[], now: number): Promise<PeopleRefreshCounts> {
  return refreshPeople(
    trx,
    activities.map((a) => a.personId),
    now,
    (model) => new Set(activities.filter((a) => weightOf(model, a.type) !== 0 && inWindow(a.occurredAt, now, model.windowDays)).map((a) => a.personId)),
  );
}

async function refreshPeople(trx: Kysely<DB>, personIds: readonly string[], now: number, counting: ((model: EffectiveWeightingModel) => Set<string>) | null): Promise<PeopleRefreshCounts> {
  const none: PeopleRefreshCounts = { peopleChanged: 0, groupsChanged: 0, events: 0 };
  let ids = [...new Set(personIds)].sort();
  if (ids.length === 0) return none;
  // Lock first (where the engine has row locks), then read the model and the activities: see the module comment.
  await dialectOf(trx).lockRowsById(trx, 'people', ids, { strength: 'no key update', chunk: IN_CHUNK });
  const model = await activeWeightingModel(trx);
  if (counting) {
    const relevant = counting(model);
    ids = ids.filter((id) => relevant.has(id));
    if (ids.length === 0) return none;
  }
  const stored: { id: string; engagement_raw: number; engagement_score: number }[] = [];
  const counts = new Map<string, DailyCount[]>();
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const part = ids.slice(i, i + IN_CHUNK);
    stored.push(...(await trx.selectFrom('people').select(['id', 'engagement_raw', 'engagement_score']).where('id', 'in', part).execute()));
    for (const [id, list] of await dailyCounts(trx, model, now, { ids: part })) counts.set(id, list);
  }
  const changes = changedScores(stored, counts, model);
  if (changes.length === 0) return none;
  await writePeopleScores(trx, changes);

  const changedIds = changes.map((c) => c.id);
  const groups: { accountId: string; groupId: string; templateId: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < changedIds.length; i += IN_CHUNK) {
    const rows = await trx
      .selectFrom('buying_group_members as m')
      .innerJoin('buying_groups as g', 'g.id', 'm.buying_group_id')
      .select(['g.account_id', 'g.id', 'g.template_id'])
      .where('m.person_id', 'in', changedIds.slice(i, i + IN_CHUNK))
      .where('m.removed', '=', 0)
      .execute();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      groups.push({ accountId: r.account_id, groupId: r.id, templateId: r.template_id });
    }
  }
  const g = await refreshGroups(trx, groups, model, now, new Map());
  return { peopleChanged: changes.length, groupsChanged: g.changed, events: g.events };
}

/** Runs `fn` in a transaction (SQLite or PostgreSQL). */
const inTransaction = <T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> => db.transaction().execute(fn);

/**
 * Recomputes every person's and every group's engagement at `now` with the active weighting
 * model; writes only what changed and an `engagement_changed` event per group whose score moved.
 * Works in chunks of people (then groups), one transaction each, so the API keeps answering and a
 * concurrent ingest is never blocked for long; running it twice changes nothing the second time.
 */
export async function recomputeEngagement(db: Kysely<DB>, engine: Engine, now: number): Promise<RecomputeCounts> {
  const started = performance.now();
  if (dialectFor(engine) !== dialectOf(db)) throw new Error(`recomputeEngagement: engine ${engine} does not match the database`);
  const model = await activeWeightingModel(db);
  const counts: RecomputeCounts = { people: 0, peopleChanged: 0, groups: 0, groupsChanged: 0, events: 0, ms: 0 };

  let after = '';
  for (;;) {
    const done = await inTransaction(db, async (trx) => {
      const stored = await trx
        .selectFrom('people')
        .select(['id', 'engagement_raw', 'engagement_score'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PEOPLE_CHUNK)
        .execute();
      const last = stored[stored.length - 1];
      if (!last) return true;
      const daily = await dailyCounts(trx, model, now, { after, upTo: last.id });
      const changes = changedScores(stored, daily, model);
      await writePeopleScores(trx, changes);
      counts.people += stored.length;
      counts.peopleChanged += changes.length;
      after = last.id;
      return stored.length < PEOPLE_CHUNK;
    });
    if (done) break;
  }

  const rolesCache = new Map<string, TemplateRole[]>();
  after = '';
  for (;;) {
    const done = await inTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('buying_groups').select(['account_id', 'id', 'template_id']).where('id', '>', after).orderBy('id').limit(GROUP_CHUNK).execute();
      const last = rows[rows.length - 1];
      if (!last) return true;
      const g = await refreshGroups(
        trx,
        rows.map((r) => ({ accountId: r.account_id, groupId: r.id, templateId: r.template_id })),
        model,
        now,
        rolesCache,
      );
      counts.groups += rows.length;
      counts.groupsChanged += g.changed;
      counts.events += g.events;
      after = last.id;
      return rows.length < GROUP_CHUNK;
    });
    if (done) break;
  }
  counts.ms = Math.round(performance.now() - started);
  return counts;
}
