/**
 * The journey engine's one step, pure: `advance(definition, enrollment, facts, now)` moves every
 * token of an enrollment as far as it can go at `now` and returns the new enrollment, the effects
 * to perform and the moves made. The runtime stores the enrollment and the effects in one
 * transaction (the effects into an outbox) and performs them afterwards; each effect's `key` is
 * derived from the enrollment, the token, its step and the node only, so running `advance` again
 * on the same input — after a crash, on another worker — yields the same keys, and an outbox with
 * a unique key acts once.
 *
 * Time is logical: a token leaves a wait at its wake-up time and a listen step at the event's time
 * (or the deadline), not at `now`, so the result does not depend on when the runtime got round to
 * it. Nothing moves past a wait whose wake-up time is after `now`.
 */
import { matchesCondition, isActiveRelation, type AccountFacts, type EvaluationContext } from '../conditions/index.ts';
import { utcDay } from '../clock.ts';
import { ACTION_SETTINGS, durationMs, type ActionSettings, type ActionType, type JourneyDefinition, type JourneyNode, type NodeOf } from './model.ts';
import type { Enrollment, Token } from './enrollment.ts';
import { eventMatches, type JourneyEvent } from './events.ts';
import { waitEnd } from './wait-time.ts';

/** What an effect says to do; the runtime performs it (through the buying-group rules: source `journey`, precedence, allowed stage moves). */
export type EffectAction =
  | { type: 'assignToBuyingGroup'; solutionInterestId: string; roleId: string; personIds: string[] }
  | { type: 'removeFromBuyingGroup'; solutionInterestId: string; personIds: string[] }
  | { type: 'updateStage'; solutionInterestId: string; stage: string }
  | { type: 'updateStatus'; solutionInterestId: string; status: string }
  | { type: 'salesAlert'; solutionInterestId: string; email: { to: string[] } | null; webhook: { url: string } | null }
  | { type: 'addToList' | 'removeFromList'; listId: string }
  /** `targetJourneyId`, not `journeyId`: an Effect's own `journeyId` is the journey it comes from. */
  | { type: 'addToJourney'; targetJourneyId: string }
  | { type: 'activate'; destinationId: string; activationId: string }
  | { type: 'callHttp'; url: string; method: 'POST' | 'PUT' | 'PATCH' | 'GET'; timeoutMs: number; headers: Record<string, string> };

export type Effect = EffectAction & {
  /** Idempotency key: `<journey>/<account>/<entry>/<token>/<step>/<node>`. */
  key: string;
  journeyId: string;
  accountId: string;
  nodeId: string;
  /** Logical time of the action. */
  at: number;
};

/** One token's move: from a node to the next (null: its path ended), at a logical time, and why. */
export interface Move {
  tokenId: string;
  from: string;
  to: string | null;
  at: number;
  via: 'next' | 'path' | 'other' | 'no_match' | 'wake' | 'event' | 'timeout' | 'ok' | 'error' | 'merge' | 'split' | 'skipped';
  /** For a split's path: its index; for an event: its id; for a skipped action: why. */
  detail?: string;
}

export interface AdvanceFacts {
  /** The account as conditions see it now. */
  account: AccountFacts;
  /** The account's events (any order); listen steps hear those at or after they started listening. */
  events: readonly JourneyEvent[];
  /** Outcomes of effects that report back (HTTP calls), by key. */
  effectResults: Pick<ReadonlyMap<string, 'ok' | 'error'>, 'get'>;
  /** Personas and list members for conditions (see EvaluationContext). */
  context?: Pick<EvaluationContext, 'personas' | 'listMembers'>;
}

export interface AdvanceResult {
  enrollment: Enrollment;
  effects: Effect[];
  moves: Move[];
}

/** A guard against a definition that slipped past validation: no more node visits than this per advance. */
export const MAX_VISITS = 10_000;

