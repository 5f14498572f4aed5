/**
 * A tenant for the export tests and the export benchmark, written straight into the tables (no
 * generation: the exports read what is stored). Groups of two solution interests on one template
 * that requires a Decision Maker (a role condition in words) and two Influencers (a persona);
 * members vary by group (none, a Decision Maker, one or two Influencers), some names carry
 * commas, quotes and line breaks, and some text starts with "=" (formula injection).
 */
import type { Insertable, Kysely } from 'kysely';
import type { AccountsTable, BuyingGroupMembersTable, BuyingGroupsTable, DB, PeopleTable } from '../store/schema.ts';
import { normText } from '../domain/index.ts';

export const T0 = Date.parse('2026-05-01T00:00:00Z');

export const DM_CONDITION = { all: [{ field: 'jobTitle', op: 'starts_with', value: ['CISO', 'CIO'] }, { field: 'seniority', op: 'is', value: 'C-level' }] };
export const DM_WORDS = 'job title starts with “CISO” or “CIO” and seniority is “C-level”';
export const INFLUENCER_WORDS = 'matches persona “IT leaders” (derived function is “it”)';

/** The account name of the i-th account: some need quoting in CSV. */
export function accountName(i: number): string {
  if (i % 7 === 3) return `Acme, "Holdings" ${i}\nEurope`;
  if (i % 11 === 5) return `=HYPERLINK("x") ${i}`;
  return `Account ${String(i).padStart(6, '0')}`;
}

/** Which roles the i-th group's members hold: none, DM, DM + 1 influencer, DM + 2 influencers. */
export function membersOf(i: number): ('rol_decision_maker' | 'rol_influencer')[] {
  const k = i % 4;
  return k === 0 ? [] : k === 1 ? ['rol_decision_maker'] : k === 2 ? ['rol_decision_maker', 'rol_influencer'] : ['rol_decision_maker', 'rol_influencer', 'rol_influencer'];
}

async function inChunks<T>(rows: T[], size: number, insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let k = 0; k < rows.length; k += size) await insert(rows.slice(k, k + size));
}

export async function seedExportData(db: Kysely<DB>, opts: { groups: number }): Promise<void> {
  const n = opts.groups;
  const at = (i: number) => T0 + i * 1000;
  await db
    .insertInto('personas')
    .values({ id: 'psn_it', name: 'IT leaders', name_norm: 'it leaders', description: null, condition: JSON.stringify({ field: 'derivedFunction', op: 'is', value: 'it' }), created_at: T0, updated_at: T0, version: 1 })
    .execute();
  await db.insertInto('roles_templates').values({ id: 'tpl_x', name: 'Security template', name_norm: 'security template', description: null, status: 'live', duplicated_from: null, published_at: T0, created_at: T0, updated_at: T0, version: 1 }).execute();
  const def = (position: number, roleId: string, required: boolean, membersRequired: number, condition: unknown) => ({
    template_id: 'tpl_x',
    position,
    role_id: roleId,
    weighting_band: 'normal',
    auto_assign: condition === null ? 0 : 1,
    condition: condition === null ? null : JSON.stringify(condition),
    required: required ? 1 : 0,
    members_required: membersRequired,
  });
  await db
    .insertInto('template_roles')
    .values([def(0, 'rol_decision_maker', true, 1, DM_CONDITION), def(1, 'rol_influencer', true, 2, { persona: 'psn_it' }), def(2, 'rol_champion', false, 1, null)])
    .execute();
  const si = (id: string, name: string) => ({ id, name, name_norm: normText(name), description: null, products: '[]', template_id: 'tpl_x', stage_model_id: null, follow_membership_changes: 1, created_at: T0, updated_at: T0, version: 1 });
  await db.insertInto('solution_interests').values([si('si_sec', 'Security'), si('si_data', 'Data')]).execute();

  const accounts: Insertable<AccountsTable>[] = [];
  const groups: Insertable<BuyingGroupsTable>[] = [];
  const people: Insertable<PeopleTable>[] = [];
  const members: Insertable<BuyingGroupMembersTable>[] = [];
  for (let i = 0; i < n; i++) {
    const id = `acc_${String(i).padStart(7, '0')}`;
    const name = accountName(i);
    const country = i % 2 ? 'Germany' : 'United States';
    accounts.push({ id, name, name_norm: normText(name), domain: `a${i}.example.com`, domain_norm: `a${i}.example.com`, country, country_norm: normText(country), custom: '{}', custom_norm: '{}', created_at: T0, updated_at: T0, version: 1 });
    const siId = i % 3 === 0 ? 'si_data' : 'si_sec';
    const gName = `${siId === 'si_sec' ? 'Security' : 'Data'} for ${name}`;
    const roles = membersOf(i);
    const dm = roles.includes('rol_decision_maker') ? 1 : 0;
    const inf = roles.filter((r) => r === 'rol_influencer').length;
    const completeness = ((dm + Math.min(inf, 2) / 2) / 2) * 100;
    groups.push({
      account_id: id,
      id: `bg_${String(i).padStart(7, '0')}`,
      solution_interest_id: siId,
      template_id: 'tpl_x',
      name: gName,
      name_norm: normText(gName),
      status_label: i % 5 === 0 ? 'Nurture, "hot"' : null,
      status_label_norm: i % 5 === 0 ? normText('Nurture, "hot"') : null,
      stage: null,
      completeness,
      engagement: (i * 7) % 100,
      active: i % 13 === 0 ? 0 : 1,
      created_at: at(i),
      updated_at: at(i),
    });
    roles.forEach((roleId, k) => {
      const pid = `per_${String(i).padStart(7, '0')}_${k}`;
      const title = roleId === 'rol_decision_maker' ? 'CISO' : k === 1 ? 'IT Director, "Infra"' : '+Lead engineer';
      people.push({
        id: pid,
        email: `p${i}.${k}@a${i}.example.com`,
        email_norm: `p${i}.${k}@a${i}.example.com`,
        first_name: `First${k}`,
        first_name_norm: `first${k}`,
        last_name: `Last ${i}`,
        last_name_norm: `last ${i}`,
        job_title: title,
        job_title_norm: normText(title),
        email_invalid: 0,
        email_suspended: 0,
        unsubscribed: 0,
        engagement_score: (i + k * 10) % 100,
        custom: '{}',
        custom_norm: '{}',
        created_at: T0,
        updated_at: T0,
        version: 1,
      });
      members.push({ account_id: id, buying_group_id: `bg_${String(i).padStart(7, '0')}`, person_id: pid, role_id: roleId, source: 'rule' as const, removed: 0, added_at: at(i) + k, removed_at: null, updated_at: at(i) + k });
    });
  }
  await db.transaction().execute(async (trx) => {
    await inChunks(accounts, 500, (p) => trx.insertInto('accounts').values(p).execute());
    await inChunks(groups, 500, (p) => trx.insertInto('buying_groups').values(p).execute());
    await inChunks(people, 500, (p) => trx.insertInto('people').values(p).execute());
    await inChunks(members, 500, (p) => trx.insertInto('buying_group_members').values(p).execute());
  });
}
