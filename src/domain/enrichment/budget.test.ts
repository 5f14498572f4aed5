import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affordable, available, monthOf, settle, type CreditBudget, type MonthUsage } from './budget.ts';

describe('credit budgets', () => {
  it('a run gets what it may still spend within what the month has left', () => {
    const b: CreditBudget = { perRun: 100, perMonth: 250 };
    expect(available(b, { spent: 0, reserved: 0 }, 0)).toBe(100);
    expect(available(b, { spent: 200, reserved: 20 }, 0)).toBe(30);
    expect(available(b, { spent: 0, reserved: 0 }, 90)).toBe(10);
    expect(available(b, { spent: 300, reserved: 0 }, 0)).toBe(0);
    expect(affordable(40, 30)).toBe(30);
    expect(affordable(10, 30)).toBe(10);
    expect(affordable(10, 5, 2)).toBe(2);
    expect(monthOf(Date.UTC(2026, 11, 31, 23, 59))).toBe('2026-12');
    expect(monthOf(Date.UTC(2027, 0, 1))).toBe('2027-01');
  });

  /**
   * Runs interleave arbitrarily: each step is one run reserving (what it wants, capped by
   * `available`), or one run settling a held reservation with any charge ≤ what it reserved.
   * Whatever the order, no run and no month ever goes over.
   */
  it('property: no interleaving of concurrent runs exceeds the per-run or per-month budget', () => {
    const step = fc.oneof(fc.record({ kind: fc.constant('reserve' as const), run: fc.nat(4), want: fc.nat(80) }), fc.record({ kind: fc.constant('settle' as const), run: fc.nat(4), share: fc.double({ min: 0, max: 1, noNaN: true }) }));
    fc.assert(
      fc.property(fc.record({ perRun: fc.nat(120), perMonth: fc.nat(300) }), fc.array(step, { maxLength: 60 }), (budget, steps) => {
        let usage: MonthUsage = { spent: 0, reserved: 0 };
        const held = new Map<number, number>();
        const spentBy = new Map<number, number>();
        for (const s of steps) {
          if (s.kind === 'reserve') {
            const used = (spentBy.get(s.run) ?? 0) + (held.get(s.run) ?? 0);
            const take = affordable(s.want, available(budget, usage, used));
            usage = { ...usage, reserved: usage.reserved + take };
            held.set(s.run, (held.get(s.run) ?? 0) + take);
          } else {
            const r = held.get(s.run) ?? 0;
            const charged = Math.floor(r * s.share);
            usage = settle(usage, r, charged);
            held.delete(s.run);
            spentBy.set(s.run, (spentBy.get(s.run) ?? 0) + charged);
          }
          expect(usage.spent + usage.reserved).toBeLessThanOrEqual(budget.perMonth);
          for (const [run, spent] of spentBy) expect(spent + (held.get(run) ?? 0)).toBeLessThanOrEqual(budget.perRun);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
