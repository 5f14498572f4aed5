/**
 * The fast path for new groups: members straight from the role CASE into a scratch table, scores
 * from those rows, groups and members inserted in bulk, one `group_created` event per group.
 */
import { sql, type Kysely } from 'kysely';
import { type DB, bulkInsert, type BulkValue, activeWeightingModel, dialectFor } from '../../store/index.ts';
import { newId, normText } from '../../domain/index.ts';
import { byPersonId, groupScores, scoreModel } from '../../domain/scoring/index.ts';
import { writeEvents, type PendingEvent } from '../events.ts';
import type { GenerationPlan } from './plan.ts';
import { assignmentSql, bestRoles, type Candidate } from './assignment-sql.ts';

/** A group to create. */
export interface NewGroup {
  accountId: string;
  id: string;
  name: string;
}

const GROUP_COLUMNS = [
  'account_id',
  'id',
  'solution_interest_id',
  'template_id',
  'name',
  'name_norm',
  'status_label',
  'stage',
  'completeness',
  'engagement',
  'engagement_raw',
  'active',
  'job_id',
  'created_at',
  'updated_at',
] as const;

/** The scratch table of `createGroups` (one per connection; emptied before and after use). */
const SCRATCH = 'quorum_new_members';

/**
 * The fast path for groups that do not exist yet (so have no members, and nothing a stronger
 * source decided): the role CASE is evaluated once, into a scratch table, over the related people
 * of these accounts; the scores are computed from those rows (the same functions as
 * `refreshGroupScores`, over the same members in the same order, so a later refresh changes
 * nothing); the groups are inserted with their scores; the members are inserted with one
 * INSERT … SELECT from the scratch table; and each group gets ONE `group_created` event carrying
 * its initial members and scores (see events.ts) instead of an event per member.
 */
export async function createGroups(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  groups: readonly NewGroup[],
  now: number,
  // 'empty': the groups start with no member (generation from suggestions: engine/suggestion-generation.ts).
  start: 'rules' | 'empty' = 'rules',
): Promise<{ groups: number; members: number; taken: string[] }> {
  if (groups.length === 0) return { groups: 0, members: 0, taken: [] };
  const dialect = dialectFor(plan.engine);
  const accountIds = groups.map((g) => g.accountId);
  const query = start === 'rules' ? assignmentSql(plan, accountIds, now) : null;
  let rows: Candidate[] = [];
  if (query) {
    await dialect
      .createScratchTable(SCRATCH, [
        ['group_account_id', 'text'],
        ['person_id', 'text'],
        ['role_id', 'text'],
        ['pos', 'integer'],
        ['raw', 'double'],
      ])
      .execute(trx);
    await sql.raw(`delete from ${SCRATCH}`).execute(trx);
    const pos = sql.join(plan.roles.map((r, i) => sql`when ${r.roleId} then ${sql.lit(i)}`), sql` `);
    await sql`insert into ${sql.table(SCRATCH)} (group_account_id, person_id, role_id, pos, raw)
      select group_account_id, person_id, role_id, case role_id ${pos} end, raw from (${query}) as q`.execute(trx);
    rows = (await sql<Candidate>`select group_account_id, person_id, role_id, raw from ${sql.table(SCRATCH)}`.execute(trx)).rows;
  }
  const best = bestRoles(plan, accountIds, rows);

  const kk = (await activeWeightingModel(trx)).k;
  const model = scoreModel(plan.roles);
  const groupRows: BulkValue[][] = [];
  const events: PendingEvent[] = [];
  const memberCount = new Map<string, number>();
  const stage = plan.entryStage ?? null;
  for (const g of groups) {
    const list = [...(best.get(g.accountId)?.values() ?? [])].map((c) => ({ personId: c.person_id, roleId: c.role_id, raw: Number(c.raw) })).sort(byPersonId);
    memberCount.set(g.accountId, list.length);
    const s = groupScores(model, list, kk);
    groupRows.push([g.accountId, g.id, plan.solutionInterestId, plan.templateId, g.name, normText(g.name), null, stage, s.completeness, s.engagement, s.raw, 1, plan.jobId, now, now]);
    events.push({
      accountId: g.accountId,
      buyingGroupId: g.id,
      event: {
        type: 'group_created',
        name: g.name,
        solutionInterestId: plan.solutionInterestId,
        jobId: plan.jobId,
        source: start === 'rules' ? 'rule' : 'suggestion',
        members: list.map((m) => ({ personId: m.personId, roleId: m.roleId })),
        completeness: s.completeness,
        engagement: s.engagement,
        stage,
      },
    });
  }
  // Another transaction (a second worker running a job for the same pair, on PostgreSQL) may
  // have created some of these groups since we looked: those are left to the caller to reconcile.
  const created = await bulkInsert(trx, 'buying_groups', GROUP_COLUMNS, groupRows, { skipConflictsOn: ['account_id', 'solution_interest_id'], returning: ['account_id'] });
  const mine = new Set(created.rows.map((r) => r.account_id as string));
  const taken = accountIds.filter((a) => !mine.has(a));
  let memberTotal = 0;
  for (const a of mine) memberTotal += memberCount.get(a) ?? 0;
  if (rows.length && taken.length) {
    for (let i = 0; i < taken.length; i += 500) {
      await sql`delete from ${sql.table(SCRATCH)} where group_account_id in (${sql.join(taken.slice(i, i + 500))})`.execute(trx);
    }
  }
  if (rows.length && memberTotal) {
    // Through descendants a person may come out more than once: keep the highest-priority role.
    const source =
      plan.options.descendantDepth > 0
        ? sql`(select group_account_id, person_id, role_id from (select s.*, row_number() over (partition by group_account_id, person_id order by pos) as rn from ${sql.table(SCRATCH)} as s) as ranked where rn = 1)`
        : sql.table(SCRATCH);
    const inserted = await sql`insert into buying_group_members (account_id, buying_group_id, person_id, role_id, source, removed, added_at, removed_at, updated_at)
      select g.account_id, g.id, s.person_id, s.role_id, 'rule', 0, ${now}, null, ${now}
      from ${source} as s
      inner join buying_groups as g on g.account_id = s.group_account_id and g.solution_interest_id = ${plan.solutionInterestId}${
        // Members in person order where foreign-key checks lock the people rows (see the dialect).
        dialect.foreignKeyOrder(sql.ref('s.person_id'))
      }`.execute(trx);
    if (Number(inserted.numAffectedRows ?? memberTotal) !== memberTotal) {
      throw new Error(`generation: ${String(inserted.numAffectedRows)} members inserted where ${memberTotal} were assigned`);
    }
  }
  if (rows.length) await sql.raw(`delete from ${SCRATCH}`).execute(trx);
  if (stage !== null && mine.size) {
    // The start at the entry stage is the first entry of each group's stage history (no actor: the system).
    const history: BulkValue[][] = groups.filter((g) => mine.has(g.accountId)).map((g) => [g.accountId, newId('stageChange', now), g.id, null, stage, null, now]);
    await bulkInsert(trx, 'stage_history', ['account_id', 'id', 'buying_group_id', 'from_stage', 'to_stage', 'actor_id', 'at'], history);
  }
  await writeEvents(
    trx,
    taken.length ? events.filter((e) => mine.has(e.accountId)) : events,
    now,
  );
  return { groups: mine.size, members: memberTotal, taken };
}
