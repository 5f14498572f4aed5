/**
 * Stage model validation (SPEC §6), pure. A Draft may hold any of these problems while it is
 * being built; publishing requires none. Every problem names the offending place with a JSON
 * pointer into the definition (`/stages/2/key`, `/transitions/0/to`) and says how to fix it.
 *
 * Rules:
 * - stage keys are unique (case-insensitively);
 * - at least one entry stage; exactly one success stage; failure stages optional;
 * - transitions go between known stages, not from a stage to itself, each at most once;
 * - the success stage has no exit (it is where a group ends); failure stages may have exits
 *   (a lost deal can be re-opened) but need none;
 * - every other stage (entry, intermediate) has at least one exit: no dead ends;
 * - every stage is reachable from an entry stage.
 */
export const STAGE_KINDS = ['entry', 'intermediate', 'success', 'failure'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface StageDef {
  key: string;
  name: string;
  kind: StageKind;
}

export interface TransitionDef {
  from: string;
  to: string;
}

export interface StageModelDefinition {
  stages: StageDef[];
  transitions: TransitionDef[];
}

export type StageProblemCode =
  | 'no_stages'
  | 'duplicate_key'
  | 'no_entry_stage'
  | 'no_success_stage'
  | 'several_success_stages'
  | 'unknown_stage'
  | 'self_transition'
  | 'duplicate_transition'
  | 'success_has_exit'
  | 'dead_end'
  | 'unreachable';

export interface StageProblem {
  field: string;
  code: StageProblemCode;
  message: string;
}

/** Stage keys: lower-case letters, digits, `_` and `-`, starting with a letter, at most 50. */
export const STAGE_KEY = /^[a-z][a-z0-9_-]{0,49}$/;
export const MAX_STAGES = 100;
export const MAX_TRANSITIONS = 1000;

const terminal = (kind: StageKind) => kind === 'success' || kind === 'failure';
const label = (s: StageDef) => `stage "${s.key}" (${s.name})`;

export function validateStageModel(def: StageModelDefinition): StageProblem[] {
  const problems: StageProblem[] = [];
  const add = (field: string, code: StageProblemCode, message: string) => problems.push({ field, code, message });

  if (def.stages.length === 0) {
    add('/stages', 'no_stages', 'the model has no stages; add at least an entry stage and a success stage');
    return problems;
  }

  // First occurrence of each key wins; later duplicates are reported and left out of the graph.
  const byKey = new Map<string, { stage: StageDef; index: number }>();
  const seenFolded = new Map<string, number>();
  def.stages.forEach((stage, index) => {
    const folded = stage.key.toLowerCase();
    const first = seenFolded.get(folded);
    if (first !== undefined) {
      add(`/stages/${index}/key`, 'duplicate_key', `stage key "${stage.key}" is already used by stage ${first} (${def.stages[first]?.name}); keys must be unique`);
      return;
    }
    seenFolded.set(folded, index);
    byKey.set(stage.key, { stage, index });
  });
  const stages = [...byKey.values()];

  const entries = stages.filter((s) => s.stage.kind === 'entry');
  if (entries.length === 0) add('/stages', 'no_entry_stage', 'the model has no entry stage; mark at least one stage as kind "entry" (where buying groups start)');
  const successes = stages.filter((s) => s.stage.kind === 'success');
  if (successes.length === 0) add('/stages', 'no_success_stage', 'the model has no success stage; mark exactly one stage as kind "success"');
  if (successes.length > 1) {
    for (const extra of successes.slice(1)) {
      add(
        `/stages/${extra.index}/kind`,
        'several_success_stages',
        `${label(extra.stage)} is a second success stage (the first is "${successes[0]?.stage.key}"); a model has exactly one success stage — make this one a failure or intermediate stage`,
      );
    }
  }

  const exits = new Map<string, string[]>();
  const seenTransitions = new Map<string, number>();
  def.transitions.forEach((t, index) => {
    let known = true;
    if (!byKey.has(t.from)) {
      add(`/transitions/${index}/from`, 'unknown_stage', `transition ${index} starts at "${t.from}", which is not a stage of this model`);
      known = false;
    }
    if (!byKey.has(t.to)) {
      add(`/transitions/${index}/to`, 'unknown_stage', `transition ${index} leads to "${t.to}", which is not a stage of this model`);
      known = false;
    }
    if (!known) return;
    if (t.from === t.to) {
      add(`/transitions/${index}`, 'self_transition', `transition ${index} goes from "${t.from}" to itself; remove it`);
      return;
    }
    const id = `${t.from}\u0000${t.to}`;
    const first = seenTransitions.get(id);
    if (first !== undefined) {
      add(`/transitions/${index}`, 'duplicate_transition', `transition ${index} from "${t.from}" to "${t.to}" repeats transition ${first}; remove it`);
      return;
    }
    seenTransitions.set(id, index);
    exits.set(t.from, [...(exits.get(t.from) ?? []), t.to]);
  });

  for (const { stage, index } of stages) {
    const out = exits.get(stage.key) ?? [];
    if (stage.kind === 'success' && out.length > 0) {
      add(`/stages/${index}`, 'success_has_exit', `${label(stage)} is the success stage but has exits (to ${out.map((k) => `"${k}"`).join(', ')}); the success stage ends the journey — remove those transitions`);
    }
    if (!terminal(stage.kind) && out.length === 0) {
      add(`/stages/${index}`, 'dead_end', `${label(stage)} is a dead end: no transition leaves it; add one, or make it a success or failure stage`);
    }
  }

  if (entries.length > 0) {
    const reached = new Set(entries.map((e) => e.stage.key));
    const queue = [...reached];
    while (queue.length) {
      const key = queue.shift() as string;
      for (const next of exits.get(key) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    const entryKeys = entries.map((e) => `"${e.stage.key}"`).join(', ');
    for (const { stage, index } of stages) {
      if (!reached.has(stage.key)) {
        add(`/stages/${index}`, 'unreachable', `${label(stage)} cannot be reached from any entry stage (${entryKeys}); add a transition leading to it`);
      }
    }
  }

  return problems;
}

/** The stages a buying group may move to from `from` (unknown stage: none). */
export function allowedNextStages(def: StageModelDefinition, from: string): string[] {
  return def.transitions.filter((t) => t.from === from && t.to !== from).map((t) => t.to);
}

export function entryStages(def: StageModelDefinition): string[] {
  return def.stages.filter((s) => s.kind === 'entry').map((s) => s.key);
}
