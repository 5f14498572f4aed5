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

/** Activities inside the window ending at `now`: occurredAt in (now − window, now]. */
export function inWindow(occurredAt: number, now: number, windowDays: number): boolean {
  return occurredAt > now - windowDays * DAY_MS && occurredAt <= now;
}

/** Person raw engagement from their activities. */
export function personRawEngagement(activities: readonly ActivityFact[], model: WeightingModel, now: number): number {
  const counts = new Map<string, number>();
  for (const a of activities) {
    if (!inWindow(a.occurredAt, now, model.windowDays)) continue;
    const weight = model.weights[a.type] ?? 0;
    if (weight === 0) continue;
    const key = `${a.type}\u0000${Math.floor(a.occurredAt / DAY_MS)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let raw = 0;
  for (const [key, count] of counts) {
    const type = key.slice(0, key.indexOf('\u0000'));
    raw += (Math.min(count, model.dailyCap) * (model.weights[type] ?? 0)) / 100;
  }
  return raw;
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
