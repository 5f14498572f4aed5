import { describe, expect, it } from 'vitest';
import { advance, type AdvanceFacts } from './advance.ts';
import { entryDecision, startEnrollment, type Enrollment } from './enrollment.ts';
import type { JourneyEvent } from './events.ts';
import { account, definition, DAY, EXAMPLE, group, person, T0 } from './journeys.testdata.ts';
import type { JourneyDefinition } from './model.ts';

const ids = { journeyId: 'jny_1', accountId: 'acc_1', entryNumber: 1 };
const facts = (over: Partial<AdvanceFacts> = {}): AdvanceFacts => ({ account: account(), events: [], effectResults: new Map(), ...over });
const start = (def: JourneyDefinition = EXAMPLE, at = T0) => startEnrollment(ids, def.nodes[0]!.id, at);

describe('advance', () => {
  it('sends a complete group down the first path: a sales alert, then the end', () => {
    const f = facts({ account: account({ buyingGroups: [group({ completeness: 80 })] }) });
    const r = advance(EXAMPLE, start(), f, T0);
    expect(r.effects).toEqual([
      { type: 'salesAlert', solutionInterestId: 'si_1', email: { to: ['sales@example.com'] }, webhook: null, key: 'jny_1/acc_1/1/t/2/alert', journeyId: 'jny_1', accountId: 'acc_1', nodeId: 'alert', at: T0 },
    ]);
    expect(r.moves.map((m) => `${m.from}→${m.to ?? 'end'} ${m.via}`)).toEqual(['start→ready next', 'ready→alert path', 'alert→end ok']);
    expect(r.enrollment).toMatchObject({ status: 'completed', endedAt: T0, tokens: [] });
  });

  it('makes an incomplete group wait 5 days, listen 10 days for a member, then update the stage at the event time', () => {
    let e: Enrollment = start();
    const f = facts();
    let r = advance(EXAMPLE, e, f, T0);
    expect(r.effects).toEqual([]);
    expect(r.enrollment.tokens).toEqual([{ id: 't', nodeId: 'pause', at: T0, step: 2, state: { kind: 'waiting', wakeAt: T0 + 5 * DAY }, personIds: null, splits: [] }]);
    e = r.enrollment;

    r = advance(EXAMPLE, e, f, T0 + 5 * DAY - 1);
    expect(r.moves).toEqual([]);
    expect(r.enrollment).toEqual(e);

    r = advance(EXAMPLE, e, f, T0 + 5 * DAY + 3 * 3_600_000); // woken late: logical time is still the wake-up time
    expect(r.enrollment.tokens[0]).toMatchObject({ nodeId: 'hear', at: T0 + 5 * DAY, state: { kind: 'listening', deadline: T0 + 15 * DAY } });
    e = r.enrollment;

    const early: JourneyEvent = { id: 'evt_1', at: T0 + DAY, type: 'memberAssigned', solutionInterestId: 'si_1', personId: 'per_1', roleId: 'rol_dm' };
    const other: JourneyEvent = { id: 'evt_2', at: T0 + 6 * DAY, type: 'memberAssigned', solutionInterestId: 'si_2', personId: 'per_1', roleId: 'rol_dm' };
    const heard: JourneyEvent = { id: 'evt_3', at: T0 + 7 * DAY, type: 'memberAssigned', solutionInterestId: 'si_1', personId: 'per_2', roleId: 'rol_dm' };
    r = advance(EXAMPLE, e, facts({ events: [heard, other, early] }), T0 + 6 * DAY + 1);
    expect(r.moves).toEqual([]); // the matching event lies after now; the others do not match
    r = advance(EXAMPLE, e, facts({ events: [heard, other, early] }), T0 + 8 * DAY);
    expect(r.effects.map((x) => [x.type, x.key, x.at])).toEqual([['updateStage', 'jny_1/acc_1/1/t/4/stage', T0 + 7 * DAY]]);
    expect(r.moves.find((m) => m.via === 'event')).toMatchObject({ from: 'hear', to: 'stage', detail: 'evt_3' });
    expect(r.enrollment).toMatchObject({ status: 'completed', endedAt: T0 + 7 * DAY });
  });

  it('takes the timeout path at the deadline when nothing is heard', () => {
    const def = definition({
      nodes: [
        EXAMPLE.nodes[0],
        { id: 'ready', kind: 'merge', next: 'hear' },
        { id: 'hear', kind: 'listen', event: { type: 'completenessChanged', solutionInterestId: 'si_1', newValue: { op: 'gte', value: 70 } }, timeout: { amount: 10, unit: 'days' }, next: null, timeoutNext: 'nudge' },
        { id: 'nudge', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'Needs attention' }, next: null },
      ],
    });
    const low: JourneyEvent = { id: 'evt_1', at: T0 + DAY, type: 'completenessChanged', solutionInterestId: 'si_1', from: 10, to: 50 };
    const r = advance(def, start(def), facts({ events: [low] }), T0 + 10 * DAY);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'updateStatus', status: 'Needs attention', at: T0 + 10 * DAY, key: 'jny_1/acc_1/1/t/3/nudge' })]);
    expect(r.moves.map((m) => m.via)).toEqual(['next', 'next', 'timeout', 'ok']);
    // The same event with a value that passes is heard instead.
    const high: JourneyEvent = { ...low, to: 75 };
    expect(advance(def, start(def), facts({ events: [high] }), T0 + 10 * DAY).effects).toEqual([]);
  });

  it('sends people down the paths of a people split, acts on each path\'s people, and merges them again', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'people' },
        {
          id: 'people',
          kind: 'peopleSplit',
          paths: [
            { condition: { field: 'jobTitle', op: 'contains', value: 'CTO' }, next: 'assign' },
            { condition: { field: 'jobTitle', op: 'contains', value: 'engineer' }, next: 'hold' },
          ],
          otherPath: null,
          mergeId: 'join',
        },
        { id: 'assign', kind: 'action', action: 'assignToBuyingGroup', settings: { solutionInterestId: 'si_1', roleId: 'rol_dm' }, next: 'join' },
        { id: 'hold', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: 'join' },
        { id: 'join', kind: 'merge', next: 'status' },
        { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'Mapped' }, next: null },
      ],
    });
    const people = [person('per_a', { jobTitle: 'CTO' }), person('per_b', { jobTitle: 'Engineer' }), person('per_c', { jobTitle: 'Engineer II' }), person('per_d', { jobTitle: 'Buyer' })];
    const f = facts({ account: account({}, people) });
    let r = advance(def, start(def), f, T0);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'assignToBuyingGroup', personIds: ['per_a'], key: 'jny_1/acc_1/1/t.1.0/1/assign' })]);
    expect(r.enrollment.tokens.map((t) => [t.id, t.nodeId, t.state.kind, t.personIds])).toEqual([
      ['t.1.0', 'join', 'merging', ['per_a']],
      ['t.1.1', 'hold', 'waiting', ['per_b', 'per_c']],
    ]);
    r = advance(def, r.enrollment, f, T0 + DAY);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'updateStatus', key: 'jny_1/acc_1/1/t/2/status', at: T0 + DAY })]);
    expect(r.enrollment.status).toBe('completed');
  });

  it('with nobody on any path, the account goes on from the merge', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'people' },
        { id: 'people', kind: 'peopleSplit', paths: [{ condition: { field: 'jobTitle', op: 'contains', value: 'CTO' }, next: 'join' }], mergeId: 'join' },
        { id: 'join', kind: 'merge', next: 'status' },
        { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'Nobody' }, next: null },
      ],
    });
    const r = advance(def, start(def), facts({ account: account({}, [person('per_x', { jobTitle: 'Buyer' })]) }), T0);
    expect(r.moves.map((m) => `${m.from}→${m.to ?? 'end'} ${m.via}`)).toEqual(['start→people next', 'people→join split', 'join→status next', 'status→end ok']);
  });

  it('waits for an HTTP call\'s result and takes the error path when it fails', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'call' },
        { id: 'call', kind: 'action', action: 'callHttp', settings: { url: 'https://crm.example/hook', timeoutMs: 2000 }, next: 'ok', errorNext: 'failed' },
        { id: 'ok', kind: 'action', action: 'addToList', settings: { listId: 'lst_ok' }, next: null },
        { id: 'failed', kind: 'action', action: 'addToList', settings: { listId: 'lst_failed' }, next: null },
      ],
    });
    const r = advance(def, start(def), facts(), T0);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'callHttp', method: 'POST', timeoutMs: 2000, headers: {}, key: 'jny_1/acc_1/1/t/1/call' })]);
    expect(r.enrollment.tokens[0]!.state).toEqual({ kind: 'awaitingResult', effectKey: 'jny_1/acc_1/1/t/1/call' });
    expect(advance(def, r.enrollment, facts(), T0 + 5000).moves).toEqual([]);
    const failed = advance(def, r.enrollment, facts({ effectResults: new Map([['jny_1/acc_1/1/t/1/call', 'error']]) }), T0 + 5000);
    expect(failed.effects).toEqual([expect.objectContaining({ type: 'addToList', listId: 'lst_failed' })]);
  });

  it('an account split without a match and without an other path ends the journey for the account', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'split' },
        { id: 'split', kind: 'accountSplit', paths: [{ condition: { field: 'employees', op: 'gte', value: 1000 }, next: 'big' }] },
        { id: 'big', kind: 'action', action: 'addToList', settings: { listId: 'lst_big' }, next: null },
      ],
    });
    expect(advance(def, start(def), facts({ account: account({ employees: 5000 }) }), T0).effects.map((e) => e.nodeId)).toEqual(['big']);
    const small = advance(def, start(def), facts({ account: account({ employees: 50 }) }), T0);
    expect(small.effects).toEqual([]);
    expect(small.moves.at(-1)).toMatchObject({ from: 'split', to: null, via: 'no_match' });
  });

  it('gives each visit of a loop its own effect key', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'status' },
        { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'Ping' }, next: 'pause' },
        { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: 'status' },
      ],
    });
    const r = advance(def, start(def), facts(), T0 + 2 * DAY);
    expect(r.effects.map((e) => [e.key, e.at])).toEqual([
      ['jny_1/acc_1/1/t/1/status', T0],
      ['jny_1/acc_1/1/t/3/status', T0 + DAY],
      ['jny_1/acc_1/1/t/5/status', T0 + 2 * DAY],
    ]);
    expect(r.enrollment.tokens[0]).toMatchObject({ nodeId: 'pause', state: { kind: 'waiting', wakeAt: T0 + 3 * DAY } });
  });
});

