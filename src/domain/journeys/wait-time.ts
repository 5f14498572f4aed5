/**
 * When a wait ends: its duration or date, then pushed to the first instant that satisfies "must
 * end on" (allowed weekdays, a time of day, in an IANA time zone). Uses Intl's time-zone data (no
 * library): wall-clock times are converted with the zone's offsets around them, so daylight-saving
 * changes are honoured — a time that does not exist (spring forward) moves forward by the gap, as
 * Temporal's 'compatible' disambiguation does; a time that exists twice (fall back) is the earlier.
 */
import { DAY_MS } from '../clock.ts';
import { WEEKDAYS, durationMs, type MustEndOn, type NodeOf } from './model.ts';

const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time at `t` in the zone, as if it were UTC (epoch ms, seconds kept, ms dropped). */
export function wallClock(t: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(t)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!);
}

/** The zone's offset from UTC at `t` (ms). */
export function offsetAt(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The instant a wall-clock time (given as UTC epoch ms) happens in the zone (see header for gaps and overlaps). */
export function fromWallClock(local: number, timeZone: string): number {
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const valid = [local - before, local - after].filter((t) => t + offsetAt(t, timeZone) === local);
  if (valid.length) return Math.min(...valid);
  // In a gap: the offset in force before the change puts it as far after the gap's start as it was meant to be.
  return local - before;
}

/** Monday = 0 … Sunday = 6 of a UTC-midnight day value. */
function weekdayIndex(dayUtc: number): number {
  return (new Date(dayUtc).getUTCDay() + 6) % 7;
}

/**
 * The first instant ≥ `t` that satisfies the rule: on an allowed weekday (local) and, when a time
 * of day is given, at that local time; without a time of day, `t` itself when its local day is
 * allowed, else the start of the next allowed local day.
 */
export function applyMustEndOn(t: number, rule: MustEndOn): number {
  const allowed = new Set((rule.weekdays ?? WEEKDAYS).map((d) => WEEKDAYS.indexOf(d)));
  const local = wallClock(t, rule.timeZone);
  const today = Math.floor(local / DAY_MS) * DAY_MS;
  const [h, m] = rule.timeOfDay ? rule.timeOfDay.split(':').map(Number) : [null, null];
  // Eight days reach every weekday at least once after today's time has passed.
  for (let k = 0; k <= 8; k++) {
    const day = today + k * DAY_MS;
    if (!allowed.has(weekdayIndex(day))) continue;
    if (h === null) {
      if (k === 0) return t;
      return fromWallClock(day, rule.timeZone);
    }
    const at = fromWallClock(day + h * HOUR_MS + m! * 60_000, rule.timeZone);
    if (at >= t) return at;
  }
  throw new Error('unreachable: every week has an allowed day');
}

/** When a wait entered at `enteredAt` ends. A date in the past ends it at once (at `enteredAt`). */
export function waitEnd(node: NodeOf<'wait'>, enteredAt: number): number {
  let end: number;
  switch (node.wait.type) {
    case 'duration':
      end = enteredAt + durationMs(node.wait.duration);
      break;
    case 'until':
      end = Math.max(enteredAt, Date.parse(node.wait.until));
      break;
  }
  return node.mustEndOn ? applyMustEndOn(end, node.mustEndOn) : end;
}
