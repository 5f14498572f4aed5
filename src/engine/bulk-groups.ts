/**
 * Bulk changes to buying groups (Browse's bulk actions): set the status label of, or move to a
 * stage, the groups picked by id or every group matching Browse's filters — in ONE transaction,
 * set-based. Each changed group gets what a single change gives it (a version bump, its
 * status_changed / stage_changed event, a stage_history row); the bulk action is audited once.
 *
 * Stage moves follow each solution interest's Live stage model (`canMove`, decided once per
 * solution interest and current stage, not per group). Groups that may not move are left as they
 * are and reported with the reason, counted per (solution interest, current stage); groups already
 * in the state asked for are counted as unchanged. Nothing else is refused half-way: either every
 * allowed change is written or none is.
 */
import { sql, type Kysely } from 'kysely';
import {
  type DB,
  buyingGroupFilters,
  type BuyingGroupQuery,
  getStageModel,
  dialectOf,
  holdConfiguration,
  audit,
  type Actor,
  bulkInsert,
} from '../store/index.ts';
import { QuorumError, newId, normNullable } from '../domain/index.ts';
import { canMove } from '../domain/stages/index.ts';
import { cleanStatusLabel } from './stages.ts';
import { writeEvents, type PendingEvent } from './events.ts';

/** Groups named one by one (Browse's selection) per call; a filter may match any number. */
export const MAX_BULK_IDS = 500;
/** Ids per UPDATE statement (well inside both engines' parameter limits). */
const CHUNK = 500;

export type BulkGroupAction = { type: 'set_status'; statusLabel: string | null } | { type: 'move_stage'; to: string };

/** Exactly one of them: the groups picked by id, or every group the filters of GET /buying-groups match. */
export type BulkGroupTarget = { ids: readonly string[] } | { filter: Omit<BuyingGroupQuery, 'limit' | 'cursor' | 'sort'> };

export interface BulkRefusal {
  solutionInterestId: string;
  /** The stage the refused groups are in (null: no stage yet). */
  from: string | null;
  count: number;
  reason: string;
}

export interface BulkGroupResult {
  matched: number;
  updated: number;
  unchanged: number;
  refused: BulkRefusal[];
}

interface GroupRow {
  account_id: string;
  id: string;
  solution_interest_id: string;
  stage: string | null;
  status_label: string | null;
  version: number;
}

async function targetRows(trx: Kysely<DB>, target: BulkGroupTarget, now: number): Promise<GroupRow[]> {
  const dialect = dialectOf(trx);
  let qb = trx
    .selectFrom('buying_groups')
    .innerJoin('accounts', 'accounts.id', 'buying_groups.account_id')
    .select(['buying_groups.account_id', 'buying_groups.id', 'buying_groups.solution_interest_id', 'buying_groups.stage', 'buying_groups.status_label', 'buying_groups.version']);
  if ('ids' in target) {
    if (target.ids.length === 0) throw QuorumError.field('validation_failed', '/ids', 'name at least one buying group');
    if (target.ids.length > MAX_BULK_IDS) throw QuorumError.field('validation_failed', '/ids', `at most ${MAX_BULK_IDS} buying groups by id; to change more, send the filter instead`);
    qb = qb.where('buying_groups.id', 'in', [...new Set(target.ids)]);
  } else {
    for (const w of await buyingGroupFilters(trx, { ...target.filter, limit: 1 }, now)) qb = qb.where(w);
  }
  // Rows locked where the engine has row locks: no single-group write can slip in between our check and our write.
  const rows = (await dialect.withRowLocks(qb.orderBy('buying_groups.id'), (q) => q.forUpdate('buying_groups')).execute()) as GroupRow[];
  if ('ids' in target) {
    const found = new Set(rows.map((r) => r.id));
    const i = target.ids.findIndex((id) => !found.has(id));
    if (i >= 0) throw QuorumError.field('not_found', `/ids/${i}`, `buying group ${target.ids[i]} does not exist`);
  }
  return rows;
}

