/**
 * Listen steps for a person activity are woken by the activity itself, in the tick that follows
 * it (not at their deadline): entry → listen for `form_filled` (10-day timeout) → a wait. An
 * activity of another type, or of a person of an account outside the journey, wakes nobody; one
 * committed late (created_at a little below the cursor) still does; re-reading does not move a
 * token twice; and on PostgreSQL two workers ticking at once move it once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { openDatabase } from '../../store/db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { ingestActivities } from '../../store/activities.ts';
import { createAccount } from '../../store/accounts.ts';
import { createPerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';
import { createJourney, publishJourney } from '../../store/journeys.ts';
import { readCursor } from '../../store/journey-runtime.ts';
import { newId } from '../../domain/ids.ts';
import { DAY_MS, ManualClock } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from '../test-fixtures.ts';
import { ACTIVITY_CURSOR } from './activity-wake.ts';
import { JourneyWorker } from './worker.ts';

describe(`journey worker: listen steps woken by activities (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let journeyId: string;
  let outsider: string;
  const clock = new ManualClock(T0);
  const worker = () => new JourneyWorker({ database: t, clock, mailer: null, publicUrl: null });
  let w: JourneyWorker;

  /** The account's moves as from→to:via, entries and the rest. */
  const moves = async (accountId: string) =>
    (await t.db.selectFrom('journey_moves').select(['from_node', 'to_node', 'via']).where('journey_id', '=', journeyId).where('account_id', '=', accountId).orderBy('seq').execute()).map((m) => `${m.from_node ?? '∅'}→${m.to_node ?? '∅'}:${m.via}`);
  const listening = ['∅→start:enter', 'start→hear:next'];
  const heard = [...listening, 'hear→after:event'];
  const activity = (personId: string, type: string, at: number = clock.now()) => ingestActivities(t.db, SYSTEM_ACTOR, [{ personId, type, occurredAt: at }], clock.now());

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const initech = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0);
    outsider = (await createPerson(t.db, SYSTEM_ACTOR, personFields('bob@initech.example', 'CTO'), T0)).id;
    await createRelation(t.db, SYSTEM_ACTOR, initech.id, outsider, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId: tenant.listId, next: 'hear' },
        { id: 'hear', kind: 'listen', event: { type: 'personActivity', activityTypes: ['form_filled'] }, timeout: { amount: 10, unit: 'days' }, next: 'after', timeoutNext: null },
        { id: 'after', kind: 'wait', wait: { type: 'duration', duration: { amount: 30, unit: 'days' } }, next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Form fillers', description: null, definition, startAt: null, endAt: T0 + 300 * DAY_MS }, T0);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1)).id;
    w = worker();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('admits both accounts into the listen step', async () => {
    clock.set(T0 + 60_000);
    expect(await w.tick(clock.now())).toMatchObject({ admitted: 2, stepped: 2, woken: 0 });
    const [acme, globex] = tenant.accounts as [string, string];
    expect(await moves(acme)).toEqual(listening);
    expect(await moves(globex)).toEqual(listening);
  });

  it('wakes nobody for an activity of another type, or of a person of an account outside the journey', async () => {
    clock.set(T0 + 120_000);
    await activity(tenant.people.ciso!, 'email_opened');
    await activity(outsider, 'form_filled');
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 0, stepped: 0 });
    const [acme, globex] = tenant.accounts as [string, string];
    expect(await moves(acme)).toEqual(listening);
    expect(await moves(globex)).toEqual(listening);
    expect(await readCursor(t.db, ACTIVITY_CURSOR)).toBe(T0 + 120_000);
  });

  it('moves the token on via "event" in the next tick when a person of the account has the activity', async () => {
    const [acme, globex] = tenant.accounts as [string, string];
    clock.set(T0 + DAY_MS);
    await activity(tenant.people.ciso!, 'form_filled');
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 1, stepped: 1 });
    expect(await moves(acme)).toEqual(heard);
    const ev = await t.db.selectFrom('journey_moves').select(['at', 'detail']).where('account_id', '=', acme).where('via', '=', 'event').executeTakeFirstOrThrow();
    expect(Number(ev.at)).toBe(T0 + DAY_MS); // logical time: the activity's
    expect(ev.detail).toMatch(/^aact_/);
    expect(await moves(globex)).toEqual(listening);

    // The next rounds re-read the overlap window but do not wake it again; a fresh worker (a
    // restart: nothing remembered) wakes it once more, and the step moves nothing twice.
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 0, stepped: 0 });
    const restarted = worker();
    clock.advance(1000);
    await restarted.tick(clock.now());
    expect(await moves(acme)).toEqual(heard);
  });

  it('still wakes for an activity committed a little late (created_at below the cursor), not for one far older', async () => {
    const [, globex] = tenant.accounts as [string, string];
    const cursor = (await readCursor(t.db, ACTIVITY_CURSOR))!;
    const row = (personId: string, createdAt: number) => ({ id: newId('activity', createdAt), person_id: personId, account_id: null, type: 'form_filled', occurred_at: clock.now(), metadata: '{}', created_at: createdAt });
    // Long past the overlap: left to the listen step's own next step (its deadline at the latest).
    await t.db.insertInto('activities').values(row(tenant.people.gdir!, cursor - 60_000)).execute();
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 0 });
    expect(await moves(globex)).toEqual(listening);
    // Within the overlap (5 s below a cursor this worker has already passed): woken now.
    await t.db.insertInto('activities').values(row(tenant.people.gdir!, cursor - 5000)).execute();
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 1, stepped: 1 });
    expect(await moves(globex)).toEqual(heard);
  });

  it("hears an activity recorded on the account itself, by a person who is not one of the account's people", async () => {
    const umbrella = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Umbrella'), clock.now());
    await t.db.insertInto('account_list_members').values({ account_id: umbrella.id, list_id: tenant.listId, added_at: clock.now() }).execute();
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ admitted: 1 });
    expect(await moves(umbrella.id)).toEqual(listening);
    await ingestActivities(t.db, SYSTEM_ACTOR, [{ personId: outsider, accountId: umbrella.id, type: 'form_filled', occurredAt: clock.now() }], clock.now());
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ woken: 1, stepped: 1 });
    expect(await moves(umbrella.id)).toEqual(heard);
  });

  it.skipIf(TEST_ENGINE !== 'postgres')('two workers ticking at once on PostgreSQL move a woken token once', async () => {
    const late = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Hooli'), clock.now());
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('ann@hooli.example', 'CIO'), clock.now());
    await createRelation(t.db, SYSTEM_ACTOR, late.id, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, clock.now());
    await t.db.insertInto('account_list_members').values({ account_id: late.id, list_id: tenant.listId, added_at: clock.now() }).execute();
    clock.advance(1000);
    expect(await w.tick(clock.now())).toMatchObject({ admitted: 1 });
    expect(await moves(late.id)).toEqual(listening);
    const other = openDatabase(t.url);
    try {
      const second = new JourneyWorker({ database: other, clock, mailer: null, publicUrl: null });
      await activity(p.id, 'form_filled');
      clock.advance(1000);
      // The second worker remembers nothing of the overlap window, so it may wake the enrollment
      // again (then it steps again, moving nothing): what counts is one move, by one of them.
      const [a, b] = await Promise.all([w.tick(clock.now(), { admit: false }), second.tick(clock.now(), { admit: false })]);
      expect(a.woken + b.woken).toBeGreaterThanOrEqual(1);
      expect(await moves(late.id)).toEqual(heard);
    } finally {
      await other.close();
    }
  });
});
