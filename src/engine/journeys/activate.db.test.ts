/**
 * The `activate` journey action end to end, against the LinkedIn mock server: publish refuses an
 * action naming a destination or activation that does not exist (the problem on the node); a
 * Live journey's accounts reaching the action are added to the activation and make one queued
 * sync (trigger `journey`); the job runner's sync sends them — the company and its buying
 * group's members — besides what the activation's filter selects. A sync holding the lease makes
 * the action try again later instead of joining it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR, SecretBox, connectDestination, createActivation, createDestination, getActivation, listSyncs } from '../../store/index.ts';
import { createAccount } from '../../store/accounts.ts';
import { addAccountListMembers, createAccountList } from '../../store/account-lists.ts';
import { createJourney, listEffects, listEnrollments, publishJourney } from '../../store/journeys.ts';
import { DAY_MS, ManualClock } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { hashEmail } from '../../integrations/linkedin/index.ts';
import { MockLinkedIn, mockLinkedInConfig } from '../../integrations/linkedin/mock-server.testdata.ts';
import { JobRunner } from '../runner.ts';
import { accountFields, T0 } from '../test-fixtures.ts';
import type { LinkedInSettings } from '../linkedin/sync.ts';
import { JourneyWorker } from './worker.ts';
import { setupScenario, type Scenario } from './scenario.testdata.ts';

describe(`journey action: activate to a LinkedIn destination (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let s: Scenario;
  const li = new MockLinkedIn(() => Date.now());
  let settings: LinkedInSettings;
  let destinationId: string;
  let activationId: string;
  let listId: string;
  let initech: string;
  let journeyId: string;
  const clock = new ManualClock(T0);
  let worker: JourneyWorker;

  const definition = (destination: string, activation: string) =>
    definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId, next: 'send' },
        { id: 'send', kind: 'action', action: 'activate', settings: { destinationId: destination, activationId: activation }, next: null },
      ],
    });
  const effectsOf = async (accountId: string) => (await Promise.all((await listEnrollments(t.db, journeyId, accountId)).map((e) => listEffects(t.db, e.id)))).flat();
  const syncJobs = () => t.db.selectFrom('jobs').select(['id', 'status']).where('type', '=', 'activation_sync').orderBy('id').execute();

  beforeAll(async () => {
    t = await createTestDatabase();
    s = await setupScenario(t.db, t.engine);
    // The scenario's own journey is not under test: its entry list admits nobody.
    await t.db.deleteFrom('account_list_members').where('list_id', '=', s.tenant.listId).execute();
    initech = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0)).id; // no buying group
    const [acme, globex] = s.tenant.accounts as [string, string];
    listId = (await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Ready for ads', description: null, kind: 'static' }, T0)).id;
    await addAccountListMembers(t.db, SYSTEM_ACTOR, listId, [acme, initech], T0);

    const base = await li.start();
    settings = { config: mockLinkedInConfig(base), secrets: new SecretBox(randomBytes(32), [randomBytes(32)]) };
    destinationId = (await createDestination(t.db, SYSTEM_ACTOR, { name: 'LinkedIn EMEA', adAccountId: '42' }, T0)).id;
    const tok = li.issueTokens();
    await connectDestination(t.db, settings.secrets!, SYSTEM_ACTOR, destinationId, { accessToken: tok.accessToken, refreshToken: tok.refreshToken, accessExpiresAt: Date.now() + 60 * 86_400_000, refreshExpiresAt: null }, T0);
    // The activation's own filter selects Globex's group only.
    activationId = (await createActivation(t.db, SYSTEM_ACTOR, { destinationId, name: 'Security buyers', filter: { solutionInterestId: [s.tenant.solutionInterestId], accountId: globex }, companyList: true, contactList: true, roleIds: [], syncIntervalMs: null }, T0)).id;
    worker = new JourneyWorker({ database: t, clock, mailer: null, publicUrl: null, retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 }, random: () => 0 });
  });
  afterAll(async () => {
    await li.stop();
    await t.drop();
  });

  it('publish refuses an activate action naming a destination or an activation that does not exist', async () => {
    for (const [destination, activation, code, field] of [
      ['dst_nope', activationId, 'unknown_destination', '/definition/nodes/1/settings/destinationId'],
      [destinationId, 'atv_nope', 'unknown_activation', '/definition/nodes/1/settings/activationId'],
    ] as const) {
      const j = await createJourney(t.db, SYSTEM_ACTOR, { name: `Bad ${code}`, description: null, definition: definition(destination, activation), startAt: null, endAt: T0 + 90 * DAY_MS }, T0);
      const refused = await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ code: 'invalid_state', errors: [{ code, nodeId: 'send', field }] });
    }
  });

  it('adds the accounts reaching the action to the activation and queues one sync for them', async () => {
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'To LinkedIn', description: null, definition: definition(destinationId, activationId), startAt: null, endAt: T0 + 90 * DAY_MS }, T0);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1)).id;
    const [acme] = s.tenant.accounts as [string, string];
    clock.set(T0 + 60_000);
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 2, effects: { done: 2, skipped: 0, failed: 0 } });
    const jobs = await syncJobs();
    expect(jobs).toEqual([{ id: expect.any(String), status: 'queued' }]);
    const results = [...(await effectsOf(acme)), ...(await effectsOf(initech))].map((e) => [e.status, e.result]);
    expect(results).toContainEqual(['done', `added to activation "Security buyers" (destination "LinkedIn EMEA"); sync job ${jobs[0]!.id} queued`]);
    expect(results).toContainEqual(['done', `added to activation "Security buyers" (destination "LinkedIn EMEA"); joined sync job ${jobs[0]!.id} (queued, not yet reading the lists)`]);
    const rows = await t.db.selectFrom('activation_accounts').select(['account_id', 'journey_id']).where('activation_id', '=', activationId).orderBy('account_id').execute();
    expect(rows).toEqual([acme, initech].sort().map((a) => ({ account_id: a, journey_id: journeyId })));
    // Performed once: another tick does nothing more.
    clock.advance(1000);
    expect(await worker.tick(clock.now())).toMatchObject({ effects: { done: 0 } });
    expect(await syncJobs()).toHaveLength(1);
  });

  it('the sync sends the journey-added accounts and their buying group members besides what the filter selects', async () => {
    const [done] = await new JobRunner({ database: t, clock, linkedin: settings }).drain();
    expect(done).toMatchObject({ status: 'succeeded', error: null });
    const [run] = await listSyncs(t.db, activationId);
    expect(run).toMatchObject({ trigger: 'journey', status: 'succeeded' });
    const a = await getActivation(t.db, activationId);
    const names = [...li.segments.get(a.companySegmentId!)!.members].map((k) => k.split('|')[0]).sort();
    expect(names).toEqual(['Acme', 'Globex', 'Initech']);
    // Contacts: the current members of Acme's group (the journey's) and Globex's (the filter's).
    const members = await t.db.selectFrom('buying_group_members as m').innerJoin('people as p', 'p.id', 'm.person_id').select(['m.account_id', 'p.email']).where('m.removed', '=', 0).execute();
    const [acme, globex] = s.tenant.accounts as [string, string];
    expect(members.some((m) => m.account_id === acme) && members.some((m) => m.account_id === globex)).toBe(true);
    const hashed = members.filter((m) => m.email).map((m) => hashEmail(m.email!)).sort();
    expect([...li.segments.get(a.contactSegmentId!)!.members].sort()).toEqual(hashed);
    expect(run!.companiesAdded).toBe(3);
    expect(run!.contactsAdded).toBe(hashed.length);
  });

  it('does not join a sync already holding the lease: tries again once it ends, then queues its own', async () => {
    const hooli = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Hooli'), clock.now())).id;
    await addAccountListMembers(t.db, SYSTEM_ACTOR, listId, [hooli], clock.now());
    // As if a sync were running (it may have read its lists already).
    await t.db.updateTable('activations').set({ sync_lease_until: clock.now() + 60_000 }).where('id', '=', activationId).execute();
    clock.advance(1000);
    expect(await worker.tick(clock.now())).toMatchObject({ admitted: 1, effects: { retried: 1 } });
    const [waiting] = await effectsOf(hooli);
    expect(waiting).toMatchObject({ status: 'pending', result: expect.stringMatching(/^added to activation "Security buyers" .*a sync of the activation is running/) });
    expect(await syncJobs()).toHaveLength(1);
    await t.db.updateTable('activations').set({ sync_lease_until: null }).where('id', '=', activationId).execute();
    clock.advance(1000);
    await worker.tick(clock.now());
    const jobs = await syncJobs();
    expect(jobs).toHaveLength(2);
    expect((await effectsOf(hooli))[0]).toMatchObject({ status: 'done', result: `already in activation "Security buyers" (destination "LinkedIn EMEA"); sync job ${jobs[1]!.id} queued` });
    const [done] = await new JobRunner({ database: t, clock, linkedin: settings }).drain();
    expect(done).toMatchObject({ status: 'succeeded' });
    const a = await getActivation(t.db, activationId);
    expect([...li.segments.get(a.companySegmentId!)!.members].map((k) => k.split('|')[0])).toContain('Hooli');
  });
});
