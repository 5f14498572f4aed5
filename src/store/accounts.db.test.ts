/**
 * Accounts below HTTP: create/update/delete rules, the parent must exist and never close a cycle,
 * custom attributes with their normalised twin, and deletion refused while the account has child
 * accounts, is named in a condition or has buying groups (what goes with it otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from './accounts.ts';
import { createPerson } from './people.ts';
import { createRelation } from './relations.ts';
import { addAccountListMembers, createAccountList, deleteAccountList } from './account-lists.ts';
import { ingestActivities } from './activities.ts';
import { parseJson } from './db.ts';
import { QuorumError } from '../domain/errors.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../engine/jobs.ts';
import { accountFields, personFields, smallTenant, T0 } from '../engine/test-fixtures.ts';

async function refusal(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the write was applied');
}

describe(`accounts repository (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  const account = (name: string, parentId: string | null = null) => createAccount(t.db, SYSTEM_ACTOR, accountFields(name, parentId), T0);

  it('creates with every field stored, normalised twins and version 1; updates bump the version', async () => {
    const a = await createAccount(t.db, SYSTEM_ACTOR, { ...accountFields('  Ärger GmbH'), domain: 'Arger.DE', industry: 'Software', employees: 120, country: 'DE' }, T0);
    expect(a).toMatchObject({ name: '  Ärger GmbH', domain: 'Arger.DE', employees: 120, parentId: null, version: 1, createdAt: T0, updatedAt: T0 });
    const row = await t.db.selectFrom('accounts').select(['name_norm', 'domain_norm', 'industry_norm']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name_norm: 'ärger gmbh', domain_norm: 'arger.de', industry_norm: 'software' });
    const b = await updateAccount(t.db, SYSTEM_ACTOR, a.id, { city: 'Berlin' }, T0 + 1, a.version);
    expect(b).toMatchObject({ city: 'Berlin', industry: 'Software', version: 2, updatedAt: T0 + 1 });
    expect((await refusal(updateAccount(t.db, SYSTEM_ACTOR, a.id, { city: 'Bonn' }, T0 + 2, 1))).code).toBe('precondition_failed');
    expect((await refusal(updateAccount(t.db, SYSTEM_ACTOR, 'acc_missing', { city: 'Bonn' }, T0 + 2))).code).toBe('not_found');
    expect((await getAccount(t.db, a.id)).city).toBe('Berlin');
  });

  it('custom attributes are stored as given, with a normalised twin for matching, and replaced as a whole', async () => {
    const a = await createAccount(t.db, SYSTEM_ACTOR, { ...accountFields('Custom Co'), custom: { Tier: 'GOLD', seats: 40, partner: true, tags: ['A', 'b'] } }, T0);
    expect(a.custom).toEqual({ Tier: 'GOLD', seats: 40, partner: true, tags: ['A', 'b'] });
    const norm = await t.db.selectFrom('accounts').select('custom_norm').where('id', '=', a.id).executeTakeFirstOrThrow();
    const twin = parseJson<Record<string, unknown>>(norm.custom_norm);
    expect(twin).toMatchObject({ seats: 40, partner: true });
    expect(JSON.stringify(twin)).toContain('gold');
    expect(JSON.stringify(twin)).not.toContain('GOLD');
    const b = await updateAccount(t.db, SYSTEM_ACTOR, a.id, { custom: { Tier: 'Silver' } }, T0 + 1);
    expect(b.custom).toEqual({ Tier: 'Silver' });
  });

  it('the parent must exist', async () => {
    const e = await refusal(account('Orphan', 'acc_nowhere'));
    expect(e).toMatchObject({ code: 'validation_failed', errors: [{ field: '/parentId', message: 'parent account acc_nowhere does not exist' }] });
    const child = await account('Child');
    const e2 = await refusal(updateAccount(t.db, SYSTEM_ACTOR, child.id, { parentId: 'acc_nowhere' }, T0 + 1));
    expect(e2.errors[0]?.field).toBe('/parentId');
    expect((await getAccount(t.db, child.id)).parentId).toBeNull();
  });

  it('refuses a cycle: itself, a child or a deeper descendant as parent; a move elsewhere is fine', async () => {
    const root = await account('Root');
    const mid = await account('Mid', root.id);
    const leaf = await account('Leaf', mid.id);
    const self = await refusal(updateAccount(t.db, SYSTEM_ACTOR, root.id, { parentId: root.id }, T0 + 1));
    expect(self).toMatchObject({ code: 'hierarchy_cycle', errors: [{ field: '/parentId', message: 'an account cannot be its own parent' }] });
    const child = await refusal(updateAccount(t.db, SYSTEM_ACTOR, root.id, { parentId: mid.id }, T0 + 1));
    expect(child.code).toBe('hierarchy_cycle');
    const deep = await refusal(updateAccount(t.db, SYSTEM_ACTOR, root.id, { parentId: leaf.id }, T0 + 1));
    expect(deep.errors).toEqual([{ field: '/parentId', message: `account ${leaf.id} is below this account in the hierarchy; making it the parent would create a cycle` }]);
    expect((await getAccount(t.db, root.id)).parentId).toBeNull();
    // Moving the leaf up to the root, and a patch that leaves the parent alone, pass.
    expect((await updateAccount(t.db, SYSTEM_ACTOR, leaf.id, { parentId: root.id }, T0 + 2)).parentId).toBe(root.id);
    expect((await updateAccount(t.db, SYSTEM_ACTOR, mid.id, { city: 'Paris' }, T0 + 2)).parentId).toBe(root.id);
    const children = await listAccounts(t.db, { parentId: root.id, limit: 10, sort: 'name' });
    expect(children.data.map((a) => a.name)).toEqual(['Leaf', 'Mid']);
  });

  it('deletion is refused with children and while a condition names the account', async () => {
    const parent = await account('Parent');
    const kid = await account('Kid', parent.id);
    const e = await refusal(deleteAccount(t.db, SYSTEM_ACTOR, parent.id, T0 + 1));
    expect(e).toMatchObject({ code: 'in_use', errors: [{ field: '/id', message: `account ${parent.id} has child accounts (e.g. ${kid.id}); move or delete them first` }] });
    await deleteAccount(t.db, SYSTEM_ACTOR, kid.id, T0 + 1);
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Below parent', description: null, kind: 'dynamic', condition: { descendantOf: parent.id } }, T0 + 1);
    const named = await refusal(deleteAccount(t.db, SYSTEM_ACTOR, parent.id, T0 + 2));
    expect(named.code).toBe('in_use');
    expect(named.message).toBe(`account ${parent.id} is named in conditions of account list "Below parent" (${list.id}); change those first`);
    await deleteAccountList(t.db, SYSTEM_ACTOR, list.id, T0 + 2, list.version);
    await deleteAccount(t.db, SYSTEM_ACTOR, parent.id, T0 + 3);
    expect((await refusal(getAccount(t.db, parent.id))).code).toBe('not_found');
  });

  it('a deleted account takes its relations and list memberships; activities keep the person', async () => {
    const a = await account('Going');
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('stays@example.com', 'Engineer'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, a.id, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Static', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, list.id, [a.id], T0);
    const [activity] = await ingestActivities(t.db, SYSTEM_ACTOR, [{ personId: p.id, accountId: a.id, type: 'email_opened', occurredAt: T0 }], T0);
    await deleteAccount(t.db, SYSTEM_ACTOR, a.id, T0 + 1, 1);
    expect(await t.db.selectFrom('account_people').select('id').where('account_id', '=', a.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('account_list_members').select('list_id').where('account_id', '=', a.id).execute()).toEqual([]);
    const kept = await t.db.selectFrom('activities').select(['person_id', 'account_id']).where('id', '=', activity!.id).executeTakeFirstOrThrow();
    expect(kept).toEqual({ person_id: p.id, account_id: null });
    const entry = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', a.id).orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect(entry.action).toBe('delete');
  });

  it('deletion is refused while the account has a buying group', async () => {
    const tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    const acme = tenant.accounts[0] as string;
    const e = await refusal(deleteAccount(t.db, SYSTEM_ACTOR, acme, T0 + 1));
    expect(e.code).toBe('in_use');
    expect(e.message).toMatch(new RegExp(`^account ${acme} has buying groups \\(e\\.g\\. bg_`));
    expect((await getAccount(t.db, acme)).name).toBe('Acme');
  });
});
