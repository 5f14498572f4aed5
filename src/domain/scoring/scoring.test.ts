import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  completeness,
  displayScore,
  engagementScore,
  groupRawEngagement,
  personRawEngagement,
  roleCompleteness,
  DEFAULT_WEIGHTING_MODEL,
  rawFromDailyCounts,
  type WeightingModel,
} from './index.ts';
import { WEIGHTING_BANDS } from '../roles.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('completeness (SPEC §5)', () => {
  it('scores a role by min(A, T) / T × 100 with thresholds 3 and 5', () => {
    expect([0, 1, 2, 3, 4].map((a) => roleCompleteness(a, 3))).toEqual([0, 100 / 3, 200 / 3, 100, 100]);
    expect([0, 1, 2, 5, 9].map((a) => roleCompleteness(a, 5))).toEqual([0, 20, 40, 100, 100]);
  });

  it('averages the required roles only, and is 0 with none required', () => {
    const defs = [
      { roleId: 'dm', required: true, membersRequired: 3 },
      { roleId: 'inf', required: true, membersRequired: 5 },
      { roleId: 'other', required: false, membersRequired: 1 },
    ];
    const c = completeness(defs, new Map([['dm', 2], ['inf', 1], ['other', 7]]));
    expect(c.score).toBeCloseTo((200 / 3 + 20) / 2, 12);
    expect(c.missingRoleIds).toEqual([]);
    expect(completeness(defs, new Map()).missingRoleIds).toEqual(['dm', 'inf']);
    expect(completeness([{ roleId: 'x', required: false, membersRequired: 1 }], new Map([['x', 1]])).score).toBe(0);
  });

  it('displays whole percentages rounded half up', () => {
    expect(displayScore(43.333333)).toBe(43);
    expect(displayScore(66.666666)).toBe(67);
    expect(displayScore(62.5)).toBe(63);
    expect(displayScore(0.5)).toBe(1);
    expect(displayScore(2.4999999999999996 + 0.0000000000000004)).toBe(3);
  });
});