describe('entryDecision (re-entry)', () => {
  const done = (n: number, enteredAt: number, endedAt: number | null) => ({ entryNumber: n, enteredAt, endedAt });
  it('enters the first time; again only when re-entry is on, after the delay and under the limit', () => {
    expect(entryDecision(EXAMPLE.reentry, [], T0)).toEqual({ enter: true, entryNumber: 1 });
    expect(entryDecision(EXAMPLE.reentry, [done(1, T0, T0 + DAY)], T0 + 9 * DAY)).toEqual({ enter: false, reason: 'no_reentry', retryAt: null });
    const on = { enabled: true, from: 'end' as const, delay: { amount: 7, unit: 'days' as const }, limit: 2 };
    expect(entryDecision(on, [done(1, T0, null)], T0 + 9 * DAY)).toEqual({ enter: false, reason: 'inside', retryAt: null });
    expect(entryDecision(on, [done(1, T0, T0 + DAY)], T0 + 7 * DAY)).toEqual({ enter: false, reason: 'too_soon', retryAt: T0 + 8 * DAY });
    expect(entryDecision(on, [done(1, T0, T0 + DAY)], T0 + 8 * DAY)).toEqual({ enter: true, entryNumber: 2 });
    expect(entryDecision({ ...on, from: 'start' }, [done(1, T0, T0 + DAY)], T0 + 7 * DAY)).toEqual({ enter: true, entryNumber: 2 });
    expect(entryDecision(on, [done(1, T0, T0 + DAY), done(2, T0 + 8 * DAY, T0 + 9 * DAY)], T0 + 90 * DAY)).toEqual({ enter: false, reason: 'limit_reached', retryAt: null });
  });
});
