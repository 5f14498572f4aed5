/**
 * The benchmark tenant's configuration — a persona, a Live roles template of 5 roles with 2–4
 * conditions each, a solution interest and a static audience of all accounts — created through
 * the store (the same validation as the API), and the floor: the same role predicates written by
 * hand as ONE INSERT … SELECT with a CASE, into a scratch table.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/store/schema.ts';
import type { Engine } from '../src/store/db.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { createPersona } from '../src/store/personas.ts';
import { createRolesTemplate, publishRolesTemplate } from '../src/store/roles-templates.ts';
import { createSolutionInterest } from '../src/store/solution-interests.ts';
import { addAccountListMembers, createAccountList, MAX_MEMBERS_PER_CALL } from '../src/store/account-lists.ts';
import { utcDay } from '../src/domain/clock.ts';
import type { Condition } from '../src/domain/conditions/index.ts';

export interface BenchConfig {
  solutionInterestId: string;
  templateId: string;
  listId: string;
  personaId: string;
}

const seniority = (...value: string[]): Condition => (value.length === 1 ? { field: 'derivedSeniority', op: 'is', value: value[0] as string } : { field: 'derivedSeniority', op: 'is_one_of', value });
const fn = (...value: string[]): Condition => (value.length === 1 ? { field: 'derivedFunction', op: 'is', value: value[0] as string } : { field: 'derivedFunction', op: 'is_one_of', value });

/**
 * Roles, in priority order:
 * 1. Decision Maker (vital, required ×1): title starts with CISO / CIO / Chief Information / Chief
 *    Security, or persona "IT leadership" (CXO or VP, in IT).
 * 2. Influencer (important, required ×1): IT/security directors, or legal leaders.
 * 3. Practitioner (normal, required ×2): IT/security managers and senior or entry staff whose
 *    title does not contain "intern".
 * 4. Executive Steering Committee (minor): CXOs of finance or operations (the CEO's primary function).
 * 5. Champion (important): MQLs from webinars or trade shows in engineering, product or research.
 */
export async function createBenchConfig(db: Kysely<DB>, accountIds: readonly string[], now: number): Promise<BenchConfig> {
  const persona = await createPersona(
    db,
    SYSTEM_ACTOR,
    { name: 'IT leadership', description: 'CXOs and VPs of IT (security included: its primary function is IT)', condition: { all: [seniority('cxo', 'vp'), fn('information_technology')] } },
    now,
  );
  const template = await createRolesTemplate(
    db,
    SYSTEM_ACTOR,
    {
      name: 'Security platform (benchmark)',
      description: 'Five roles, two to four conditions each',
      roles: [
        {
          roleId: 'rol_decision_maker',
          weightingBand: 'vital',
          autoAssign: true,
          condition: { any: [{ field: 'jobTitle', op: 'starts_with', value: ['CISO', 'CIO', 'Chief Information', 'Chief Security'] }, { persona: persona.id }] },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_influencer',
          weightingBand: 'important',
          autoAssign: true,
          condition: { any: [{ all: [fn('information_technology'), seniority('director')] }, { all: [fn('legal'), seniority('cxo', 'vp', 'director')] }] },
          required: true,
          membersRequired: 1,
        },
        {
          roleId: 'rol_practitioner',
          weightingBand: 'normal',
          autoAssign: true,
          condition: { all: [fn('information_technology'), seniority('manager', 'senior', 'entry'), { not: { field: 'jobTitle', op: 'contains', value: 'intern' } }] },
          required: true,
          membersRequired: 2,
        },
        {
          roleId: 'rol_executive_steering_committee',
          weightingBand: 'minor',
          autoAssign: true,
          condition: { all: [seniority('cxo'), fn('finance', 'operations')] },
          required: false,
          membersRequired: 1,
        },
        {
          roleId: 'rol_champion',
          weightingBand: 'important',
          autoAssign: true,
          condition: {
            all: [
              { field: 'custom.leadSource', op: 'is_one_of', value: ['Webinar', 'Trade show'] },
              { field: 'custom.mql', type: 'boolean', op: 'is_true' },
              fn('engineering', 'product_management', 'research'),
            ],
          },
          required: false,
          membersRequired: 1,
        },
      ],
    },
    now,
  );
  await publishRolesTemplate(db, SYSTEM_ACTOR, template.id, now, template.version);
  const si = await createSolutionInterest(
    db,
    SYSTEM_ACTOR,
    { name: 'Zero Trust Security', description: null, products: ['Access Gateway'], templateId: template.id, stageModelId: null, followMembershipChanges: true },
    now,
  );
  const list = await createAccountList(db, SYSTEM_ACTOR, { name: 'All accounts', description: 'The whole tenant', kind: 'static' }, now);
  for (let i = 0; i < accountIds.length; i += MAX_MEMBERS_PER_CALL) await addAccountListMembers(db, SYSTEM_ACTOR, list.id, accountIds.slice(i, i + MAX_MEMBERS_PER_CALL), now);
  return { solutionInterestId: si.id, templateId: template.id, listId: list.id, personaId: persona.id };
}

