/**
 * The journey worker end to end on the test engine, with the clock advanced by the test: the
 * issue's done-when journey (list → split by completeness ≥ 70 → yes: sales alert received by a
 * real SMTP server on loopback → no: wait 5 days → listen for "member assigned", 10-day timeout →
 * update stage), an account joining the list later, and the per-node counters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { journeyCounters, accountMoves } from '../../store/journey-runtime.ts';
import { listEffects, listEnrollments } from '../../store/journeys.ts';
import { createAccount } from '../../store/accounts.ts';
import { addAccountListMembers } from '../../store/account-lists.ts';
import { DAY_MS, ManualClock } from '../../domain/clock.ts';
import { applyMemberActions } from '../members.ts';
import { createPerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';
import { accountFields, personFields, T0 } from '../test-fixtures.ts';
import { smtpMailer } from './mailer.ts';
import { JourneyWorker } from './worker.ts';
import { NODE_IDS, setupScenario, type Scenario } from './scenario.testdata.ts';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.testdata.ts';

describe(`journey worker: the done-when journey (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let s: Scenario;
  let smtp: SmtpReceiver;
  let worker: JourneyWorker;
  const clock = new ManualClock(T0);
  const mailer = () => smtpMailer({ url: smtp.url, from: 'Quorum Alerts <alerts@quorum.test>' });
  let m: ReturnType<typeof mailer>;

  beforeAll(async () => {
    t = await createTestDatabase();
    s = await setupScenario(t.db, t.engine);
    smtp = await startSmtpReceiver();
    m = mailer();
    worker = new JourneyWorker({ database: t, clock, mailer: m, publicUrl: 'https://quorum.example.com/', addressPolicy: { allowPrivate: true, allowCidrs: [] } });
  });
  afterAll(async () => {
    m.close();
    await smtp.close();
    await t.drop();
  });

  const counters = async () => Object.fromEntries((await journeyCounters(t.db, s.journeyId, NODE_IDS)).map((c) => [c.nodeId, [c.entered, c.waitingHere, c.passed]]));
  const stageOf = async (accountId: string) => (await t.db.selectFrom('buying_groups').select('stage').where('id', '=', s.groups.get(accountId)!).executeTakeFirstOrThrow()).stage;

  it('admits the list, alerts on the complete group by email and parks the other one in the wait', async () => {
    const [acme, globex] = s.tenant.accounts as [string, string];
    const completeness = await t.db.selectFrom('buying_groups').select(['account_id', 'completeness']).execute();
    expect(Object.fromEntries(completeness.map((c) => [c.account_id, Number(c.completeness) >= 70]))).toEqual({ [acme]: true, [globex]: false });

    clock.set(T0 + 60_000);
    const c = await worker.tick(clock.now());
    expect(c).toMatchObject({ admitted: 2, stepped: 2, effects: { done: 1, skipped: 0, failed: 0, retried: 0 } });

    const [mail] = await smtp.waitFor(1);
    expect(smtp.messages).toHaveLength(1);
    expect(mail!.envelopeTo.sort()).toEqual(['ae@example.com', 'sales@example.com']);
    expect(mail!.envelopeFrom).toBe('alerts@quorum.test');
    expect(mail!.headers.get('to')).toBe('sales@example.com, ae@example.com');
    expect(mail!.headers.get('from')).toBe('Quorum Alerts <alerts@quorum.test>');
    expect(mail!.headers.get('subject')).toMatch(/^Sales alert: Acme — .+ is 100% complete$/);
    expect(mail!.headers.get('x-quorum-effect-key')).toBe(`${s.journeyId}/${acme}/1/t/2/alert`);
    expect(mail!.headers.get('message-id')).toMatch(/^<[0-9a-f]{32}@quorum\.test>$/);
    expect(mail!.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    const link = `https://quorum.example.com/buying-groups/${s.groups.get(acme)}`;
    expect(mail!.text).toContain('Account: Acme');
    expect(mail!.text).toContain('Completeness: 100%');
    expect(mail!.text).toContain('Missing roles: none');
    expect(mail!.text).toMatch(/- .*CISO — Decision Maker/);
    expect(mail!.text).toMatch(/- Vera Park, VP Sales — Influencer/);
    expect(mail!.text).toContain(`Open the group: ${link}`);
    expect(mail!.html).toContain(`<a href="${link}">Open the group</a>`);
    expect(mail!.html).toContain('<th align="left">Completeness</th><td>100%</td>');

    const [alert] = await listEffects(t.db, (await listEnrollments(t.db, s.journeyId, acme))[0]!.id);
    expect(alert).toMatchObject({ type: 'salesAlert', status: 'done', result: expect.stringContaining('email sent to sales@example.com, ae@example.com') });
    expect(await counters()).toEqual({ start: [2, 0, 2], ready: [2, 0, 2], alert: [1, 0, 1], pause: [1, 1, 0], hear: [0, 0, 0], stage: [0, 0, 0] });

    // A second tick at the same time does nothing more: no second email, no new moves.
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 0, stepped: 0, effects: { done: 0 } });
    expect(smtp.messages).toHaveLength(1);
  });

  it('admits an account that joins the list later', async () => {
    const initech = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0 + DAY_MS);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, s.tenant.listId, [initech.id], T0 + DAY_MS);
    s.tenant.accounts.push(initech.id);
    clock.set(T0 + DAY_MS + 1000);
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 1, stepped: 1 });
    expect(await counters()).toMatchObject({ start: [3, 0, 3], pause: [2, 2, 0] });
  });

  it('wakes the wait after 5 days, hears "member assigned" from the outbox and moves the stage', async () => {
    const [, globex, initech] = s.tenant.accounts as [string, string, string];
    clock.set(T0 + 5 * DAY_MS + 59_999);
    expect(await worker.tick(clock.now())).toMatchObject({ stepped: 0 }); // one ms early
    clock.set(T0 + 5 * DAY_MS + 60_000);
    expect(await worker.tick(clock.now())).toMatchObject({ stepped: 1 });
    expect(await counters()).toMatchObject({ pause: [2, 1, 1], hear: [1, 1, 0] });

    // Someone assigns a member to Globex's group by hand on day 7: the outbox event wakes the listen step.
    clock.set(T0 + 7 * DAY_MS);
    const cto = await createPerson(t.db, SYSTEM_ACTOR, personFields('cto@globex.example', 'CTO'), clock.now());
    await createRelation(t.db, SYSTEM_ACTOR, globex, cto.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, clock.now());
    await applyMemberActions(t.db, SYSTEM_ACTOR, s.groups.get(globex)!, [{ op: 'add', personId: cto.id, roleId: 'rol_decision_maker' }], clock.now(), 'manual');
    expect(await stageOf(globex)).toBe('new');
    clock.advance(1000);
    // Two steps: Globex hears the event; Initech (entered on day 1) leaves its wait (due since day 6) and listens.
    expect(await worker.tick(clock.now())).toMatchObject({ woken: 1, stepped: 2, effects: { done: 1 } });
    expect(await stageOf(globex)).toBe('engaged');
    const globexMoves = await accountMoves(t.db, s.journeyId, globex);
    expect(globexMoves.map((mv) => `${mv.from || '∅'}→${mv.to ?? '∅'}:${mv.via}`)).toEqual(['∅→start:enter', 'start→ready:next', 'ready→pause:other', 'pause→hear:wake', 'hear→stage:event', 'stage→∅:ok']);
    expect(globexMoves.find((mv) => mv.via === 'event')!.at).toBe(T0 + 7 * DAY_MS); // logical time: the event's

    // Initech's listen step (from day 6, when its wait ended) times out on day 16; Globex's event did not count for it.
    clock.set(T0 + 16 * DAY_MS + 1000);
    expect(await worker.tick(clock.now())).toMatchObject({ stepped: 1, effects: { done: 0 } });
    expect((await accountMoves(t.db, s.journeyId, initech)).at(-1)).toMatchObject({ from: 'hear', to: null, via: 'timeout', at: T0 + 6 * DAY_MS + 1000 + 10 * DAY_MS });

    expect(await counters()).toEqual({ start: [3, 0, 3], ready: [3, 0, 3], alert: [1, 0, 1], pause: [2, 0, 2], hear: [2, 0, 2], stage: [1, 0, 1] });
    const enrollments = await listEnrollments(t.db, s.journeyId);
    expect(enrollments.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
    expect(smtp.messages).toHaveLength(1);
  });
});
