/**
 * Credit budgets (issue 11): a run may spend at most `perRun` credits and all runs of a calendar
 * month (UTC) at most `perMonth`, never exceeded even when runs overlap. A run first *reserves*
 * the most its enrichment can cost (the provider's maxCost), within what the month has left after
 * what is spent and what other runs hold reserved; after the provider answers, the reservation is
 * *settled* to what was actually charged (never more than reserved: a provider charging more is
 * an error the run reports, and the surplus is still booked so the month stays truthful). The
 * store does reserve/settle in one transaction each (store/credit-ledger.ts); these rules are
 * the pure part both use.
 */

export interface CreditBudget {
  /** Credits one run may spend (CLI --budget, API `budget`). */
  perRun: number;
  /** Credits all runs of a calendar month may spend. */
  perMonth: number;
}

/** The month's ledger line for one provider. */
export interface MonthUsage {
  spent: number;
  reserved: number;
}

/** `YYYY-MM` of an instant (UTC): budgets reset on the first of each month. */
export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** Credits a new reservation may take now: what the run still may spend, within what the month has left. */
export function available(budget: CreditBudget, usage: MonthUsage, runSpentOrReserved: number): number {
  const month = budget.perMonth - usage.spent - usage.reserved;
  const run = budget.perRun - runSpentOrReserved;
  return Math.max(0, Math.min(month, run));
}

/** How many of `wanted` contacts one enrichment can take when each may cost `costEach`. */
export function affordable(wanted: number, credits: number, costEach = 1): number {
  if (costEach <= 0) return wanted;
  return Math.max(0, Math.min(wanted, Math.floor(credits / costEach)));
}

/** The usage after a reservation of `credits` is settled to `charged` (charged may exceed it only by provider error). */
export function settle(usage: MonthUsage, reserved: number, charged: number): MonthUsage {
  return { spent: usage.spent + charged, reserved: Math.max(0, usage.reserved - reserved) };
}
