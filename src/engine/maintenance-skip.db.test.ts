/**
 * Issue 6: a write about one thing never fails because of an unrelated subscription. The stored
 * following has foreign keys, so its list and solution interest cannot vanish through the API;
 * these tests break the configuration behind the API's back (a hand-edited or partly restored
 * database) and require that maintenance skips that subscription, reports it, and lets the write
 * commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { updatePerson } from '../store/people.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance, type MaintenanceWarning } from './maintenance.ts';
import { accountFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`maintenance skips subscriptions whose configuration is gone (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let uninstall: () => void;
  const warnings: MaintenanceWarning[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    expect((await runCreationJob(t, job.id, { now: () => T0 })).status).toBe('succeeded');
    uninstall = installMaintenance({ warn: (w) => warnings.push(w) });
  });
  afterAll(async () => {
    uninstall();
    installMaintenance();
    await t.drop();
  });

  it('a followed solution interest whose template is no longer Live: the person change commits, the skip is reported', async () => {
    await t.db.updateTable('roles_templates').set((eb) => ({ status: 'draft', version: eb('version', '+', 1) })).where('id', '=', tenant.templateId).execute();
    warnings.length = 0;
    const p = await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.clerk!, { jobTitle: 'Chief Executive Officer' }, T0);
    expect(p.jobTitle).toBe('Chief Executive Officer');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ solutionInterestId: tenant.solutionInterestId, audienceId: null });
    expect(warnings[0]!.reason).toMatch(/not Live/);
    await t.db.updateTable('roles_templates').set((eb) => ({ status: 'live', version: eb('version', '+', 1) })).where('id', '=', tenant.templateId).execute();
  });

  it('a followed list deleted behind the API: account, person and other list writes commit, the skip names the list', async () => {
    // Delete the list without its foreign keys (as a hand-edited database might be).
    if (t.engine === 'sqlite') {
      await sql`pragma foreign_keys = off`.execute(t.db);
      await t.db.deleteFrom('account_list_members').where('list_id', '=', tenant.listId).execute();
      await t.db.deleteFrom('account_lists').where('id', '=', tenant.listId).execute();
      await sql`pragma foreign_keys = on`.execute(t.db);
    } else {
      await t.db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await trx.deleteFrom('account_list_members').where('list_id', '=', tenant.listId).execute();
        await trx.deleteFrom('account_lists').where('id', '=', tenant.listId).execute();
      });
    }
    warnings.length = 0;
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'VP IT' }, T0);
    const acc = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0);
    const other = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Other', description: null, kind: 'static' }, T0);
    expect((await addAccountListMembers(t.db, SYSTEM_ACTOR, other.id, [acc.id], T0)).changed).toBe(1);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.solutionInterestId === tenant.solutionInterestId && w.audienceId === tenant.listId)).toBe(true);
    expect(warnings[0]!.reason).toContain(`account list ${tenant.listId} does not exist`);
  });
});
