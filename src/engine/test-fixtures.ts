/** A small tenant for engine tests: accounts, people, a Live template, a solution interest, a list. */
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson, type PersonFields } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { createRolesTemplate, publishRolesTemplate } from '../store/roles-templates.ts';
import { createSolutionInterest } from '../store/solution-interests.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';

export const T0 = Date.parse('2026-06-01T12:00:00Z');

export function personFields(email: string, jobTitle: string | null, extra: Partial<PersonFields> = {}): PersonFields {
  return {
    email,
    firstName: null,
    lastName: null,
    jobTitle,
    department: null,
    seniority: null,
    phone: null,
    country: null,
    state: null,
    city: null,
    postalCode: null,
    externalId: null,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: false,
    custom: {},
    explicitSeniority: null,
    explicitFunction: null,
    ...extra,
  };
}

export const accountFields = (name: string, parentId: string | null = null) => ({
  name,
  domain: null,
  industry: null,
  employees: null,
  annualRevenue: null,
  country: null,
  region: null,
  state: null,
  city: null,
  sicCode: null,
  externalId: null,
  parentId,
  custom: {},
});

/**
 * Template "Security" (priority order):
 *   Decision Maker (vital, required): derived seniority is cxo
 *   Influencer (important, required ×2): derived seniority is one of vp, director
 *   Practitioner (normal, not required): job title contains "engineer"
 */
export async function securityTemplate(db: Kysely<DB>): Promise<{ templateId: string; solutionInterestId: string }> {
  const tpl = await createRolesTemplate(
    db,
    SYSTEM_ACTOR,
    {
      name: 'Security',
      description: null,
      roles: [
        { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is', value: 'cxo' }, required: true, membersRequired: 1 },
        { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'director'] }, required: true, membersRequired: 2 },
        { roleId: 'rol_practitioner', weightingBand: 'normal', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'engineer' }, required: false, membersRequired: 1 },
      ],
    },
    T0,
  );
  await publishRolesTemplate(db, SYSTEM_ACTOR, tpl.id, T0, undefined);
  const si = await createSolutionInterest(db, SYSTEM_ACTOR, { name: 'Security Suite', description: null, products: ['SIEM'], templateId: tpl.id, stageModelId: null, followMembershipChanges: true }, T0);
  return { templateId: tpl.id, solutionInterestId: si.id };
}

export interface Tenant {
  accounts: string[];
  people: Record<string, string>;
  listId: string;
  templateId: string;
  solutionInterestId: string;
}

/** Two accounts with a few people each, both in a static list. */
export async function smallTenant(db: Kysely<DB>): Promise<Tenant> {
  const acme = await createAccount(db, SYSTEM_ACTOR, accountFields('Acme'), T0);
  const globex = await createAccount(db, SYSTEM_ACTOR, accountFields('Globex'), T0);
  const people: Record<string, string> = {};
  const add = async (key: string, account: string, title: string | null, endedOn: string | null = null) => {
    const p = await createPerson(db, SYSTEM_ACTOR, personFields(`${key}@example.com`, title), T0);
    people[key] = p.id;
    await createRelation(db, SYSTEM_ACTOR, account, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn }, T0);
  };
  await add('ciso', acme.id, 'CISO');
  await add('vp', acme.id, 'VP, Security Engineering'); // matches Influencer and Practitioner: Influencer wins
  await add('eng', acme.id, 'Security Engineer');
  await add('left', acme.id, 'Chief Risk Officer', '2026-01-31'); // left the account
  await add('clerk', acme.id, 'Office clerk');
  await add('gdir', globex.id, 'Director of IT');
  const { templateId, solutionInterestId } = await securityTemplate(db);
  const list = await createAccountList(db, SYSTEM_ACTOR, { name: 'Targets', description: null, kind: 'static' }, T0);
  await addAccountListMembers(db, SYSTEM_ACTOR, list.id, [acme.id, globex.id], T0);
  return { accounts: [acme.id, globex.id], people, listId: list.id, templateId, solutionInterestId };
}
