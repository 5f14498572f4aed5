/**
 * Moving a buying group between the stages of its stage model (SPEC §6), pure.
 *
 * - A group without a stage starts at an entry stage.
 * - A group in a stage moves only along an allowed transition (from → to).
 * - Moving to the stage the group is in is not a move (models have no self transitions): refused.
 * - A group whose stage is not a stage of the model (it cannot happen through the API: a solution
 *   interest's model cannot change while its groups have stages) is treated as not started: it
 *   may (re)start at an entry stage.
 *
 * A refusal says why, and which stages are allowed instead, in words a user can act on.
 */
import { allowedNextStages, entryStages, type StageDef, type StageModelDefinition } from './validate.ts';

export type MoveRefusalCode = 'unknown_stage' | 'same_stage' | 'not_an_entry_stage' | 'transition_not_allowed';

export type MoveCheck =
  | { ok: true; from: string | null; to: string }
  | { ok: false; code: MoveRefusalCode; message: string; /** Stage keys the group may move to now. */ allowed: string[] };

const quoted = (keys: readonly string[]) => keys.map((k) => `"${k}"`);

/** "a", "a or b", "a, b or c" */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function label(stage: StageDef | undefined, key: string): string {
  return stage && stage.name !== key ? `"${key}" (${stage.name})` : `"${key}"`;
}

/** The stages a group in `from` (null: no stage yet) may move to. */
export function nextStages(model: StageModelDefinition, from: string | null): string[] {
  const known = from !== null && model.stages.some((s) => s.key === from);
  return known ? allowedNextStages(model, from) : entryStages(model);
}

export function canMove(model: StageModelDefinition, from: string | null, to: string): MoveCheck {
  const byKey = new Map(model.stages.map((s) => [s.key, s]));
  const fromStage = from === null ? undefined : byKey.get(from);
  const started = fromStage !== undefined;
  const allowed = nextStages(model, from);
  const target = byKey.get(to);
  if (!target) {
    return {
      ok: false,
      code: 'unknown_stage',
      message: `"${to}" is not a stage of this stage model; its stages are ${orList(quoted(model.stages.map((s) => s.key)))}`,
      allowed,
    };
  }
  if (started && from === to) {
    return {
      ok: false,
      code: 'same_stage',
      message: `the buying group is already in stage ${label(target, to)}` + (allowed.length ? `; it may move to ${orList(quoted(allowed))}` : ''),
      allowed,
    };
  }
  if (!started) {
    if (target.kind === 'entry') return { ok: true, from, to };
    const why = from === null ? 'the buying group has no stage yet, so it starts' : `the buying group's stage "${from}" is not part of this stage model, so it starts again`;
    return {
      ok: false,
      code: 'not_an_entry_stage',
      message: `${label(target, to)} is not an entry stage: ${why} at an entry stage: ${orList(quoted(allowed))}`,
      allowed,
    };
  }
  if (allowed.includes(to)) return { ok: true, from, to };
  const fromKey = from as string;
  let message: string;
  if (allowed.length === 0) {
    message =
      fromStage.kind === 'success'
        ? `the buying group is in the success stage ${label(fromStage, fromKey)}, which it does not leave`
        : `no transition leaves stage ${label(fromStage, fromKey)}, so the buying group stays there`;
  } else {
    message = `the stage model has no transition from ${label(fromStage, fromKey)} to ${label(target, to)}; from ${label(fromStage, fromKey)} the buying group may move to ${orList(quoted(allowed))}`;
  }
  return { ok: false, code: 'transition_not_allowed', message, allowed };
}

/**
 * The stage a new buying group starts in: the model's entry stage when it has exactly one. With
 * several entry stages the choice is the user's (null: the group waits for its first move).
 */
export function initialStage(model: StageModelDefinition | null): string | null {
  if (!model) return null;
  const entries = entryStages(model);
  return entries.length === 1 ? (entries[0] as string) : null;
}
