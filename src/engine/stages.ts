/**
 * The pipeline state of a buying group: its stage (SPEC §6) and its status label (SPEC §2, ≤ 50
 * characters). Each change is written in one transaction with its typed event (stage_changed,
 * status_changed) and, for stages, a stage_history row.
 *
 * A group's stage moves only along the Live stage model of its solution interest (the pure rules
 * are `canMove` in domain/stages). A refused move changes nothing and says why, naming the
 * stages the group may move to.
 */
import type { Kysely } from 'kysely';
import { type DB, getStageModel, holdConfiguration, type ExpectedVersion, audit, type Actor } from '../store/index.ts';
import { QuorumError, newId, normNullable } from '../domain/index.ts';
import { canMove, type MoveCheck } from '../domain/stages/index.ts';
import { lockGroup } from './members.ts';
import { writeEvents } from './events.ts';

/** SPEC §9. Counted in characters (code points), after trimming. */
export const MAX_STATUS_LABEL = 50;

export interface StageMove {
  buyingGroupId: string;
  from: string | null;
  to: string;
  at: number;
}

export async function moveStage(db: Kysely<DB>, actor: Actor, groupId: string, to: string, now: number, expected?: ExpectedVersion): Promise<StageMove> {
  return db.transaction().execute((trx) => moveStageIn(trx, actor, groupId, to, now, expected));
}

/** moveStage in the caller's transaction (the import writes a batch's moves in its own). */
export async function moveStageIn(trx: Kysely<DB>, actor: Actor, groupId: string, to: string, now: number, expected?: ExpectedVersion): Promise<StageMove> {
  {
    // Shared with other group writes, exclusive against configuration writes: the solution
    // interest cannot switch stage models between our check and our write.
    await holdConfiguration(trx);
    const group = await lockGroup(trx, groupId, expected);
    const si = await trx.selectFrom('solution_interests').select(['id', 'name', 'stage_model_id']).where('id', '=', group.solution_interest_id).executeTakeFirstOrThrow();
    if (!si.stage_model_id) {
      throw QuorumError.field(
        'invalid_state',
        '/to',
        `solution interest "${si.name}" (${si.id}) has no stage model, so its buying groups have no stages; choose a Live stage model for the solution interest first`,
      );
    }
    const model = await getStageModel(trx, si.stage_model_id);
    if (model.status !== 'live') {
      throw QuorumError.field('invalid_state', '/to', `stage model "${model.name}" (${model.id}) of solution interest "${si.name}" is a Draft; publish it before moving buying groups`);
    }
    const check: MoveCheck = canMove(model, group.stage, to);
    if (!check.ok) {
      const code = check.code === 'unknown_stage' ? 'validation_failed' : 'invalid_state';
      throw QuorumError.field(code, '/to', `cannot move buying group ${group.id} to "${to}": ${check.message}`);
    }
    await trx.updateTable('buying_groups').set({ stage: to, updated_at: now, version: group.version + 1 }).where('account_id', '=', group.account_id).where('id', '=', group.id).execute();
    await trx
      .insertInto('stage_history')
      .values({ account_id: group.account_id, id: newId('stageChange', now), buying_group_id: group.id, from_stage: group.stage, to_stage: to, actor_id: actor.userId, at: now })
      .execute();
    await writeEvents(trx, [{ accountId: group.account_id, buyingGroupId: group.id, event: { type: 'stage_changed', from: group.stage, to } }], now);
    return { buyingGroupId: group.id, from: group.stage, to, at: now };
  }
}

/** Trims; empty means no label. Throws for more than 50 characters or control characters. */
export function cleanStatusLabel(label: string | null, field = '/statusLabel'): string | null {
  if (label === null) return null;
  const trimmed = label.trim();
  if (trimmed === '') return null;
  const length = [...trimmed].length;
  if (length > MAX_STATUS_LABEL) throw QuorumError.field('validation_failed', field, `the status label must be at most ${MAX_STATUS_LABEL} characters (it has ${length})`);
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw QuorumError.field('validation_failed', field, 'the status label must be one line of text, without control characters');
  return trimmed;
}

/** Sets (or clears, with null) the status label. Returns whether it changed. */
export async function setStatusLabel(
  db: Kysely<DB>,
  actor: Actor,
  groupId: string,
  label: string | null,
  now: number,
  expected?: ExpectedVersion,
): Promise<{ changed: boolean; from: string | null; to: string | null }> {
  return db.transaction().execute((trx) => setStatusLabelIn(trx, actor, groupId, label, now, expected));
}

/** setStatusLabel in the caller's transaction. */
export async function setStatusLabelIn(
  trx: Kysely<DB>,
  actor: Actor,
  groupId: string,
  label: string | null,
  now: number,
  expected?: ExpectedVersion,
): Promise<{ changed: boolean; from: string | null; to: string | null }> {
  const to = cleanStatusLabel(label);
  {
    const group = await lockGroup(trx, groupId, expected);
    const from = group.status_label;
    if (from === to) return { changed: false, from, to };
    await trx
      .updateTable('buying_groups')
      .set({ status_label: to, status_label_norm: normNullable(to), updated_at: now, version: group.version + 1 })
      .where('account_id', '=', group.account_id)
      .where('id', '=', group.id)
      .execute();
    await writeEvents(trx, [{ accountId: group.account_id, buyingGroupId: group.id, event: { type: 'status_changed', from, to } }], now);
    await audit(trx, actor, { action: 'update', entityType: 'buying_group', entityId: group.id, before: { statusLabel: from }, after: { statusLabel: to }, at: now });
    return { changed: true, from, to };
  }
}