export function advance(def: JourneyDefinition, enrollment: Enrollment, facts: AdvanceFacts, now: number): AdvanceResult {
  const nodes = new Map(def.nodes.map((n) => [n.id, n]));
  const effects: Effect[] = [];
  const moves: Move[] = [];
  let tokens: Token[] = enrollment.tokens.map((t) => ({ ...t, splits: [...t.splits] }));
  let endedAt = enrollment.endedAt;
  const ctx: EvaluationContext = { ...facts.context, now, accountId: enrollment.accountId };
  let visits = 0;

  const move = (t: Token, to: string | null, at: number, via: Move['via'], detail?: string) => {
    moves.push({ tokenId: t.id, from: t.nodeId, to, at, via, ...(detail !== undefined ? { detail } : {}) });
    if (to === null) {
      tokens = tokens.filter((x) => x !== t);
      endedAt = endedAt === null ? at : Math.max(endedAt, at);
      return;
    }
    t.nodeId = to;
    t.at = at;
    t.step += 1;
    t.state = { kind: 'ready' };
  };

  const keyOf = (t: Token) => `${enrollment.journeyId}/${enrollment.accountId}/${enrollment.entryNumber}/${t.id}/${t.step}/${t.nodeId}`;

  /** Acts on one token; true when something changed. */
  const step = (t: Token): boolean => {
    const node = nodes.get(t.nodeId);
    if (!node) {
      // A node that is gone (cannot happen to a Live definition, which is frozen): the path ends.
      move(t, null, t.at, 'skipped', 'unknown node');
      return true;
    }
    switch (t.state.kind) {
      case 'ready':
        visits += 1;
        enter(t, node);
        return true;
      case 'waiting':
        if (now < t.state.wakeAt) return false;
        move(t, (node as NodeOf<'wait'>).next, t.state.wakeAt, 'wake');
        return true;
      case 'listening': {
        const listen = node as NodeOf<'listen'>;
        const deadline = t.state.deadline;
        const heard = facts.events
          .filter((e) => e.at >= t.at && e.at < deadline && e.at <= now && eventMatches(listen.event, e, t.personIds))
          .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
        if (heard) move(t, listen.next, heard.at, 'event', heard.id);
        else if (now >= deadline) move(t, listen.timeoutNext ?? null, deadline, 'timeout');
        else return false;
        return true;
      }
      case 'awaitingResult': {
        const result = facts.effectResults.get(t.state.effectKey);
        if (!result) return false;
        const call = node as NodeOf<'action'>;
        move(t, result === 'ok' ? call.next : (call.errorNext ?? null), t.at, result);
        return true;
      }
      case 'merging':
        return false;
    }
  };

  const enter = (t: Token, node: JourneyNode): void => {
    switch (node.kind) {
      case 'entry':
      case 'merge':
        if (node.kind === 'merge' && t.splits.at(-1)?.mergeId === node.id) {
          t.state = { kind: 'merging' };
          return;
        }
        move(t, node.next, t.at, 'next');
        return;
      case 'accountSplit': {
        const i = node.paths.findIndex((p) => p.condition !== undefined && matchesCondition(p.condition, 'account', facts.account, ctx));
        if (i >= 0) move(t, node.paths[i]!.next, t.at, 'path', String(i));
        else if (node.otherPath) move(t, node.otherPath.next, t.at, 'other');
        else move(t, null, t.at, 'no_match');
        return;
      }
      case 'peopleSplit':
        splitPeople(t, node);
        return;
      case 'wait':
        t.state = { kind: 'waiting', wakeAt: waitEnd(node, t.at) };
        return;
      case 'listen':
        t.state = { kind: 'listening', deadline: t.at + durationMs(node.timeout) };
        return;
      case 'action':
        act(t, node);
        return;
    }
  };

  /** The people a token stands for: its path's, or the account's people with an active relation. */
  const peopleOf = (t: Token): string[] => {
    if (t.personIds) return t.personIds;
    const today = utcDay(now);
    return [...new Set(facts.account.people.filter((p) => isActiveRelation(p.endedOn, today)).map((p) => p.person.id))].sort();
  };

  const splitPeople = (t: Token, node: NodeOf<'peopleSplit'>): void => {
    const byId = new Map(facts.account.people.map((p) => [p.person.id, p.person]));
    const groups: string[][] = node.paths.map(() => []);
    const other: string[] = [];
    for (const id of peopleOf(t)) {
      const person = byId.get(id);
      const i = person ? node.paths.findIndex((p) => p.condition !== undefined && matchesCondition(p.condition, 'person', person, ctx)) : -1;
      (i >= 0 ? groups[i]! : other).push(id);
    }
    const targets = [
      ...groups.map((people, i) => ({ people, next: node.paths[i]!.next, label: String(i) })),
      ...(node.otherPath ? [{ people: other, next: node.otherPath.next, label: 'other' }] : []),
    ].filter((g) => g.people.length > 0);
    if (targets.length === 0 || node.mergeId === null) {
      // Nobody to send down a path: the account goes on from the merge as a whole.
      move(t, node.mergeId, t.at, 'split', 'nobody');
      return;
    }
    const frame = { splitNodeId: node.id, mergeId: node.mergeId, parentId: t.id, parentStep: t.step, parentPersonIds: t.personIds };
    tokens = tokens.filter((x) => x !== t);
    moves.push({ tokenId: t.id, from: node.id, to: null, at: t.at, via: 'split', detail: targets.map((g) => g.label).join(',') });
    for (const g of targets) {
      const child: Token = { id: `${t.id}.${t.step}.${g.label}`, nodeId: node.id, at: t.at, step: 0, state: { kind: 'ready' }, personIds: g.people, splits: [...t.splits, frame] };
      tokens.push(child);
      move(child, g.next, t.at, 'path', g.label);
    }
  };

  const act = (t: Token, node: NodeOf<'action'>): void => {
    const parsed = ACTION_SETTINGS[node.action].safeParse(node.settings ?? undefined);
    if (!parsed.success) {
      move(t, node.next, t.at, 'skipped', 'the action has no valid settings');
      return;
    }
    const action = effectAction(node.action, parsed.data as ActionSettings[ActionType], t, peopleOf, facts.account, ctx);
    if (action === null) {
      move(t, node.next, t.at, 'skipped', 'nobody to act on');
      return;
    }
    const key = keyOf(t);
    effects.push({ ...action, key, journeyId: enrollment.journeyId, accountId: enrollment.accountId, nodeId: node.id, at: t.at });
    if (action.type === 'callHttp') t.state = { kind: 'awaitingResult', effectKey: key };
    else move(t, node.next, t.at, 'ok');
  };

  /** Joins the paths of a people split whose tokens have all reached its merge (or ended). */
  const mergeDone = (): boolean => {
    let changed = false;
    for (const t of tokens) {
      if (t.state.kind !== 'merging') continue;
      const frame = t.splits.at(-1)!;
      const inSplit = tokens.filter((x) => x.splits.some((f) => f.parentId === frame.parentId && f.parentStep === frame.parentStep && f.splitNodeId === frame.splitNodeId));
      if (!inSplit.every((x) => x.state.kind === 'merging' && x.splits.length === t.splits.length)) continue;
      const at = Math.max(...inSplit.map((x) => x.at));
      tokens = tokens.filter((x) => !inSplit.includes(x));
      const merged: Token = { id: frame.parentId, nodeId: frame.mergeId, at, step: frame.parentStep, state: { kind: 'ready' }, personIds: frame.parentPersonIds, splits: t.splits.slice(0, -1) };
      tokens.push(merged);
      for (const x of inSplit) moves.push({ tokenId: x.id, from: frame.mergeId, to: null, at, via: 'merge' });
      const mergeNode = nodes.get(frame.mergeId) as NodeOf<'merge'>;
      move(merged, mergeNode.next, at, 'next');
      changed = true;
      break;
    }
    return changed;
  };

  for (;;) {
    let changed = false;
    for (const t of [...tokens].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (!tokens.includes(t)) continue;
      if (visits >= MAX_VISITS) break;
      if (step(t)) changed = true;
    }
    if (mergeDone()) changed = true;
    if (!changed || visits >= MAX_VISITS) break;
  }

  tokens.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const done = tokens.length === 0;
  return {
    enrollment: { ...enrollment, tokens, status: done ? 'completed' : 'active', endedAt: done ? (endedAt ?? now) : null },
    effects,
    moves,
  };
}

