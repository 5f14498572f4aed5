/** People in words: names, and the closed sets of derived seniority and function (domain/people/derive.ts). */
export const DERIVED_SENIORITIES = ['c-level', 'vp', 'director', 'manager', 'individual contributor'] as const;

export const DERIVED_FUNCTIONS = [
  'executive',
  'it',
  'engineering',
  'security',
  'data',
  'product',
  'design',
  'marketing',
  'sales',
  'customer success',
  'finance',
  'legal',
  'hr',
  'procurement',
  'operations',
] as const;

const UPPER = new Set(['it', 'hr', 'vp']);

/** "c-level" → "C-level", "it" → "IT", "customer success" → "Customer success". */
export function label(value: string | null | undefined): string {
  if (!value) return '—';
  if (UPPER.has(value)) return value.toUpperCase();
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function fullName(p: { firstName: string | null; lastName: string | null; email: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email;
}

/** "1,200" or "—". */
export function formatNumber(n: number | null | undefined): string {
  return n == null ? '—' : n.toLocaleString();
}

/** "2026-01-31" as a local date, or "—". */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
}