export const FLOOR_TABLE = 'bench_floor';

/** The role CASE, written by hand (the same predicates as the template, in priority order). */
export function roleCase(engine: Engine): string {
  const pg = engine === 'postgres';
  const leadSource = pg ? `(p.custom_norm ->> 'leadSource')` : `json_extract(p.custom_norm, '$.leadSource')`;
  const mql = pg ? `p.custom @> '{"mql": true}'` : `json_type(p.custom, '$.mql') = 'true'`;
  return `case
    when p.job_title_norm like 'ciso%' or p.job_title_norm like 'cio%' or p.job_title_norm like 'chief information%' or p.job_title_norm like 'chief security%'
      or (p.derived_seniority in ('cxo', 'vp') and p.derived_function = 'information_technology') then 'rol_decision_maker'
    when (p.derived_function = 'information_technology' and p.derived_seniority = 'director')
      or (p.derived_function = 'legal' and p.derived_seniority in ('cxo', 'vp', 'director')) then 'rol_influencer'
    when p.derived_function = 'information_technology' and p.derived_seniority in ('manager', 'senior', 'entry')
      and not (p.job_title_norm is not null and p.job_title_norm like '%intern%') then 'rol_practitioner'
    when p.derived_seniority = 'cxo' and p.derived_function in ('finance', 'operations') then 'rol_executive_steering_committee'
    when ${leadSource} in ('webinar', 'trade show') and ${mql} and p.derived_function in ('engineering', 'product_management', 'research') then 'rol_champion'
  end`;
}

/** Drops and creates the scratch table (not timed). */
export async function prepareFloor(db: Kysely<DB>): Promise<void> {
  await sql.raw(`drop table if exists ${FLOOR_TABLE}`).execute(db);
  await sql.raw(`create table ${FLOOR_TABLE} (account_id text not null, person_id text not null, role_id text not null)`).execute(db);
}

export type FloorVariant = 'join' | 'ordered';

/**
 * The floor: one INSERT … SELECT over the audience's related people. Returns the rows inserted.
 * - `join`: the straightforward statement (audience → relations → people);
 * - `ordered`: the same assignment with the relations materialised in person-id order before the
 *   people are read (people rows probed in key order, i.e. about sequentially when the audience is
 *   the whole tenant) — the fastest single statement found for SQLite.
 */
export async function runFloor(db: Kysely<DB>, engine: Engine, listId: string, now: number, variant: FloorVariant): Promise<number> {
  const today = utcDay(now);
  const join = engine === 'sqlite' ? sql`cross join` : sql`inner join`;
  const query =
    variant === 'join'
      ? sql`select rel.account_id, rel.person_id, ${sql.raw(roleCase(engine))} as role_id
      from account_list_members as alm
      inner join account_people as rel on rel.account_id = alm.account_id
      inner join people as p on p.id = rel.person_id
      where alm.list_id = ${listId} and (rel.ended_on is null or rel.ended_on > ${today})`
      : sql`with rel as materialized (
        select rel.account_id, rel.person_id from account_list_members as alm inner join account_people as rel on rel.account_id = alm.account_id
        where alm.list_id = ${listId} and (rel.ended_on is null or rel.ended_on > ${today}) order by rel.person_id
      )
      select rel.account_id, rel.person_id, ${sql.raw(roleCase(engine))} as role_id from rel ${join} people as p on p.id = rel.person_id`;
  const result = await sql`insert into ${sql.table(FLOOR_TABLE)} (account_id, person_id, role_id)
    select account_id, person_id, role_id from (${query}) as assigned where role_id is not null`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
