/**
 * Crash safety of the journey runtime with a real process: `quorum serve` runs a journey over
 * 400 accounts (add to a list → call an HTTP endpoint → add to another list), is killed with
 * SIGKILL in the middle, and is started again. Steps and database actions commit with their
 * records, so after the restart every enrollment has made each move once and each effect is done
 * once; the HTTP endpoint sees each call, at most the one in flight at the kill twice, with the
 * same Idempotency-Key (what leaves the database is at least once, made recognisable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { accountColumns } from '../../store/accounts.ts';
import { createAccountList } from '../../store/account-lists.ts';
import { createJourney, publishJourney } from '../../store/journeys.ts';
import { newId } from '../../domain/ids.ts';
import { DAY_MS } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { spawnUntil, stop, dropSafely } from '../../cli/test-cli.ts';
import { accountFields } from '../test-fixtures.ts';

const ACCOUNTS = 400;

describe(`journey runtime survives kill -9 (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let child: ChildProcess | null = null;
  let server: http.Server;
  let journeyId: string;
  const calls: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    server = http.createServer((req, res) => {
      calls.push(String(req.headers['idempotency-key']));
      setTimeout(() => res.writeHead(200).end('{}'), 3);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const now = Date.now();
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'All', description: null, kind: 'static' }, now);
    const first = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Touched', description: null, kind: 'static' }, now);
    const second = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Called', description: null, kind: 'static' }, now);
    const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({ id: newId('account', now), ...accountColumns(accountFields(`Company ${i}`)), created_at: now, updated_at: now, version: 1 }));
    await t.db.insertInto('accounts').values(accounts).execute();
    await t.db.insertInto('account_list_members').values(accounts.map((a) => ({ account_id: a.id, list_id: list.id, added_at: now }))).execute();
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'in', kind: 'entry', listId: list.id, next: 'touch' },
        { id: 'touch', kind: 'action', action: 'addToList', settings: { listId: first.id }, next: 'call' },
        { id: 'call', kind: 'action', action: 'callHttp', settings: { url, timeoutMs: 5000 }, next: 'mark', errorNext: null },
        { id: 'mark', kind: 'action', action: 'addToList', settings: { listId: second.id }, next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Crash', description: null, definition, startAt: null, endAt: now + 30 * DAY_MS }, now);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, now, 1)).id;
    Object.assign(process.env, { QUORUM_WEB: 'off', QUORUM_WEBHOOKS_ALLOW_PRIVATE: '1', QUORUM_JOURNEYS_POLL_MS: '100', QUORUM_JOURNEYS_LEASE_MS: '1000', QUORUM_SCORES_RECOMPUTE_MS: '0' });
  });
  afterAll(async () => {
    if (child) await stop(child);
    await new Promise((r) => server.close(r));
    await dropSafely(t);
  });

  const effects = async () => t.db.selectFrom('journey_effects').select(['key', 'node_id', 'status', 'tries']).where('journey_id', '=', journeyId).execute();
  /** Effects by node, status, tries and lease; enrollments by status and wake time; the test database's sessions. */
  const progress = async () => {
    const now = Date.now();
    const fx = await t.db.selectFrom('journey_effects').select(['node_id', 'status', 'tries', 'locked_until']).where('journey_id', '=', journeyId).execute();
    const tally = (keys: string[]) => Object.entries(keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {})).map(([k, n]) => `${k}×${n}`).join(' ');
    const lease = (l: number | null) => (l === null ? 'free' : Number(l) <= now ? 'expired' : 'held');
    const en = await t.db.selectFrom('journey_enrollments').select(['status', 'wake_at']).where('journey_id', '=', journeyId).execute();
    const due = (w: number | null) => (w === null ? 'no-wake' : Number(w) <= now ? 'due' : 'later');
    let sessions = '';
    if (TEST_ENGINE === 'postgres') {
      const { rows } = await sql<{ state: string | null; wait: string | null; query: string }>`select state, wait_event_type as wait, left(query, 80) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(t.db);
      sessions = ` | sessions: ${rows.map((r) => `[${r.state}/${r.wait}] ${r.query}`).join('; ')}`;
    }
    return `effects: ${tally(fx.map((e) => `${e.node_id}/${e.status}/t${e.tries}/${lease(e.locked_until as number | null)}`))} | enrollments: ${tally(en.map((e) => `${e.status}/${due(e.wake_at as number | null)}`))}${sessions}`;
  };
  const serve = () => spawnUntil(t.url, ['serve', '--port', '0'], /running at (http:\/\/\S+)/);

  it('holds only whole steps after the kill, then finishes every enrollment with each move and action once', async () => {
    child = (await serve()).child;
    // Budgets in time, not rounds: on a loaded 2-core machine two `serve` starts alone can take a minute.
    for (const until = Date.now() + 120_000; Date.now() < until && calls.length < 100; ) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    child = null;

    const killed = await effects();
    const callsAtKill = calls.length;
    expect(callsAtKill).toBeGreaterThanOrEqual(100);
    expect(killed.filter((e) => e.node_id === 'call' && e.status === 'done').length).toBeLessThan(ACCOUNTS); // stopped mid-run

    const restarted = await serve();
    child = restarted.child;
    let done = 0;
    let report = Date.now() + 30_000;
    for (const until = Date.now() + 300_000; Date.now() < until && done < ACCOUNTS; ) {
      await new Promise((r) => setTimeout(r, 20));
      done = (await effects()).filter((e) => e.node_id === 'mark' && e.status === 'done').length;
      if (Date.now() > report) {
        // Slow: say where the work stands, so a stall in CI can be read from the log.
        report = Date.now() + 30_000;
        console.error(`crash test: ${done}/${ACCOUNTS} done; ${await progress()}`);
      }
    }
    // On a miss, what the restarted process said (a stalled loop logs why).
    if (done < ACCOUNTS) console.error(`crash test: ${await progress()}`);
    expect(done, `restarted serve printed: ${restarted.output().slice(-3000)}`).toBe(ACCOUNTS);

    const all = await effects();
    expect(all).toHaveLength(3 * ACCOUNTS);
    expect(all.every((e) => e.status === 'done')).toBe(true);
    const enrollments = await t.db.selectFrom('journey_enrollments').select(['status']).where('journey_id', '=', journeyId).execute();
    expect(enrollments).toHaveLength(ACCOUNTS);
    expect(enrollments.every((e) => e.status === 'completed')).toBe(true);
    const moves = await t.db.selectFrom('journey_moves').select(['enrollment_id', 'from_node', 'to_node', 'via']).where('journey_id', '=', journeyId).execute();
    expect(moves).toHaveLength(5 * ACCOUNTS); // enter, in→touch, touch→call, call→mark (ok), mark→end
    expect(new Set(moves.map((m) => `${m.enrollment_id}/${m.from_node}/${m.to_node}`)).size).toBe(5 * ACCOUNTS);
    const listSize = async (name: string) =>
      Number((await t.db.selectFrom('account_list_members').innerJoin('account_lists', 'account_lists.id', 'account_list_members.list_id').select((eb) => eb.fn.countAll<number>().as('n')).where('account_lists.name', '=', name).executeTakeFirstOrThrow()).n);
    expect(await listSize('Touched')).toBe(ACCOUNTS);
    expect(await listSize('Called')).toBe(ACCOUNTS);
    // Every call made; at most the one in flight at the kill made twice, under the same key.
    const keys = new Set(calls);
    expect(keys.size).toBe(ACCOUNTS);
    expect(calls.length - keys.size).toBeLessThanOrEqual(1);
    expect([...keys].every((k) => all.some((e) => e.key === k && e.node_id === 'call'))).toBe(true);
  }, 480_000);
});
