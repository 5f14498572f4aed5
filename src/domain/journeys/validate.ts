/**
 * Publish validation: everything that stops a Draft journey from going Live, each problem on its
 * node (`nodeId`, and `field`, a JSON pointer into the definition). Pure: what it needs to know
 * about the rest of the configuration comes in as `PublishFacts`.
 */
import { QuorumError } from '../errors.ts';
import { validateCondition } from '../conditions/index.ts';
import { ACTION_SETTINGS, latestEnd, successors, type JourneyDefinition, type JourneyNode } from './model.ts';

export const PROBLEM_CODES = [
  'no_entry',
  'entry_not_first',
  'several_entries',
  'unknown_node',
  'unreachable',
  'missing_condition',
  'invalid_condition',
  'no_paths',
  'missing_settings',
  'invalid_settings',
  'unknown_solution_interest',
  'no_stage_model',
  'unknown_stage',
  'cycle_without_wait',
  'missing_merge',
  'not_a_merge',
  'error_path_not_allowed',
  'no_list',
  'unknown_list',
  'not_static_list',
  'unknown_destination',
  'unknown_activation',
  'missing_end_date',
  'end_before_start',
  'end_too_late',
  'start_in_past',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface JourneyProblem {
  code: ProblemCode;
  /** The node at fault; null for the journey's own settings (dates). */
  nodeId: string | null;
  /** JSON pointer: `/definition/nodes/3/paths/0/condition`, or `/endAt`. */
  field: string;
  message: string;
}

/** What publishing needs to know beyond the definition. */
export interface PublishFacts {
  /** When the journey starts: the start date, or now when it is published at once. */
  startAt: number;
  endAt: number | null;
  /** Solution interests by id, with the stage keys of their stage model (null: no stage model). */
  solutionInterests: ReadonlyMap<string, { name: string; stageKeys: readonly string[] | null }>;
  /** Account lists by id: the entry's must exist; add to / remove from list needs a static one. */
  lists: ReadonlyMap<string, { name: string; kind: 'static' | 'dynamic' }>;
  /** Destinations by id, and activations by id with their destination: what an `activate` action names must exist. */
  destinations: ReadonlyMap<string, { name: string }>;
  activations: ReadonlyMap<string, { name: string; destinationId: string }>;
}

/** Every problem of the journey, in node order (the journey's dates last); empty when it may be published. */
export function validateForPublish(def: JourneyDefinition, facts: PublishFacts): JourneyProblem[] {
  const problems: JourneyProblem[] = [];
  const at = (i: number) => `/definition/nodes/${i}`;
  const add = (code: ProblemCode, nodeId: string | null, field: string, message: string) => problems.push({ code, nodeId, field, message });
  const byId = new Map(def.nodes.map((n, i) => [n.id, { node: n, index: i }]));

  const entries = def.nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.kind === 'entry');
  if (entries.length === 0) add('no_entry', null, '/definition/nodes', 'the journey has no entry node');
  else if (entries[0]!.i !== 0) add('entry_not_first', entries[0]!.n.id, at(entries[0]!.i), `the entry node "${entries[0]!.n.id}" must be the first node`);
  for (const e of entries.slice(1)) add('several_entries', e.n.id, at(e.i), `a journey has one entry node; "${e.n.id}" is another one`);

  def.nodes.forEach((n, i) => {
    for (const s of successors(n)) {
      if (s.to !== null && !byId.has(s.to)) add('unknown_node', n.id, at(i) + s.field, `"${n.id}" leads to "${s.to}", which is not a node of this journey`);
    }
    nodeProblems(n, at(i), facts, byId, add);
  });

  // Reachability from the (first) entry node.
  const start = entries[0]?.n;
  if (start) {
    const seen = new Set<string>([start.id]);
    const queue = [start];
    while (queue.length) {
      for (const s of successors(queue.shift()!)) {
        const to = s.to !== null ? byId.get(s.to) : undefined;
        if (to && !seen.has(to.node.id)) {
          seen.add(to.node.id);
          queue.push(to.node);
        }
      }
    }
    def.nodes.forEach((n, i) => {
      if (!seen.has(n.id) && n.kind !== 'entry') add('unreachable', n.id, at(i), `no path from the entry leads to "${n.id}"`);
    });
  }

  for (const cycle of cyclesWithoutWait(def)) {
    const first = cycle[0]!;
    add('cycle_without_wait', first, at(byId.get(first)!.index), `the loop through ${cycle.map((c) => `"${c}"`).join(', ')} has no wait: an account would go round it without pause`);
  }

  if (facts.endAt === null) add('missing_end_date', null, '/endAt', 'a Live journey needs an end date');
  else if (facts.endAt <= facts.startAt) add('end_before_start', null, '/endAt', 'the end date must be after the start');
  else if (facts.endAt > latestEnd(facts.startAt)) add('end_too_late', null, '/endAt', 'the end date may be at most 3 years after the start');

  // Node order (stable, so a node's problems keep the order they were found in); the journey's own last.
  const rank = (p: JourneyProblem) => (p.nodeId === null ? (p.field === '/definition/nodes' ? -1 : Infinity) : byId.get(p.nodeId)!.index);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

type Add = (code: ProblemCode, nodeId: string | null, field: string, message: string) => void;

function nodeProblems(n: JourneyNode, at: string, facts: PublishFacts, byId: ReadonlyMap<string, { node: JourneyNode }>, add: Add): void {
  const condition = (input: unknown, subject: 'account' | 'person', field: string) => {
    try {
      validateCondition(input, subject, field);
    } catch (e) {
      if (!(e instanceof QuorumError)) throw e;
      for (const err of e.errors.length ? e.errors : [{ field, message: e.message }]) add('invalid_condition', n.id, err.field, `"${n.id}": ${err.message}`);
    }
  };
  switch (n.kind) {
    case 'entry':
      if (!n.listId) add('no_list', n.id, `${at}/listId`, `the entry "${n.id}" needs an account list`);
      else if (!facts.lists.has(n.listId)) add('unknown_list', n.id, `${at}/listId`, `the entry "${n.id}": account list ${n.listId} does not exist`);
      return;
    case 'accountSplit':
    case 'peopleSplit': {
      if (n.paths.length === 0) add('no_paths', n.id, `${at}/paths`, `the split "${n.id}" has no path`);
      n.paths.forEach((p, j) => {
        if (p.condition === undefined) add('missing_condition', n.id, `${at}/paths/${j}/condition`, `path ${j + 1} of "${n.id}" has no condition`);
        else condition(p.condition, n.kind === 'accountSplit' ? 'account' : 'person', `${at}/paths/${j}/condition`);
      });
      if (n.kind === 'peopleSplit') {
        if (n.mergeId === null) add('missing_merge', n.id, `${at}/mergeId`, `the people split "${n.id}" needs a merge node that closes it`);
        else if (byId.get(n.mergeId) && byId.get(n.mergeId)!.node.kind !== 'merge') add('not_a_merge', n.id, `${at}/mergeId`, `"${n.mergeId}" closes "${n.id}" but is not a merge node`);
        else if (!byId.get(n.mergeId)) add('unknown_node', n.id, `${at}/mergeId`, `"${n.id}" is closed by "${n.mergeId}", which is not a node of this journey`);
      }
      return;
    }
    case 'merge':
    case 'wait':
      return;
    case 'listen': {
      const e = n.event;
      if (e.type === 'personActivity') return;
      const si = facts.solutionInterests.get(e.solutionInterestId);
      if (!si) {
        add('unknown_solution_interest', n.id, `${at}/event/solutionInterestId`, `"${n.id}": solution interest ${e.solutionInterestId} does not exist`);
        return;
      }
      if (e.type !== 'stageChanged' || (!e.from?.length && !e.to?.length)) return;
      if (si.stageKeys === null) {
        add('no_stage_model', n.id, `${at}/event/solutionInterestId`, `"${n.id}" listens for stages, but solution interest "${si.name}" has no stage model`);
        return;
      }
      for (const side of ['from', 'to'] as const) {
        (e[side] ?? []).forEach((stage, j) => {
          if (!si.stageKeys!.includes(stage)) add('unknown_stage', n.id, `${at}/event/${side}/${j}`, `"${n.id}": stage "${stage}" is not in the stage model of "${si.name}"`);
        });
      }
      return;
    }
    case 'action': {
      if (n.errorNext !== undefined && n.action !== 'callHttp') add('error_path_not_allowed', n.id, `${at}/errorNext`, `only HTTP calls have an error path; "${n.id}" is ${n.action}`);
      if (n.settings === null) {
        add('missing_settings', n.id, `${at}/settings`, `the action "${n.id}" (${n.action}) has no settings`);
        return;
      }
      const parsed = ACTION_SETTINGS[n.action].safeParse(n.settings);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          add('invalid_settings', n.id, `${at}/settings` + issue.path.map((p) => `/${String(p)}`).join(''), `"${n.id}" (${n.action}): ${issue.path.length ? `${issue.path.join('.')} ` : ''}${issue.message}`);
        }
        return;
      }
      const s = parsed.data as Record<string, unknown>;
      if (typeof s['solutionInterestId'] === 'string') {
        const si = facts.solutionInterests.get(s['solutionInterestId']);
        if (!si) add('unknown_solution_interest', n.id, `${at}/settings/solutionInterestId`, `"${n.id}": solution interest ${s['solutionInterestId']} does not exist`);
        else if (n.action === 'updateStage') {
          const stage = s['stage'] as string;
          if (si.stageKeys === null) add('no_stage_model', n.id, `${at}/settings/solutionInterestId`, `"${n.id}" updates the stage, but solution interest "${si.name}" has no stage model`);
          else if (!si.stageKeys.includes(stage)) add('unknown_stage', n.id, `${at}/settings/stage`, `"${n.id}": stage "${stage}" is not in the stage model of "${si.name}"`);
        }
      }
      if (n.action === 'addToList' || n.action === 'removeFromList') {
        const list = facts.lists.get(s['listId'] as string);
        if (!list) add('unknown_list', n.id, `${at}/settings/listId`, `"${n.id}": account list ${String(s['listId'])} does not exist`);
        else if (list.kind !== 'static') add('not_static_list', n.id, `${at}/settings/listId`, `"${n.id}": "${list.name}" is a dynamic list; accounts can be added to and removed from static lists only`);
      }
      if (n.action === 'activate') {
        const destination = facts.destinations.get(s['destinationId'] as string);
        const activation = facts.activations.get(s['activationId'] as string);
        if (!destination) add('unknown_destination', n.id, `${at}/settings/destinationId`, `"${n.id}": destination ${String(s['destinationId'])} does not exist`);
        else if (!activation) add('unknown_activation', n.id, `${at}/settings/activationId`, `"${n.id}": activation ${String(s['activationId'])} does not exist`);
        else if (activation.destinationId !== s['destinationId']) add('unknown_activation', n.id, `${at}/settings/activationId`, `"${n.id}": activation "${activation.name}" belongs to another destination than "${destination.name}"`);
      }
      if ('where' in s && s['where'] !== undefined) condition(s['where'], 'person', `${at}/settings/where`);
      return;
    }
  }
}

/**
 * The loops no wait breaks: strongly connected components (Tarjan) of the graph without its wait
 * nodes that hold a loop (more than one node, or a node leading to itself). Listen steps do not
 * count as waits: events can arrive back to back.
 */
export function cyclesWithoutWait(def: JourneyDefinition): string[][] {
  const nodes = def.nodes.filter((n) => n.kind !== 'wait');
  const ids = new Set(nodes.map((n) => n.id));
  const edges = new Map(nodes.map((n) => [n.id, successors(n).map((s) => s.to).filter((t): t is string => t !== null && ids.has(t))]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || edges.get(v)!.includes(v)) out.push(scc.reverse());
    }
  };
  for (const n of nodes) if (!index.has(n.id)) visit(n.id);
  return out;
}

/** The problems as a QuorumError (409 invalid_state), each detail naming its node. */
export function publishRefusal(name: string, problems: readonly JourneyProblem[]): QuorumError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new QuorumError(
    'invalid_state',
    `journey "${name}" cannot be published: ${first.message}${more}`,
    problems.map((p) => ({ field: p.field, message: p.message, ...(p.nodeId !== null ? { nodeId: p.nodeId } : {}), code: p.code })),
  );
}
