/**
 * Imports and buying groups (both engines): the members import under the precedence rules
 * (manual and journey decisions stand, rules are outranked, missing groups are created), and a
 * people import maintained per batch ends with exactly the groups, members and scores that the
 * same changes made row by row through the repositories (as the API makes them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import type { DB } from '../../store/schema.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { createAccount } from '../../store/accounts.ts';
import { createPerson, updatePerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';
import { ManualClock } from '../../domain/clock.ts';
import { normText } from '../../domain/text.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../jobs.ts';
import { applyMemberActions } from '../members.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from '../test-fixtures.ts';
import { runImport } from './run.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const NOW = T0 + 3_600_000;

async function withGroups(t: TestDatabase): Promise<Tenant> {
  const tenant = await smallTenant(t.db);
  const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
  await claimNextJob(t.db, t.engine, 'w', T0);
  await runCreationJob(t, job.id, { now: () => T0 });
  return tenant;
}

/** Groups and members by account name and email: comparable across databases. */
async function groupState(db: Kysely<DB>) {
  const groups = await db
    .selectFrom('buying_groups as g')
    .innerJoin('accounts as a', 'a.id', 'g.account_id')
    .select(['a.name', 'g.name as group', 'g.completeness', 'g.engagement', 'g.active', 'g.status_label'])
    .orderBy('a.name')
    .execute();
  const members = await db
    .selectFrom('buying_group_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['a.name', 'p.email', 'm.role_id', 'm.source', 'm.removed'])
    .orderBy('a.name')
    .orderBy('p.email')
    .execute();
  return { groups: groups.map((g) => ({ ...g, completeness: Number(g.completeness), engagement: Number(g.engagement) })), members };
}

describe(`imports and buying groups on ${TEST_ENGINE}`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  const clock = new ManualClock(NOW);
  beforeEach(async () => {
    t = await createTestDatabase();
    tenant = await withGroups(t);
  });
  afterEach(async () => {
    await t.drop();
  });

  it('members: an import outranks rules, never undoes a manual or journey decision, creates missing groups; unknown roles and solution interests per row', async () => {
    const acme = tenant.accounts[0] as string;
    const acmeGroup = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', acme).executeTakeFirstOrThrow()).id;
    await applyMemberActions(t.db, SYSTEM_ACTOR, acmeGroup, [{ op: 'change_role', personId: tenant.people.ciso as string, roleId: 'rol_influencer' }], T0, 'manual');
    await applyMemberActions(t.db, SYSTEM_ACTOR, acmeGroup, [{ op: 'change_role', personId: tenant.people.vp as string, roleId: 'rol_practitioner' }], T0, 'journey');
    const initech = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0);
    const ian = await createPerson(t.db, SYSTEM_ACTOR, personFields('ian@example.com', 'Office clerk'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, initech.id, ian.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);

    const file = { path: path.join(FIXTURES, 'members.csv') };
    const r = await runImport(t.db, file, { type: 'members', clock });
    expect(r.detected.mapping).toEqual({ 'Account Name': 'accountName', Email: 'personEmail', 'Solution Interest': 'solutionInterest', Role: 'role', Status: 'status' });
    expect(r.counts).toEqual({ inserted: 2, updated: 1, unchanged: 2, rejected: 3 });
    const text = r.problems.map((p) => `${p.row}|${p.column}|${p.reason}`);
    expect(text.some((s) => s.startsWith('4|Role|not applied:') && s.includes('manual'))).toBe(true);
    expect(text.some((s) => s.startsWith('5|Role|not applied:') && s.includes('journey'))).toBe(true);
    expect(text.some((s) => s.startsWith('6|Role|no role is named "Chief Wizard"'))).toBe(true);
    expect(text.some((s) => s.startsWith('7|Solution Interest|no solution interest is named "Widgets"'))).toBe(true);
    expect(text.some((s) => s.startsWith('9|Email|') && s.includes('left'))).toBe(true);

    const members = new Map((await t.db.selectFrom('buying_group_members').select(['person_id', 'role_id', 'source', 'removed']).where('buying_group_id', '=', acmeGroup).execute()).map((m) => [m.person_id, m]));
    expect(members.get(tenant.people.clerk as string)).toMatchObject({ role_id: 'rol_practitioner', source: 'import', removed: 0 });
    expect(members.get(tenant.people.eng as string)).toMatchObject({ role_id: 'rol_decision_maker', source: 'import' });
    expect(members.get(tenant.people.ciso as string)).toMatchObject({ role_id: 'rol_influencer', source: 'manual' });
    expect(members.get(tenant.people.vp as string)).toMatchObject({ role_id: 'rol_practitioner', source: 'journey' });
    const g = await t.db.selectFrom('buying_groups').select(['name', 'status_label']).where('account_id', '=', acme).executeTakeFirstOrThrow();
    expect(g.status_label).toBe('Evaluating');
    const ig = await t.db.selectFrom('buying_groups').select(['id', 'name']).where('account_id', '=', initech.id).executeTakeFirstOrThrow();
    expect(ig.name).toBe('Security Suite for Initech');
    expect(await t.db.selectFrom('buying_group_members').select(['role_id', 'source']).where('buying_group_id', '=', ig.id).where('person_id', '=', ian.id).executeTakeFirst()).toEqual({ role_id: 'rol_influencer', source: 'import' });

    // Rules cannot undo the import: eng stops matching any role, and stays Decision Maker.
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.eng as string, { jobTitle: 'Office clerk' }, NOW);
    expect(await t.db.selectFrom('buying_group_members').select(['role_id', 'source', 'removed']).where('buying_group_id', '=', acmeGroup).where('person_id', '=', tenant.people.eng as string).executeTakeFirst()).toEqual({ role_id: 'rol_decision_maker', source: 'import', removed: 0 });

    const again = await runImport(t.db, file, { type: 'members', clock });
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 5, rejected: 3 });

    const before = await groupState(t.db);
    const dry = await runImport(t.db, file, { type: 'members', clock, dryRun: true });
    expect(dry.counts).toEqual(again.counts);
    expect(await groupState(t.db)).toEqual(before);
  });

  it('a people import maintained per batch ends with the groups, members and scores of the same changes made row by row', async () => {
    const other = await createTestDatabase();
    try {
      await withGroups(other);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-'));
      const rows: [string, string, string][] = [
        ['newciso@example.com', 'Chief Information Security Officer', 'Acme'],
        ['clerk@example.com', 'Security Engineer', 'Acme'],
        ['vp@example.com', 'Office clerk', 'Acme'],
        ['gvp@example.com', 'VP IT', 'Globex'],
        ['gdir@example.com', 'Chief Technology Officer', 'Globex'],
        ['neweng@example.com', 'Platform Engineer', 'Globex'],
        ['eng@example.com', 'Security Engineer', 'Acme'],
      ];
      const file = path.join(dir, 'people.csv');
      fs.writeFileSync(file, 'Email,Title,Account Name\n' + rows.map((r) => r.join(',')).join('\n') + '\n');
      const r = await runImport(t.db, { path: file }, { type: 'people', clock, batchSize: 3 });
      expect(r.counts).toEqual({ inserted: 3, updated: 3, unchanged: 1, rejected: 0 });

      // The same changes, one API write at a time, on the other database.
      const accounts = new Map((await other.db.selectFrom('accounts').select(['id', 'name']).execute()).map((a) => [a.name, a.id]));
      for (const [email, title, account] of rows) {
        const found = await other.db.selectFrom('people').select('id').where('email_norm', '=', normText(email)).executeTakeFirst();
        const accountId = accounts.get(account) as string;
        if (found) {
          await updatePerson(other.db, SYSTEM_ACTOR, found.id, { jobTitle: title }, NOW);
        } else {
          const p = await createPerson(other.db, SYSTEM_ACTOR, personFields(email, title), NOW);
          await createRelation(other.db, SYSTEM_ACTOR, accountId, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, NOW);
        }
      }
      const imported = await groupState(t.db);
      expect(imported.members.some((m) => m.email === 'newciso@example.com' && m.role_id === 'rol_decision_maker')).toBe(true);
      expect(imported).toEqual(await groupState(other.db));
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      await other.drop();
    }
  });
});
