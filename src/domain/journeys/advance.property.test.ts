/**
 * Properties of `advance` over random journeys (forward edges anywhere, loops only back to a
 * wait, as publish validation requires), random accounts and events, and random wake-up times.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advance, type AdvanceFacts, type Effect, type Move } from './advance.ts';
import { startEnrollment, type Enrollment } from './enrollment.ts';
import type { JourneyEvent } from './events.ts';
import { account, definition, DAY, group, person, T0 } from './journeys.testdata.ts';
import { durationMs, type JourneyDefinition } from './model.ts';
import { validateForPublish } from './validate.ts';

const KINDS = ['wait', 'action', 'split', 'listen', 'merge', 'http'] as const;

const arbJourney: fc.Arbitrary<JourneyDefinition> = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), a: fc.nat(), b: fc.nat(), hours: fc.integer({ min: 1, max: 72 }), back: fc.boolean() }), { minLength: 1, maxLength: 12 })
  .map((specs) => {
    const n = specs.length;
    const id = (i: number) => `n${i}`;
    const waits = specs.map((s, i) => (s.kind === 'wait' ? i : -1)).filter((i) => i >= 0);
    // Forward to any later node or the end; a wait may also loop back to an earlier wait.
    const fwd = (i: number, x: number) => (x % (n - i + 1) === 0 ? null : id(i + (x % (n - i + 1))));
    const to = (i: number, x: number, back: boolean) => {
      const earlier = waits.filter((w) => w < i);
      return back && earlier.length ? id(earlier[x % earlier.length]!) : fwd(i, x);
    };
    const nodes: unknown[] = [{ id: 'entry', kind: 'entry', listId: 'lst_1', next: id(1 % (n + 1) === 0 ? 0 : 1) }];
    specs.forEach((s, j) => {
      const i = j + 1;
      const next = fwd(i, s.a);
      switch (s.kind) {
        case 'wait':
          nodes.push({ id: id(i), kind: 'wait', wait: { type: 'duration', duration: { amount: s.hours, unit: 'hours' } }, next });
          break;
        case 'action':
          nodes.push({ id: id(i), kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: `s${i}` }, next: to(i, s.b, s.back) });
          break;
        case 'http':
          nodes.push({ id: id(i), kind: 'action', action: 'callHttp', settings: { url: 'https://x.example/', timeoutMs: 1000 }, next, errorNext: fwd(i, s.b) });
          break;
        case 'split':
          nodes.push({ id: id(i), kind: 'accountSplit', paths: [{ condition: { field: 'employees', op: 'gte', value: s.hours * 10 }, next }], otherPath: { next: fwd(i, s.b) } });
          break;
        case 'listen':
          nodes.push({ id: id(i), kind: 'listen', event: { type: 'completenessChanged', solutionInterestId: 'si_1', newValue: { op: 'gte', value: 50 } }, timeout: { amount: s.hours, unit: 'hours' }, next, timeoutNext: fwd(i, s.b) });
          break;
        case 'merge':
          nodes.push({ id: id(i), kind: 'merge', next });
          break;
      }
    });
    return definition({ nodes });
  })
  // Keep journeys publish validation accepts (apart from unreachable nodes, which change nothing here).
  .filter((d) => validateForPublish(d, { startAt: T0, endAt: T0 + DAY, solutionInterests: new Map([['si_1', { name: 'S', stageKeys: null }]]), lists: new Map([['lst_1', { name: 'L', kind: 'static' as const }]]), destinations: new Map(), activations: new Map() }).every((p) => p.code === 'unreachable'));

const arbFacts: fc.Arbitrary<AdvanceFacts> = fc
  .record({
    employees: fc.integer({ min: 0, max: 1000 }),
    events: fc.array(fc.record({ at: fc.integer({ min: 0, max: 20 * DAY }), to: fc.integer({ min: 0, max: 100 }) }), { maxLength: 6 }),
    httpOk: fc.boolean(),
  })
  .map(({ employees, events, httpOk }) => {
    const evts: JourneyEvent[] = events.map((e, i) => ({ id: `evt_${String(i).padStart(3, '0')}`, at: T0 + e.at, type: 'completenessChanged', solutionInterestId: 'si_1', from: 0, to: e.to }));
    // Every HTTP call answers at once with the same outcome (keys are not known in advance).
    const results = { get: (): 'ok' | 'error' => (httpOk ? 'ok' : 'error') };
    return { account: account({ employees, buyingGroups: [group()] }, [person('per_1')]), events: evts, effectResults: results };
  });

const arbTimes = fc.array(fc.integer({ min: 0, max: 30 * DAY }), { minLength: 1, maxLength: 6 }).map((ts) => [...ts].sort((a, b) => a - b).map((t) => T0 + t));

function run(def: JourneyDefinition, facts: AdvanceFacts, times: number[]) {
  let e: Enrollment = startEnrollment({ journeyId: 'jny_1', accountId: 'acc_1', entryNumber: 1 }, 'entry', T0);
  const effects: Effect[] = [];
  const moves: { move: Move; now: number }[] = [];
  const states: Enrollment[] = [];
  for (const now of times) {
    const r = advance(def, e, facts, now);
    effects.push(...r.effects);
    moves.push(...r.moves.map((move) => ({ move, now })));
    states.push(r.enrollment);
    e = r.enrollment;
  }
  return { effects, moves, states, last: e };
}

describe('advance (properties)', () => {
  it('the generators reach waits, listens, splits, HTTP calls and loops (the properties below are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbJourney, arbFacts, arbTimes, (def, facts, times) => {
        for (const { move } of run(def, facts, times).moves) seen.add(move.via);
        if (def.nodes.some((n) => n.kind === 'action' && n.next !== null && Number(n.next.slice(1)) < Number(n.id.slice(1)))) seen.add('loop');
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(expect.arrayContaining(['event', 'loop', 'next', 'ok', 'error', 'other', 'path', 'timeout', 'wake']));
  });

  it('never skips a wait: a token leaves a wait no sooner than its duration after arriving, and never after now', () => {
    fc.assert(
      fc.property(arbJourney, arbFacts, arbTimes, (def, facts, times) => {
        const { moves } = run(def, facts, times);
        const nodes = new Map(def.nodes.map((n) => [n.id, n]));
        const arrived = new Map<string, number>();
        for (const { move, now } of moves) {
          expect(move.at).toBeLessThanOrEqual(now);
          const from = nodes.get(move.from)!;
          if (from.kind === 'wait') {
            expect(move.via).toBe('wake');
            expect(from.wait.type).toBe('duration');
            if (from.wait.type === 'duration') expect(move.at - arrived.get(move.tokenId)!).toBe(durationMs(from.wait.duration));
          }
          if (move.to !== null) arrived.set(move.tokenId, move.at);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same state, effects and idempotency keys', () => {
    fc.assert(
      fc.property(arbJourney, arbFacts, arbTimes, (def, facts, times) => {
        expect(run(def, facts, times)).toEqual(run(def, facts, times));
      }),
      { numRuns: 200 },
    );
  });

  it('effects keys are unique and the same whether the runtime wakes often or once', () => {
    fc.assert(
      fc.property(arbJourney, arbFacts, arbTimes, (def, facts, times) => {
        const often = run(def, facts, times);
        const keys = often.effects.map((e) => e.key);
        expect(new Set(keys).size).toBe(keys.length);
        const once = run(def, facts, [times.at(-1)!]);
        expect(once.effects).toEqual(often.effects);
        expect(once.last).toEqual(often.last);
      }),
      { numRuns: 300 },
    );
  });

  it('every reachable state\'s tokens stand on nodes of the definition, with consistent states', () => {
    fc.assert(
      fc.property(arbJourney, arbFacts, arbTimes, (def, facts, times) => {
        const ids = new Set(def.nodes.map((n) => n.id));
        for (const s of run(def, facts, times).states) {
          expect(s.status === 'completed').toBe(s.tokens.length === 0);
          expect(s.endedAt !== null).toBe(s.status === 'completed');
          for (const t of s.tokens) {
            expect(ids.has(t.nodeId)).toBe(true);
            const kind = def.nodes.find((n) => n.id === t.nodeId)!.kind;
            // After an advance nothing is left 'ready': each token rests where it must wait.
            expect(t.state.kind).not.toBe('ready');
            if (t.state.kind === 'waiting') expect(kind).toBe('wait');
            if (t.state.kind === 'listening') expect(kind).toBe('listen');
            if (t.state.kind === 'awaitingResult') expect(kind).toBe('action');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

