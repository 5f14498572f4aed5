import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WEEKDAYS, nodeSchema, type MustEndOn, type NodeOf } from './model.ts';
import { applyMustEndOn, fromWallClock, offsetAt, waitEnd, wallClock } from './wait-time.ts';
import { DAY, HOUR } from './journeys.testdata.ts';

const iso = (t: number) => new Date(t).toISOString();
const wait = (n: unknown) => nodeSchema.parse(n) as NodeOf<'wait'>;

describe('time zones through Intl', () => {
  it('knows the offsets on either side of a DST change', () => {
    expect(offsetAt(Date.UTC(2026, 2, 8, 6, 59), 'America/New_York')).toBe(-5 * HOUR);
    expect(offsetAt(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).toBe(-4 * HOUR);
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe(5.75 * HOUR);
  });

  it('moves a wall-clock time in the spring-forward gap forward by the gap, and takes the earlier of a repeated one', () => {
    // 2026-03-08 02:30 does not exist in New York: 03:30 EDT.
    expect(iso(fromWallClock(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice: the first, EDT.
    expect(iso(fromWallClock(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(fromWallClock(Date.UTC(2026, 6, 1, 9, 0), 'Europe/Paris'))).toBe('2026-07-01T07:00:00.000Z');
  });
});

describe('must end on', () => {
  const rule = (r: Partial<MustEndOn>): MustEndOn => ({ timeZone: 'Europe/Paris', ...r });

  it('ends a weekday-only wait on the next working day at the time of day', () => {
    const friday6pm = Date.UTC(2026, 0, 9, 17, 0); // Fri 18:00 Paris
    expect(iso(applyMustEndOn(friday6pm, rule({ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], timeOfDay: '09:00' })))).toBe('2026-01-12T08:00:00.000Z');
    const friday8am = Date.UTC(2026, 0, 9, 7, 0); // Fri 08:00 Paris: 09:00 is still ahead today
    expect(iso(applyMustEndOn(friday8am, rule({ weekdays: ['fri'], timeOfDay: '09:00' })))).toBe('2026-01-09T08:00:00.000Z');
    expect(applyMustEndOn(Date.UTC(2026, 0, 9, 8, 0), rule({ weekdays: ['fri'], timeOfDay: '09:00' }))).toBe(Date.UTC(2026, 0, 9, 8, 0));
    // Just after: a week later.
    expect(iso(applyMustEndOn(Date.UTC(2026, 0, 9, 8, 0) + 1, rule({ weekdays: ['fri'], timeOfDay: '09:00' })))).toBe('2026-01-16T08:00:00.000Z');
  });

  it('without a time of day: at once on an allowed day, else at the start of the next allowed local day', () => {
    const saturdayNoon = Date.UTC(2026, 0, 10, 11, 0);
    expect(applyMustEndOn(saturdayNoon, rule({ weekdays: ['sat'] }))).toBe(saturdayNoon);
    expect(iso(applyMustEndOn(saturdayNoon, rule({ weekdays: ['mon'] })))).toBe('2026-01-11T23:00:00.000Z'); // Monday 00:00 Paris
  });

  it('keeps local time across DST: a 1-day wait to 09:00 Paris over the March change ends at 09:00 CEST', () => {
    const node = wait({ id: 'w', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, mustEndOn: { timeOfDay: '09:00', timeZone: 'Europe/Paris' }, next: null });
    // Sat 2026-03-28 10:00 CET + 24 h = Sun 11:00 CEST: past 09:00, so Monday 09:00 CEST.
    expect(iso(waitEnd(node, Date.UTC(2026, 2, 28, 9, 0)))).toBe('2026-03-30T07:00:00.000Z');
    // Sat 08:00 CET + 24 h = Sun 07:00Z = 09:00 CEST exactly (the clocks moved an hour): Sunday; a minute later, Monday.
    expect(iso(waitEnd(node, Date.UTC(2026, 2, 28, 7, 0)))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(waitEnd(node, Date.UTC(2026, 2, 28, 7, 1)))).toBe('2026-03-30T07:00:00.000Z');
    // Sat 06:00 CET + 24 h = Sun 06:00Z = 08:00 CEST: Sunday 09:00 CEST.
    expect(iso(waitEnd(node, Date.UTC(2026, 2, 28, 5, 0)))).toBe('2026-03-29T07:00:00.000Z');
  });

  it('a Sunday 02:30 New York wait over the spring-forward night ends at 03:30 EDT', () => {
    const node = wait({ id: 'w', kind: 'wait', wait: { type: 'until', until: '2026-03-07T17:00:00Z' }, mustEndOn: { weekdays: ['sun'], timeOfDay: '02:30', timeZone: 'America/New_York' }, next: null });
    expect(iso(waitEnd(node, Date.UTC(2026, 2, 1)))).toBe('2026-03-08T07:30:00.000Z');
    // A date already past ends the wait at once (then the rule applies).
    const plain = wait({ id: 'w', kind: 'wait', wait: { type: 'until', until: '2020-01-01T00:00:00Z' }, next: null });
    expect(waitEnd(plain, Date.UTC(2026, 2, 1))).toBe(Date.UTC(2026, 2, 1));
  });

  it('property: the end is at or after the start, on an allowed weekday at the local time, within 8 days, and stable', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC', 'America/Santiago', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.subarray([...WEEKDAYS], { minLength: 1 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        (t, timeZone, weekdays, h, m) => {
          const r: MustEndOn = { timeZone, weekdays, timeOfDay: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` };
          const end = applyMustEndOn(t, r);
          expect(end).toBeGreaterThanOrEqual(t);
          expect(end - t).toBeLessThan(8 * DAY + 2 * HOUR);
          const local = wallClock(end, timeZone);
          expect(weekdays).toContain(WEEKDAYS[(new Date(local).getUTCDay() + 6) % 7]);
          const minutes = (local % DAY) / 60_000;
          // The local time is the one asked for, or later by a DST gap (at most an hour here).
          expect(minutes - (h * 60 + m)).toBeGreaterThanOrEqual(0);
          expect(minutes - (h * 60 + m)).toBeLessThanOrEqual(60);
          expect(applyMustEndOn(end, r)).toBe(end);
        },
      ),
      { numRuns: 300 },
    );
  });
});
