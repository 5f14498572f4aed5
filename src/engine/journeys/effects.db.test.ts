/**
 * Effect performers on the test engine, through the worker's tick: each action through the
 * buying-group rules (source `journey`, allowed stage moves only, else skipped with the reason),
 * lists, another journey, HTTP calls with retries and an error path, and idempotency — an effect
 * retried after a crash does not act twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { createJourney, enqueueEffects, getEnrollment, insertEnrollment, listEffects, listEnrollments, publishJourney } from '../../store/journeys.ts';
import { claimEffect, getEffect } from '../../store/journey-runtime.ts';
import { addAccountListMembers, createAccountList } from '../../store/account-lists.ts';
import { DAY_MS, ManualClock } from '../../domain/clock.ts';
import { definitionSchema, type Effect, type EffectAction } from '../../domain/journeys/index.ts';
import { moveStage } from '../stages.ts';
import { T0 } from '../test-fixtures.ts';
import { smtpMailer } from './mailer.ts';
import { JourneyWorker } from './worker.ts';
import { setupScenario, type Scenario } from './scenario.testdata.ts';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.testdata.ts';

describe(`journey effects (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let s: Scenario;
  let smtp: SmtpReceiver;
  let server: http.Server;
  let base: string;
  const hits: Record<string, number> = {};
  let enrollmentId: string;
  let draftId: string;
  const clock = new ManualClock(T0);
  let worker: JourneyWorker;
  let mailer: ReturnType<typeof smtpMailer>;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    s = await setupScenario(t.db, t.engine);
    // The scenario's journey is not under test here: close its entry list to nobody.
    await t.db.deleteFrom('account_list_members').where('list_id', '=', s.tenant.listId).execute();
    smtp = await startSmtpReceiver();
    mailer = smtpMailer({ url: smtp.url, from: 'alerts@quorum.test' });
    server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      hits[path] = (hits[path] ?? 0) + 1;
      if (path === '/ok') res.writeHead(200).end('{}');
      else if (path === '/flaky') res.writeHead(hits[path] === 1 ? 503 : 204).end();
      else if (path === '/missing') res.writeHead(404).end();
      else if (path === '/slow') setTimeout(() => res.writeHead(200).end(), 2000).unref();
      else res.writeHead(500).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    worker = new JourneyWorker({ database: t, clock, mailer, publicUrl: null, addressPolicy: { allowPrivate: true, allowCidrs: [] }, retry: { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 1000 }, random: () => 0 });
    // Effects below hang off one finished enrollment of a Draft journey (nothing steps it).
    const draft = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Effects', description: null, definition: definitionSchema.parse({ nodes: [{ id: 'start', kind: 'entry', listId: null, next: null }] }), startAt: null, endAt: null }, T0);
    draftId = draft.id;
    const e = await insertEnrollment(t.db, { journeyId: draft.id, accountId: s.tenant.accounts[0]!, entryNumber: 1, status: 'completed', enteredAt: T0, endedAt: T0, tokens: [] }, T0);
    enrollmentId = e.id;
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await new Promise((r) => server.close(r));
    await t.drop();
  });

  const acme = () => s.tenant.accounts[0]!;
  /** Puts one effect into the outbox for `accountId` and returns its key. */
  const effect = async (action: EffectAction, accountId = acme()): Promise<string> => {
    const n = String(++seq).padStart(4, '0'); // keys of one moment are performed in key order
    const key = `${draftId}/${accountId}/1/t/${n}/n${n}`;
    const e = { ...action, key, journeyId: draftId, accountId, nodeId: `n${n}`, at: clock.now() } as Effect;
    await enqueueEffects(t.db, enrollmentId, [e], clock.now());
    return key;
  };
  const outcome = async (key: string) => {
    const e = await getEffect(t.db, key);
    return { status: e!.status, result: e!.result };
  };
  const groupEvents = async (type: string) => Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('buying_group_id', '=', s.groups.get(acme())!).where('type', '=', type).executeTakeFirstOrThrow()).n);
  const si = () => s.tenant.solutionInterestId;

  it('moves the stage along allowed transitions only, and skips a refused move with the reason', async () => {
    const up = await effect({ type: 'updateStage', solutionInterestId: si(), stage: 'engaged' });
    const back = await effect({ type: 'updateStage', solutionInterestId: si(), stage: 'new' });
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects).toEqual({ done: 1, skipped: 1, failed: 0, retried: 0 });
    expect(await outcome(up)).toEqual({ status: 'done', result: 'stage new → engaged' });
    expect(await outcome(back)).toMatchObject({ status: 'skipped', result: expect.stringContaining('cannot move buying group') });
    expect(await groupEvents('stage_changed')).toBe(1);
  });

  it('sets the status (≤ 50 characters), assigns and removes members with source journey, and skips what has no group', async () => {
    const status = await effect({ type: 'updateStatus', solutionInterestId: si(), status: 'Hot lead' });
    const assign = await effect({ type: 'assignToBuyingGroup', solutionInterestId: si(), roleId: 'rol_practitioner', personIds: [s.tenant.people.clerk!] });
    const noGroup = await effect({ type: 'updateStatus', solutionInterestId: 'si_missing', status: 'x' });
    clock.advance(1000);
    await worker.tick(clock.now());
    expect(await outcome(status)).toEqual({ status: 'done', result: 'status "" → "Hot lead"' });
    expect(await outcome(assign)).toEqual({ status: 'done', result: '1 membership change' });
    expect(await outcome(noGroup)).toEqual({ status: 'skipped', result: 'the account has no buying group for solution interest si_missing' });
    const member = await t.db.selectFrom('buying_group_members').select(['role_id', 'source', 'removed']).where('person_id', '=', s.tenant.people.clerk!).executeTakeFirstOrThrow();
    expect(member).toMatchObject({ role_id: 'rol_practitioner', source: 'journey', removed: 0 });

    const remove = await effect({ type: 'removeFromBuyingGroup', solutionInterestId: si(), personIds: [s.tenant.people.clerk!] });
    clock.advance(1000);
    await worker.tick(clock.now());
    expect(await outcome(remove)).toEqual({ status: 'done', result: '1 membership change' });
    expect((await t.db.selectFrom('buying_group_members').select('removed').where('person_id', '=', s.tenant.people.clerk!).executeTakeFirstOrThrow()).removed).toBe(1);
  });

  it('adds to and removes from a static list, adds the account to another Live journey, and skips activating to an activation deleted since publish', async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Hot', description: null, kind: 'static' }, clock.now());
    const empty = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Nobody', description: null, kind: 'static' }, clock.now());
    const other = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Follow-up', description: null, definition: definitionSchema.parse({ nodes: [{ id: 'in', kind: 'entry', listId: empty.id, next: 'w' }, { id: 'w', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: null }] }), startAt: null, endAt: clock.now() + 90 * DAY_MS }, clock.now());
    await publishJourney(t.db, SYSTEM_ACTOR, other.id, clock.now(), 1);
    const add = await effect({ type: 'addToList', listId: list.id });
    const again = await effect({ type: 'addToList', listId: list.id });
    const journey = await effect({ type: 'addToJourney', targetJourneyId: other.id });
    const twice = await effect({ type: 'addToJourney', targetJourneyId: other.id });
    const activate = await effect({ type: 'activate', destinationId: 'dst_1', activationId: 'atv_gone' });
    clock.advance(1000);
    await worker.tick(clock.now());
    expect(await outcome(add)).toEqual({ status: 'done', result: 'added to the list' });
    expect(await outcome(again)).toEqual({ status: 'done', result: 'already in the list' });
    expect(await outcome(journey)).toEqual({ status: 'done', result: 'entered journey "Follow-up" (entry 1)' });
    expect(await outcome(twice)).toEqual({ status: 'skipped', result: 'the account may not enter journey "Follow-up" now (inside)' });
    expect(await outcome(activate)).toEqual({ status: 'skipped', result: 'activation atv_gone no longer exists' });
    expect((await listEnrollments(t.db, other.id)).map((e) => [e.accountId, e.tokens[0]?.nodeId, e.tokens[0]?.state.kind])).toEqual([[acme(), 'w', 'waiting']]);
    const remove = await effect({ type: 'removeFromList', listId: list.id });
    clock.advance(1000);
    await worker.tick(clock.now());
    expect(await outcome(remove)).toEqual({ status: 'done', result: 'removed from the list' });
  });

  it('calls HTTP endpoints: retries a transient failure, fails a 4xx or a timeout, and a failed call takes its error path', async () => {
    const ok = await effect({ type: 'callHttp', url: `${base}/ok`, method: 'POST', timeoutMs: 1000, headers: { 'X-Token': 'abc' } });
    const flaky = await effect({ type: 'callHttp', url: `${base}/flaky`, method: 'PUT', timeoutMs: 1000, headers: {} });
    const missing = await effect({ type: 'callHttp', url: `${base}/missing`, method: 'GET', timeoutMs: 1000, headers: {} });
    const slow = await effect({ type: 'callHttp', url: `${base}/slow`, method: 'POST', timeoutMs: 200, headers: {} });
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects).toEqual({ done: 1, skipped: 0, failed: 1, retried: 2 });
    expect(await outcome(ok)).toEqual({ status: 'done', result: 'HTTP 200' });
    expect(await outcome(missing)).toEqual({ status: 'failed', result: 'HTTP 404' });
    expect(await outcome(flaky)).toEqual({ status: 'pending', result: 'HTTP 503' });
    expect(await outcome(slow)).toEqual({ status: 'pending', result: 'no answer within 200 ms' });
    clock.advance(1000); // past the backoff (500 ms with this policy and random source)
    expect((await worker.tick(clock.now())).effects).toEqual({ done: 1, skipped: 0, failed: 1, retried: 0 });
    expect(await outcome(flaky)).toEqual({ status: 'done', result: 'HTTP 204' });
    expect(await outcome(slow)).toEqual({ status: 'failed', result: 'no answer within 200 ms' });
    expect(hits).toMatchObject({ '/ok': 1, '/flaky': 2, '/missing': 1, '/slow': 2 });
    // Refused by the SSRF guard when private addresses are not allowed.
    const guarded = new JourneyWorker({ database: t, clock, mailer: null, publicUrl: null });
    const refused = await effect({ type: 'callHttp', url: `${base}/ok`, method: 'POST', timeoutMs: 1000, headers: {} });
    clock.advance(1000);
    await guarded.tick(clock.now());
    expect(await outcome(refused)).toMatchObject({ status: 'failed', result: expect.stringContaining('refused: 127.0.0.1') });
    expect(hits['/ok']).toBe(1);

    // In a journey: the failed call takes the error path, in the same tick.
    const callers = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Callers', description: null, kind: 'static' }, clock.now());
    await addAccountListMembers(t.db, SYSTEM_ACTOR, callers.id, [acme()], clock.now());
    const j = await createJourney(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Caller',
        description: null,
        definition: definitionSchema.parse({
          nodes: [
            { id: 'in', kind: 'entry', listId: callers.id, next: 'call' },
            { id: 'call', kind: 'action', action: 'callHttp', settings: { url: `${base}/missing`, timeoutMs: 1000 }, next: null, errorNext: 'flag' },
            { id: 'flag', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: si(), status: 'CRM call failed' }, next: null },
          ],
        }),
        startAt: null,
        endAt: clock.now() + 90 * DAY_MS,
      },
      clock.now(),
    );
    await publishJourney(t.db, SYSTEM_ACTOR, j.id, clock.now(), 1);
    clock.advance(1000);
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 1, effects: { done: 1, failed: 1 } });
    const [e] = await listEnrollments(t.db, j.id);
    expect(e).toMatchObject({ status: 'completed' });
    expect((await listEffects(t.db, e!.id)).map((x) => [x.nodeId, x.status])).toEqual([['call', 'failed'], ['flag', 'done']]);
    expect((await t.db.selectFrom('buying_groups').select('status_label').where('id', '=', s.groups.get(acme())!).executeTakeFirstOrThrow()).status_label).toBe('CRM call failed');
  });

  it("records an HTTP call's outcome and wakes its enrollment in one transaction (a fault between them loses neither)", async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Woken', description: null, kind: 'static' }, clock.now());
    const account = s.tenant.accounts[1]!;
    await addAccountListMembers(t.db, SYSTEM_ACTOR, list.id, [account], clock.now());
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'in', kind: 'entry', listId: list.id, next: 'call' },
        { id: 'call', kind: 'action', action: 'callHttp', settings: { url: `${base}/ok`, timeoutMs: 1000 }, next: 'flag', errorNext: null },
        { id: 'flag', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: si(), status: 'Called back' }, next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Wake', description: null, definition, startAt: null, endAt: clock.now() + 90 * DAY_MS }, clock.now());
    await publishJourney(t.db, SYSTEM_ACTOR, j.id, clock.now(), 1);
    // The wake-up fails, as if the process died right after recording the call's outcome.
    const fault =
      TEST_ENGINE === 'postgres'
        ? [
            sql`create function inject_wake_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$`,
            sql`create trigger inject_wake_fault before update on journey_enrollments for each row when (old.wake_at is null and new.wake_at is not null) execute function inject_wake_fault()`,
          ]
        : [sql`create trigger inject_wake_fault before update of wake_at on journey_enrollments when old.wake_at is null and new.wake_at is not null begin select raise(abort, 'injected fault'); end`];
    for (const statement of fault) await statement.execute(t.db);
    const calls = hits['/ok'] ?? 0;
    clock.advance(1000);
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 1, effects: { done: 0 } });
    expect(hits['/ok']).toBe(calls + 1);
    const [e] = await listEnrollments(t.db, j.id);
    // Neither the outcome nor the wake-up: the call is still pending (under its lease), to be made again.
    expect((await listEffects(t.db, e!.id)).map((x) => [x.nodeId, x.status])).toEqual([['call', 'pending']]);
    await sql`drop trigger inject_wake_fault${TEST_ENGINE === 'postgres' ? sql` on journey_enrollments` : sql``}`.execute(t.db);
    clock.advance(121_000); // past the lease (2 min)
    await worker.tick(clock.now());
    expect(hits['/ok']).toBe(calls + 2);
    expect(await getEnrollment(t.db, e!.id)).toMatchObject({ status: 'completed' });
    expect((await listEffects(t.db, e!.id)).map((x) => [x.nodeId, x.status])).toEqual([['call', 'done'], ['flag', 'done']]);
  });

  it('does not act twice when an effect is retried after a crash', async () => {
    // A database action whose change committed but whose record was lost (the worker died in between):
    // the retry finds the group already there and changes nothing.
    await moveStage(t.db, SYSTEM_ACTOR, s.groups.get(s.tenant.accounts[1]!)!, 'engaged', clock.now());
    const before = Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'stage_changed').executeTakeFirstOrThrow()).n);
    const stage = await effect({ type: 'updateStage', solutionInterestId: si(), stage: 'engaged' }, s.tenant.accounts[1]!);
    // The first try claimed it (lease) and died: nothing recorded. After the lease, another worker takes it.
    await t.db.transaction().execute((trx) => claimEffect(trx, clock.now(), clock.now() + 5000));
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects.done).toBe(0); // still leased
    clock.advance(5000);
    expect((await worker.tick(clock.now())).effects.done).toBe(1);
    expect(await getEffect(t.db, stage)).toMatchObject({ status: 'done', result: 'already at stage "engaged"', tries: 2 });
    expect(Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'stage_changed').executeTakeFirstOrThrow()).n)).toBe(before);

    // Two performers of one database effect (a lease that ran out while the first was still at it): one acts.
    const status = await effect({ type: 'updateStatus', solutionInterestId: si(), status: 'Twice?' });
    clock.advance(1000);
    const claimed = (await t.db.transaction().execute((trx) => claimEffect(trx, clock.now(), clock.now())))!;
    const { performEffect } = await import('./effects.ts');
    const deps = { database: t, mailer: null, publicUrl: null };
    const results = await Promise.all([performEffect(deps, claimed, clock.now()), performEffect(deps, claimed, clock.now())]);
    expect(results.map((r) => r.result).sort()).toEqual(['already performed', 'status "CRM call failed" → "Twice?"']);
    expect(await outcome(status)).toEqual({ status: 'done', result: 'status "CRM call failed" → "Twice?"' });
    const statusEvents = await t.db.selectFrom('events').select('payload').where('type', '=', 'status_changed').execute();
    expect(statusEvents.filter((e) => JSON.stringify(e.payload).includes('Twice?'))).toHaveLength(1);

    // A sales alert whose webhook fails after the email went out: the retry sends the webhook only.
    const alert = await effect({ type: 'salesAlert', solutionInterestId: si(), email: { to: ['rep@example.com'] }, webhook: { url: `${base}/flaky-alert` } });
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects.retried).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    expect(JSON.parse((await getEffect(t.db, alert))!.result!)).toMatchObject({ email: expect.stringContaining('sent to rep@example.com'), errors: ['webhook: HTTP 500'] });
    clock.advance(1000);
    await worker.tick(clock.now());
    expect(smtp.messages).toHaveLength(1);
    expect(hits['/flaky-alert']).toBe(2);
    expect(await outcome(alert)).toMatchObject({ status: 'failed', result: expect.stringMatching(/^email sent to rep@example\.com .*; webhook: HTTP 500$/) });

    // An SMTP server that refuses for a moment: the email is sent on the retry, once.
    smtp.failNext(1);
    const mail = await effect({ type: 'salesAlert', solutionInterestId: si(), email: { to: ['rep2@example.com'] }, webhook: null });
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects.retried).toBe(1);
    clock.advance(1000);
    expect((await worker.tick(clock.now())).effects.done).toBe(1);
    expect(await outcome(mail)).toMatchObject({ status: 'done', result: expect.stringContaining('email sent to rep2@example.com') });
    expect(smtp.messages.map((m) => m.envelopeTo)).toEqual([['rep@example.com'], ['rep2@example.com']]);
    expect((await getEnrollment(t.db, enrollmentId)).status).toBe('completed');
  });

  it('finishes a journey whose end date has passed; the accounts still inside leave at the end date', async () => {
    const followUp = (await t.db.selectFrom('journeys').select(['id', 'end_at']).where('name', '=', 'Follow-up').executeTakeFirstOrThrow());
    const [inside] = await listEnrollments(t.db, followUp.id);
    expect(inside).toMatchObject({ status: 'active' });
    clock.set(Number(followUp.end_at) + 1000);
    await worker.tick(clock.now());
    const j = await t.db.selectFrom('journeys').select(['status', 'ended_at']).where('id', '=', followUp.id).executeTakeFirstOrThrow();
    expect(j).toMatchObject({ status: 'finished' });
    expect(Number(j.ended_at)).toBe(Number(followUp.end_at));
    expect(await getEnrollment(t.db, inside!.id)).toMatchObject({ status: 'completed', endedAt: Number(followUp.end_at) });
    expect(await t.db.selectFrom('journey_positions').select('node_id').where('journey_id', '=', followUp.id).execute()).toEqual([]);
    // The scenario journey (end date far ahead) is still Live.
    expect((await t.db.selectFrom('journeys').select('status').where('id', '=', s.journeyId).executeTakeFirstOrThrow()).status).toBe('live');
  });
});
