/**
 * The Overview's numbers for a filtered set of buying groups (the same filters as the list):
 * completeness and engagement in four bands of displayed scores, groups by solution interest and by
 * stage, and how often each required role is missing. Each is one aggregate query.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from './schema.ts';
import { buyingGroupFilters, type BuyingGroupQuery } from './buying-groups.ts';

/** Bands of displayed scores (whole percent, half up): 0–25 is an exact score below 25.5, and so on. */
export const SCORE_BANDS = [
  { label: '0–25', minExact: 0, belowExact: 25.5 },
  { label: '26–50', minExact: 25.5, belowExact: 50.5 },
  { label: '51–75', minExact: 50.5, belowExact: 75.5 },
  { label: '76–100', minExact: 75.5, belowExact: 100.5 },
] as const;

export interface BandCount {
  label: string;
  minExact: number;
  belowExact: number;
  count: number;
}

export interface BuyingGroupStats {
  total: number;
  active: number;
  withMissingRoles: number;
  completeness: BandCount[];
  engagement: BandCount[];
  bySolutionInterest: { solutionInterestId: string; count: number }[];
  byStage: { solutionInterestId: string; stage: string | null; count: number }[];
  missingRoles: { roleId: string; count: number }[];
}

function filtered(db: Kysely<DB>, where: readonly Expression<SqlBool>[]) {
  let qb = db.selectFrom('buying_groups').innerJoin('accounts', 'accounts.id', 'buying_groups.account_id');
  for (const w of where) qb = qb.where(w);
  return qb;
}

export async function buyingGroupStats(db: Kysely<DB>, query: Omit<BuyingGroupQuery, 'limit' | 'cursor' | 'sort'>, now: number): Promise<BuyingGroupStats> {
  const where = await buyingGroupFilters(db, { ...query, limit: 1 }, now);
  const band = (column: 'completeness' | 'engagement', b: (typeof SCORE_BANDS)[number], i: number) =>
    sql<number>`sum(case when ${sql.ref(`buying_groups.${column}`)} >= ${b.minExact} and ${sql.ref(`buying_groups.${column}`)} < ${b.belowExact} then 1 else 0 end)`.as(`${column}_${i}`);
  const totals = await filtered(db, where)
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`sum(buying_groups.active)`.as('active'),
      ...SCORE_BANDS.map((b, i) => band('completeness', b, i)),
      ...SCORE_BANDS.map((b, i) => band('engagement', b, i)),
    ])
    .executeTakeFirstOrThrow();
  const row = totals as unknown as Record<string, number | string | null>;
  const n = (k: string) => Number(row[k] ?? 0);
  const bySi = await filtered(db, where)
    .select(['buying_groups.solution_interest_id as si', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('buying_groups.solution_interest_id')
    .orderBy('n', 'desc')
    .execute();
  const byStage = await filtered(db, where)
    .select(['buying_groups.solution_interest_id as si', 'buying_groups.stage as stage', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['buying_groups.solution_interest_id', 'buying_groups.stage'])
    .orderBy('n', 'desc')
    .execute();
  // A required role is missing in a group of a template that requires it when no current member holds it.
  const required = await db.selectFrom('template_roles').select(['template_id', 'role_id']).where('required', '=', 1).execute();
  const templatesOf = new Map<string, string[]>();
  for (const r of required) templatesOf.set(r.role_id, [...(templatesOf.get(r.role_id) ?? []), r.template_id]);
  const missingRoles: { roleId: string; count: number }[] = [];
  for (const [roleId, templates] of templatesOf) {
    const r = await filtered(db, where)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('buying_groups.template_id', 'in', templates)
      .where(sql<SqlBool>`not exists (select 1 from buying_group_members as m where m.buying_group_id = buying_groups.id and m.role_id = ${roleId} and m.removed = 0)`)
      .executeTakeFirstOrThrow();
    if (Number(r.n) > 0) missingRoles.push({ roleId, count: Number(r.n) });
  }
  missingRoles.sort((a, b) => b.count - a.count || a.roleId.localeCompare(b.roleId));
  const withMissing = await countBuyingGroups(db, { ...query, hasMissingRoles: true }, now);
  return {
    total: n('total'),
    active: n('active'),
    withMissingRoles: Number(withMissing),
    completeness: SCORE_BANDS.map((b, i) => ({ ...b, count: n(`completeness_${i}`) })),
    engagement: SCORE_BANDS.map((b, i) => ({ ...b, count: n(`engagement_${i}`) })),
    bySolutionInterest: bySi.map((r) => ({ solutionInterestId: r.si, count: Number(r.n) })),
    byStage: byStage.map((r) => ({ solutionInterestId: r.si, stage: r.stage, count: Number(r.n) })),
    missingRoles,
  };
}

/** How many groups match the filters (one count over the same WHERE as the list). */
export async function countBuyingGroups(db: Kysely<DB>, query: Omit<BuyingGroupQuery, 'limit' | 'cursor' | 'sort'>, now: number): Promise<number> {
  const where = await buyingGroupFilters(db, { ...query, limit: 1 }, now);
  const r = await filtered(db, where).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