function effectAction(
  type: ActionType,
  s: ActionSettings[ActionType],
  t: Token,
  peopleOf: (t: Token) => string[],
  account: AccountFacts,
  ctx: EvaluationContext,
): EffectAction | null {
  const chosen = (where: ActionSettings['assignToBuyingGroup']['where']) => {
    const byId = new Map(account.people.map((p) => [p.person.id, p.person]));
    return peopleOf(t).filter((id) => !where || (byId.has(id) && matchesCondition(where, 'person', byId.get(id)!, ctx)));
  };
  switch (type) {
    case 'assignToBuyingGroup': {
      const a = s as ActionSettings['assignToBuyingGroup'];
      const personIds = chosen(a.where);
      return personIds.length ? { type, solutionInterestId: a.solutionInterestId, roleId: a.roleId, personIds } : null;
    }
    case 'removeFromBuyingGroup': {
      const a = s as ActionSettings['removeFromBuyingGroup'];
      const personIds = chosen(a.where);
      return personIds.length ? { type, solutionInterestId: a.solutionInterestId, personIds } : null;
    }
    case 'updateStage': {
      const a = s as ActionSettings['updateStage'];
      return { type, solutionInterestId: a.solutionInterestId, stage: a.stage };
    }
    case 'updateStatus': {
      const a = s as ActionSettings['updateStatus'];
      return { type, solutionInterestId: a.solutionInterestId, status: a.status };
    }
    case 'salesAlert': {
      const a = s as ActionSettings['salesAlert'];
      return { type, solutionInterestId: a.solutionInterestId, email: a.email ?? null, webhook: a.webhook ?? null };
    }
    case 'addToList':
    case 'removeFromList':
      return { type, listId: (s as ActionSettings['addToList']).listId };
    case 'addToJourney':
      return { type, targetJourneyId: (s as ActionSettings['addToJourney']).journeyId };
    case 'activate': {
      const a = s as ActionSettings['activate'];
      return { type, destinationId: a.destinationId, activationId: a.activationId };
    }
    case 'callHttp': {
      const a = s as ActionSettings['callHttp'];
      return { type, url: a.url, method: a.method, timeoutMs: a.timeoutMs, headers: a.headers ?? {} };
    }
  }
}