describe('engagement (SPEC §5)', () => {
  it('reproduces the worked example: 35.25', () => {
    const band = (r: string) => ({ dm: WEIGHTING_BANDS.vital, inf: WEIGHTING_BANDS.important, pra: WEIGHTING_BANDS.normal })[r] ?? 0;
    const raw = groupRawEngagement(
      [
        { roleId: 'dm', raw: 52 },
        { roleId: 'inf', raw: 28 },
        { roleId: 'pra', raw: 17 },
      ],
      band,
    );
    expect(raw).toBeCloseTo(35.25, 12);
  });

  it('renormalises role shares over the roles that have members', () => {
    const band = (r: string) => ({ dm: 100, inf: 80, pra: 60 })[r] ?? 0;
    // Only Decision Makers present: their share is 1.
    expect(groupRawEngagement([{ roleId: 'dm', raw: 10 }, { roleId: 'dm', raw: 5 }], band)).toBeCloseTo(15, 12);
  });

  it('caps each (type, UTC day) at 20, weighs by the model and keeps to the 30-day window', () => {
    const day = Date.parse('2026-05-20T00:00:00Z');
    const acts = [
      ...Array.from({ length: 25 }, (_, i) => ({ type: 'email_opened', occurredAt: day + i * 1000 })), // capped at 20 × 0.3 = 6
      ...Array.from({ length: 3 }, (_, i) => ({ type: 'event_attended', occurredAt: day + DAY + i })), // 3 × 0.6 = 1.8
      { type: 'unknown_type', occurredAt: day }, // weight 0
      { type: 'form_filled', occurredAt: NOW - 31 * DAY }, // outside the window
      { type: 'form_filled', occurredAt: NOW + 1000 }, // in the future
    ];
    expect(personRawEngagement(acts, DEFAULT_WEIGHTING_MODEL, NOW)).toBeCloseTo(7.8, 12);
  });

  it('counts days in UTC: 20 just before midnight and 20 just after are two days', () => {
    const midnight = Date.parse('2026-05-25T00:00:00Z');
    const acts = [
      ...Array.from({ length: 20 }, (_, i) => ({ type: 'page_viewed', occurredAt: midnight - 1 - i })),
      ...Array.from({ length: 20 }, (_, i) => ({ type: 'page_viewed', occurredAt: midnight + i })),
    ];
    expect(personRawEngagement(acts, DEFAULT_WEIGHTING_MODEL, NOW)).toBeCloseTo(16, 12);
  });

  it('transforms raw to 0–100 monotonically: 100 × (1 − e^(−raw/K))', () => {
    expect(engagementScore(0)).toBe(0);
    expect(engagementScore(20)).toBeCloseTo(100 * (1 - Math.exp(-1)), 12);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const s1 = engagementScore(lo);
        const s2 = engagementScore(hi);
        return s1 <= s2 && s1 >= 0 && s2 <= 100;
      }),
    );
  });

  it('is additive over activities up to the cap (the basis of incremental updates)', () => {
    const model: WeightingModel = { ...DEFAULT_WEIGHTING_MODEL };
    const arb = fc.array(fc.record({ type: fc.constantFrom('email_opened', 'form_filled', 'event_attended', 'x'), day: fc.integer({ min: 0, max: 40 }), n: fc.integer({ min: 0, max: 30 }) }), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (groups) => {
        const acts = groups.flatMap((g) => Array.from({ length: g.n }, (_, i) => ({ type: g.type, occurredAt: NOW - g.day * DAY - i })));
        const total = personRawEngagement(acts, model, NOW);
        // Recompute by hand from the definition.
        const counts = new Map<string, number>();
        for (const a of acts) {
          if (!(a.occurredAt > NOW - 30 * DAY && a.occurredAt <= NOW)) continue;
          const k = `${a.type}|${Math.floor(a.occurredAt / DAY)}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        let expected = 0;
        for (const [k, c] of counts) expected += (Math.min(c, 20) * (model.weights[k.split('|')[0] ?? ''] ?? 0)) / 100;
        return Math.abs(total - expected) < 1e-9;
      }),
    );
  });

  it('adds the terms in one canonical order: any order of activities (or of daily counts) gives the same double', () => {
    const weight = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    const model = fc.record({ a: weight, b: weight, c: weight }).map((w): WeightingModel => ({ ...DEFAULT_WEIGHTING_MODEL, weights: w, dailyCap: 3 }));
    const acts = fc.array(fc.record({ type: fc.constantFrom('a', 'b', 'c', 'constructor'), occurredAt: fc.integer({ min: NOW - 40 * DAY, max: NOW }) }), { maxLength: 60 });
    fc.assert(
      fc.property(model, acts, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (m, list, rnd) => {
        const shuffled = list.map((a) => ({ a, r: rnd.next().value })).sort((x, y) => x.r - y.r).map((x) => x.a);
        const raw = personRawEngagement(list, m, NOW);
        expect(personRawEngagement(shuffled, m, NOW)).toBe(raw);
        // The database path: counts per (type, day) in any order.
        const counts = new Map<string, { type: string; day: number; count: number }>();
        for (const a of shuffled) {
          if (!(a.occurredAt > NOW - 30 * DAY && a.occurredAt <= NOW)) continue;
          const key = `${a.type}|${Math.floor(a.occurredAt / DAY)}`;
          const c = counts.get(key) ?? { type: a.type, day: Math.floor(a.occurredAt / DAY), count: 0 };
          c.count++;
          counts.set(key, c);
        }
        expect(rawFromDailyCounts([...counts.values()], m)).toBe(raw);
        expect(Number.isFinite(raw)).toBe(true); // 'constructor' weighs 0, not Object
      }),
    );
  });
});
