/**
 * Engagement (SPEC §5). Pure functions; the clock, window and model are parameters.
 *
 * - Each activity type has a weight (a band value 0–100) in the active weighting model.
 * - Each (person, type, UTC day) counts at most `dailyCap` (20) times.
 * - Person raw = Σ over types and days of min(count, cap) × weight / 100.
 * - A member's role share = band of their role / Σ bands of the roles with ≥ 1 member.
 * - Group raw = Σ over members of person raw × role share.
 * - Displayed score = 100 × (1 − e^(−raw / K)).
 */
import { DAY_MS } from '../clock.ts';

export const ACTIVITY_BANDS = { no_weight: 0, trivial: 20, minor: 40, normal: 60, important: 80, vital: 100 } as const;

export interface WeightingModel {
  /** Activity type → weight 0–100. Types not listed weigh 0. */
  weights: Readonly<Record<string, number>>;
  /** Window in days (default 30). */
  windowDays: number;
  /** Per (person, type, day) cap (default 20). */
  dailyCap: number;
  /** Transform constant K (default 20). */
  k: number;
}

export const DEFAULT_WEIGHTING_MODEL: WeightingModel = {
  weights: {
    event_attended: 60,
    event_registered: 60,
    interesting_moment: 60,
    form_filled: 40,
    page_viewed: 40,
    link_clicked: 40,
    email_clicked: 30,
    email_opened: 30,
  },
  windowDays: 30,
  dailyCap: 20,
  k: 20,
};

export interface ActivityFact {
  type: string;
  occurredAt: number;
}

/** The weight of an activity type (own keys only: a type named `constructor` weighs 0, not Object). */
export function weightOf(model: WeightingModel, type: string): number {
  return Object.hasOwn(model.weights, type) ? (model.weights[type] ?? 0) : 0;
}

/** Activities inside the window ending at `now`: occurredAt in (now − window, now]. */
export function inWindow(occurredAt: number, now: number, windowDays: number): boolean {
  return occurredAt > now - windowDays * DAY_MS && occurredAt <= now;
}

/** How many activities of one type a person had on one UTC day (`day` = floor(epoch ms / DAY_MS)). */
export interface DailyCount {
  type: string;
  day: number;
  count: number;
}

/** Canonical order of the terms of a person's raw engagement: type (code-unit order), then day. */
function compareDailyCounts(a: DailyCount, b: DailyCount): number {
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return a.day - b.day;
}

/**
 * Person raw engagement from per-(type, UTC day) counts of the activities in the window:
 * Σ min(count, cap) × weight / 100. The terms are added in one canonical order (type, then day),
 * so the result is the same double whatever order the counts arrive in — from SQL (full
 * recompute, incremental update) or from `personRawEngagement` — and the paths agree exactly.
 */
export function rawFromDailyCounts(counts: readonly DailyCount[], model: WeightingModel): number {
  const terms = counts.filter((c) => weightOf(model, c.type) !== 0 && c.count > 0).sort(compareDailyCounts);
  let raw = 0;
  for (const c of terms) raw += (Math.min(c.count, model.dailyCap) * weightOf(model, c.type)) / 100;
  return raw;
}

/** Person raw engagement from their activities (any order). */
export function personRawEngagement(activities: readonly ActivityFact[], model: WeightingModel, now: number): number {
  const counts = new Map<string, DailyCount>();
  for (const a of activities) {
    if (!inWindow(a.occurredAt, now, model.windowDays)) continue;
    if (weightOf(model, a.type) === 0) continue;
    const day = Math.floor(a.occurredAt / DAY_MS);
    const key = `${a.type}\u0000${day}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { type: a.type, day, count: 1 });
  }
  return rawFromDailyCounts([...counts.values()], model);
}

export interface MemberEngagement {
  roleId: string;
  raw: number;
}

/** Role shares: band / Σ bands of the roles present (with ≥ 1 member). */
export function roleShares(members: readonly { roleId: string }[], bandOf: (roleId: string) => number): Map<string, number> {
  const present = new Set(members.map((m) => m.roleId));
  let total = 0;
  for (const r of present) total += bandOf(r);
  const shares = new Map<string, number>();
  for (const r of present) shares.set(r, total === 0 ? 0 : bandOf(r) / total);
  return shares;
}

export function groupRawEngagement(members: readonly MemberEngagement[], bandOf: (roleId: string) => number): number {
  const shares = roleShares(members, bandOf);
  return members.reduce((sum, m) => sum + m.raw * (shares.get(m.roleId) ?? 0), 0);
}

/** 0–100, monotone, bounded, local: 100 × (1 − e^(−raw/K)). */
export function engagementScore(raw: number, k: number = DEFAULT_WEIGHTING_MODEL.k): number {
  if (raw <= 0) return 0;
  return 100 * (1 - Math.exp(-raw / k));
}
