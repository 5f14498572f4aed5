/**
 * Crash safety of creation jobs with a real process: `quorum serve` runs a job, is killed with
 * SIGKILL in the middle, and is started again. Every batch commits with the job's progress and
 * counts, so after the kill the database holds whole batches only, and after the restart the job
 * resumes after its last committed batch and ends with exactly one complete group per account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { createToken } from '../store/tokens.ts';
import { accountColumns } from '../store/accounts.ts';
import { personColumns } from '../store/people.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccountList } from '../store/account-lists.ts';
import { newId } from '../domain/ids.ts';
import { spawnUntil, stop, dropSafely } from '../cli/test-cli.ts';
import { accountFields, personFields, securityTemplate, T0 } from './test-fixtures.ts';

const ACCOUNTS = 1200;
const TITLES = ['CEO', 'VP Sales', 'Software Engineer', 'Office clerk']; // DM, Influencer, Practitioner, none

describe(`creation job survives kill -9 (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let token: string;
  let listId: string;
  let solutionInterestId: string;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    t = await createTestDatabase();
    const si = await securityTemplate(t.db);
    solutionInterestId = si.solutionInterestId;
    listId = (await createAccountList(t.db, SYSTEM_ACTOR, { name: 'All', description: null, kind: 'static' }, T0)).id;
    const now = Date.now();
    for (let i = 0; i < ACCOUNTS; i += 200) {
      const accounts = Array.from({ length: Math.min(200, ACCOUNTS - i) }, (_, k) => ({ id: newId('account', now), ...accountColumns(accountFields(`Company ${i + k}`)), created_at: now, updated_at: now, version: 1 }));
      await t.db.insertInto('accounts').values(accounts).execute();
      await t.db.insertInto('account_list_members').values(accounts.map((a) => ({ account_id: a.id, list_id: listId, added_at: now }))).execute();
      const people = accounts.flatMap((a, k) => TITLES.map((title, j) => ({ id: newId('person', now), ...personColumns(personFields(`p${i + k}-${j}@example.com`, title)), engagement_score: 0, created_at: now, updated_at: now, version: 1, account: a.id })));
      // In slices: a person row has ~45 columns, and SQLite takes at most 32,766 bound values per statement.
      const rows = people.map(({ account: _a, ...p }) => p);
      for (let r = 0; r < rows.length; r += 300) await t.db.insertInto('people').values(rows.slice(r, r + 300)).execute();
      await t.db
        .insertInto('account_people')
        .values(people.map((p) => ({ account_id: p.account, person_id: p.id, id: newId('relation', now), relation_type: 'employee' as const, roles: '[]', roles_norm: '[]', started_on: null, ended_on: null, created_at: now, updated_at: now })))
        .execute();
    }
    token = (await createToken(t.db, { role: 'admin' })).token;
    process.env.QUORUM_JOB_BATCH_SIZE = '10';
    process.env.QUORUM_JOB_STALE_MS = '500';
  });
  afterAll(async () => {
    if (child) await stop(child);
    await dropSafely(t);
  });

  const job = async (id: string) => t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const groupSizes = async () =>
    t.db
      .selectFrom('buying_groups as g')
      .leftJoin('buying_group_members as m', (j) => j.onRef('m.buying_group_id', '=', 'g.id').on('m.removed', '=', 0))
      .select(['g.id', (eb) => eb.fn.count<number>('m.person_id').as('n')])
      .groupBy('g.id')
      .execute();

  it('holds whole batches only after the kill, then resumes to exactly one complete group per account', async () => {
    const first = await spawnUntil(t.url, ['serve', '--port', '0'], /running at (http:\/\/\S+)/);
    child = first.child;
    const base = first.match[1];
    const res = await fetch(`${base}/api/v1/buying-group-jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ solutionInterestId, audienceId: listId }),
    });
    expect(res.status).toBe(202);
    const jobId = ((await res.json()) as { id: string }).id;

    // Kill it mid-job.
    for (let i = 0; i < 6000; i++) {
      const j = await job(jobId);
      if (j.progress_done >= 100) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    child = null;

    const killed = await job(jobId);
    expect(killed.status).toBe('running');
    expect(killed.progress_done).toBeGreaterThanOrEqual(100);
    expect(killed.progress_done).toBeLessThan(ACCOUNTS);
    const partial = await groupSizes();
    expect(partial.length).toBe(killed.progress_done); // groups exactly for the committed batches
    expect(partial.every((g) => Number(g.n) === 3)).toBe(true); // no group without its members

    // Start again: the job resumes after its last committed batch.
    const second = await spawnUntil(t.url, ['serve', '--port', '0'], /running at (http:\/\/\S+)/);
    child = second.child;
    let final = await job(jobId);
    for (let i = 0; i < 9000 && final.status !== 'succeeded' && final.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      final = await job(jobId);
    }
    expect(final.status).toBe('succeeded');
    expect(final.attempts).toBe(2);
    expect(final.progress_done).toBe(ACCOUNTS);
    const counts = JSON.parse(typeof final.counts === 'string' ? final.counts : JSON.stringify(final.counts)) as { groupsCreated: number; membersAdded: number };
    expect(counts).toMatchObject({ groupsCreated: ACCOUNTS, membersAdded: 3 * ACCOUNTS });
    const sizes = await groupSizes();
    expect(sizes.length).toBe(ACCOUNTS);
    expect(sizes.every((g) => Number(g.n) === 3)).toBe(true);
  }, 240_000);
});