async function bumpVersions(trx: Kysely<DB>, rows: readonly GroupRow[], set: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    await trx
      .updateTable('buying_groups')
      .set({ ...set, version: sql<number>`version + 1` })
      .where('id', 'in', ids)
      .execute();
  }
}

export async function bulkUpdateGroups(db: Kysely<DB>, actor: Actor, target: BulkGroupTarget, action: BulkGroupAction, now: number): Promise<BulkGroupResult> {
  const statusLabel = action.type === 'set_status' ? cleanStatusLabel(action.statusLabel, '/action/statusLabel') : null;
  return db.transaction().execute(async (trx) => {
    // Shared with other group writes, exclusive against configuration writes: stage models and
    // solution interests stay as read until we commit.
    await holdConfiguration(trx);
    const rows = await targetRows(trx, target, now);
    const result: BulkGroupResult = { matched: rows.length, updated: 0, unchanged: 0, refused: [] };
    const events: PendingEvent[] = [];
    let changed: GroupRow[] = [];

    switch (action.type) {
      case 'set_status': {
        changed = rows.filter((r) => r.status_label !== statusLabel);
        await bumpVersions(trx, changed, { status_label: statusLabel, status_label_norm: normNullable(statusLabel), updated_at: now });
        for (const r of changed) events.push({ accountId: r.account_id, buyingGroupId: r.id, event: { type: 'status_changed', from: r.status_label, to: statusLabel } });
        break;
      }
      case 'move_stage': {
        const bySi = new Map<string, GroupRow[]>();
        for (const r of rows) bySi.set(r.solution_interest_id, [...(bySi.get(r.solution_interest_id) ?? []), r]);
        for (const [siId, group] of bySi) {
          const si = await trx.selectFrom('solution_interests').select(['id', 'name', 'stage_model_id']).where('id', '=', siId).executeTakeFirstOrThrow();
          const model = si.stage_model_id ? await getStageModel(trx, si.stage_model_id) : null;
          const byStage = new Map<string | null, GroupRow[]>();
          for (const r of group) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), r]);
          for (const [from, members] of byStage) {
            const refuse = (reason: string) => result.refused.push({ solutionInterestId: siId, from, count: members.length, reason });
            if (!model) refuse(`solution interest "${si.name}" has no stage model, so its buying groups have no stages`);
            else if (model.status !== 'live') refuse(`stage model "${model.name}" of solution interest "${si.name}" is a Draft; publish it first`);
            else if (from === action.to && model.stages.some((s) => s.key === from)) result.unchanged += members.length;
            else {
              const check = canMove(model, from, action.to);
              if (check.ok) changed.push(...members);
              else refuse(check.message);
            }
          }
        }
        await bumpVersions(trx, changed, { stage: action.to, updated_at: now });
        await bulkInsert(
          trx,
          'stage_history',
          ['account_id', 'id', 'buying_group_id', 'from_stage', 'to_stage', 'actor_id', 'at'],
          changed.map((r) => [r.account_id, newId('stageChange', now), r.id, r.stage, action.to, actor.userId, now]),
        );
        for (const r of changed) events.push({ accountId: r.account_id, buyingGroupId: r.id, event: { type: 'stage_changed', from: r.stage, to: action.to } });
        break;
      }
      default: {
        const never: never = action;
        throw new Error(`unknown bulk action ${JSON.stringify(never)}`);
      }
    }
    await writeEvents(trx, events, now);
    result.updated = changed.length;
    if (action.type === 'set_status') result.unchanged = rows.length - changed.length;
    if (changed.length > 0) {
      await audit(trx, actor, {
        action: 'bulk_update',
        entityType: 'buying_group',
        entityId: changed.length === 1 ? (changed[0] as GroupRow).id : 'bulk',
        before: null,
        after: { action, target: 'ids' in target ? { ids: target.ids } : { filter: target.filter }, updated: changed.length },
        at: now,
      });
    }
    return result;
  });
}
