/**
 * People below HTTP: emails unique regardless of case, derived seniority and function recomputed
 * from the title (and department) on every write, and deletion: refused while the person is a
 * current member of a buying group, or with force removing those memberships in the same step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createPerson, deletePerson, getPerson, updatePerson } from './people.ts';
import { createRelation } from './relations.ts';
import { ingestActivities } from './activities.ts';
import { QuorumError } from '../domain/errors.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../engine/jobs.ts';
import { deletePersonAndMemberships } from '../engine/members.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';
import { createAccount } from './accounts.ts';

async function refusal(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the write was applied');
}

describe(`people repository (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
  });
  afterAll(async () => t.drop());

  it('emails are unique regardless of case and surrounding spaces, on create and update', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('Ada.Lovelace@Example.com', null), T0);
    const e = await refusal(createPerson(t.db, SYSTEM_ACTOR, personFields(' ada.lovelace@EXAMPLE.COM', null), T0));
    expect(e).toMatchObject({
      code: 'duplicate',
      errors: [{ field: '/email', message: `a person with email  ada.lovelace@EXAMPLE.COM already exists (${p.id}); emails are unique regardless of case` }],
    });
    const other = await createPerson(t.db, SYSTEM_ACTOR, personFields('grace@example.com', null), T0);
    expect((await refusal(updatePerson(t.db, SYSTEM_ACTOR, other.id, { email: 'ADA.LOVELACE@example.com' }, T0 + 1))).code).toBe('duplicate');
    // Changing the case of one's own email is not a clash.
    expect((await updatePerson(t.db, SYSTEM_ACTOR, p.id, { email: 'ada.lovelace@example.com' }, T0 + 1, p.version))).toMatchObject({ email: 'ada.lovelace@example.com', version: 2 });
    expect((await getPerson(t.db, other.id)).email).toBe('grace@example.com');
  });

  it('derived seniority and function follow the title (and department) on every write', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('title@example.com', 'Chief Information Security Officer'), T0);
    expect(p).toMatchObject({ derivedSeniority: 'cxo', derivedFunction: 'information_technology', derivedSenioritySource: 'derived', derivedFunctionSource: 'derived' });
    expect(p.derivedSpecialties).toContain('security');
    expect(p.titleConfidence).toBeGreaterThan(0.5);
    const security = p.derivedFunction;
    const vp = await updatePerson(t.db, SYSTEM_ACTOR, p.id, { jobTitle: 'VP of Sales' }, T0 + 1);
    expect(vp).toMatchObject({ jobTitle: 'VP of Sales', derivedSeniority: 'vp' });
    expect(vp.derivedFunction).not.toBe(security);
    // A patch that does not touch the title keeps what it derives.
    expect(await updatePerson(t.db, SYSTEM_ACTOR, p.id, { city: 'Leeds' }, T0 + 2)).toMatchObject({ derivedSeniority: 'vp', derivedFunction: vp.derivedFunction });
    const none = await updatePerson(t.db, SYSTEM_ACTOR, p.id, { jobTitle: null }, T0 + 3);
    expect(none).toMatchObject({ derivedSeniority: null, derivedFunction: null, derivedFunctions: [], derivedSpecialties: [], titleConfidence: 0 });
    const row = await t.db.selectFrom('people').select(['derived_seniority', 'job_title_norm', 'derived_functions']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ derived_seniority: null, job_title_norm: null, derived_functions: null });
    // The department speaks when the title names no function.
    const dept = await updatePerson(t.db, SYSTEM_ACTOR, p.id, { jobTitle: 'Manager', department: 'Finance' }, T0 + 4);
    expect(dept).toMatchObject({ derivedSeniority: 'manager', derivedFunction: 'finance' });
  });

  it('an explicit seniority or function wins over the derived one, survives title changes, and clears back to derived', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('explicit@example.com', 'Software Engineer', { explicitSeniority: 'senior' }), T0);
    expect(p).toMatchObject({ derivedSeniority: 'senior', derivedSenioritySource: 'explicit', derivedFunction: 'engineering', derivedFunctionSource: 'derived' });
    const q = await updatePerson(t.db, SYSTEM_ACTOR, p.id, { jobTitle: 'Head of Marketing', explicitFunction: 'sales' }, T0 + 1);
    expect(q).toMatchObject({ derivedSeniority: 'senior', derivedSenioritySource: 'explicit', derivedFunction: 'sales', derivedFunctionSource: 'explicit', explicitFunction: 'sales' });
    expect(q.derivedFunctions).toEqual(['sales', 'marketing']);
    const r = await updatePerson(t.db, SYSTEM_ACTOR, p.id, { explicitSeniority: null, explicitFunction: null }, T0 + 2);
    expect(r).toMatchObject({ derivedSeniority: 'director', derivedSenioritySource: 'derived', derivedFunction: 'marketing', derivedFunctionSource: 'derived' });
  });

  it('a stale version is refused and nothing changes', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('stale@example.com', 'Engineer'), T0);
    await updatePerson(t.db, SYSTEM_ACTOR, p.id, { city: 'York' }, T0 + 1, 1);
    const e = await refusal(updatePerson(t.db, SYSTEM_ACTOR, p.id, { jobTitle: 'CEO' }, T0 + 2, 1));
    expect(e).toMatchObject({ code: 'precondition_failed', status: 412 });
    expect(await getPerson(t.db, p.id)).toMatchObject({ jobTitle: 'Engineer', derivedSeniority: 'entry', version: 2 });
  });

  it('deletion of someone in no buying group takes their relations and activities', async () => {
    const acct = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Elsewhere'), T0);
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('erase@example.com', 'Clerk'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, acct.id, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    await ingestActivities(t.db, SYSTEM_ACTOR, [{ personId: p.id, type: 'email_opened', occurredAt: T0 }], T0);
    await deletePerson(t.db, SYSTEM_ACTOR, p.id, T0 + 1, 1);
    expect((await refusal(getPerson(t.db, p.id))).code).toBe('not_found');
    expect(await t.db.selectFrom('account_people').select('id').where('person_id', '=', p.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('activities').select('id').where('person_id', '=', p.id).execute()).toEqual([]);
  });

  it('a current member is not deleted without force; with force the memberships go in the same step', async () => {
    const ciso = tenant.people.ciso as string;
    const members = () => t.db.selectFrom('buying_group_members').select(['role_id', 'removed']).where('person_id', '=', ciso).execute();
    expect((await members()).map((m) => m.role_id)).toEqual(['rol_decision_maker']);
    const e = await refusal(deletePerson(t.db, SYSTEM_ACTOR, ciso, T0 + 1));
    expect(e.code).toBe('in_use');
    expect(e.message).toMatch(new RegExp(`^person ${ciso} is a member of buying group bg_\\w+; remove them from their buying groups first`));
    expect(e.message).toContain('?force=true');
    expect((await getPerson(t.db, ciso)).email).toBe('ciso@example.com');

    const stale = await refusal(deletePersonAndMemberships(t.db, SYSTEM_ACTOR, ciso, T0 + 2, 99));
    expect(stale.code).toBe('precondition_failed');
    expect(await members()).toHaveLength(1);

    const { membershipsRemoved } = await deletePersonAndMemberships(t.db, SYSTEM_ACTOR, ciso, T0 + 2);
    expect(membershipsRemoved).toEqual([expect.objectContaining({ roleId: 'rol_decision_maker', source: 'rule' })]);
    expect((await refusal(getPerson(t.db, ciso))).code).toBe('not_found');
    expect(await members()).toEqual([]);
    const entry = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', ciso).where('action', '=', 'delete').executeTakeFirstOrThrow();
    expect(entry.after).not.toBeNull();
  });
});
