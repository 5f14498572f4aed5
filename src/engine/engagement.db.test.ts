/**
 * Engagement through the database (SPEC §5), on the test engine: the incremental path (activity
 * ingestion) and the full recompute agree exactly with each other and with the pure TypeScript
 * functions; SPEC's worked example; the daily cap; window decay; the scheduler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { deleteActivity, ingestActivities, type ActivityInput } from '../store/activities.ts';
import { createActivityType } from '../store/activity-types.ts';
import { activateWeightingModel, activeWeightingModel, createWeightingModel, updateWeightingModel, type WeightingModelFields } from '../store/weighting-models.ts';
import { getRolesTemplate } from '../store/roles-templates.ts';
import { newId } from '../domain/ids.ts';
import { DAY_MS, ManualClock } from '../domain/clock.ts';
import { WEIGHTING_BANDS } from '../domain/roles.ts';
import { engagementScore, groupRawEngagement, personRawEngagement, type WeightingModel } from '../domain/scoring/index.ts';
import { recomputeEngagement } from './engagement.ts';
import { ManualTimer, startScoreScheduler } from './scheduler.ts';
import { accountFields, personFields, securityTemplate, T0 } from './test-fixtures.ts';

const DM = 'rol_decision_maker';
const INF = 'rol_influencer';
const PRA = 'rol_practitioner';
const HOUR = 3_600_000;

interface Fixture {
  people: string[];
  groups: { a: string; b: string };
  accounts: { a: string; b: string };
  modelId: string;
  bands: Map<string, number>;
}

/**
 * Accounts A and B, people p0…p7, the Security template (DM vital, Influencer important,
 * Practitioner normal) and two groups, written directly:
 *   A: p0 DM, p1 Influencer, p2 Practitioner, p3 Influencer, p6 DM (removed)
 *   B: p4 DM, p5 Practitioner, p2 Influencer (p2 is in both groups)
 *   p7 is in no group.
 */
async function fixture(db: Kysely<DB>): Promise<Fixture> {
  const a = await createAccount(db, SYSTEM_ACTOR, accountFields('Acme'), T0);
  const b = await createAccount(db, SYSTEM_ACTOR, accountFields('Globex'), T0);
  const people: string[] = [];
  for (let i = 0; i < 8; i++) people.push((await createPerson(db, SYSTEM_ACTOR, personFields(`p${i}@example.com`, null), T0)).id);
  const { templateId, solutionInterestId } = await securityTemplate(db);
  const group = async (accountId: string, name: string) => {
    const id = newId('buyingGroup', T0);
    await db
      .insertInto('buying_groups')
      .values({ account_id: accountId, id, solution_interest_id: solutionInterestId, template_id: templateId, name, name_norm: name.toLowerCase(), status_label: null, stage: null, completeness: 0, engagement: 0, active: 1, created_at: T0, updated_at: T0 })
      .execute();
    return id;
  };
  const ga = await group(a.id, 'A');
  const gb = await group(b.id, 'B');
  const member = (accountId: string, groupId: string, person: number, roleId: string, removed = 0) => ({
    account_id: accountId,
    buying_group_id: groupId,
    person_id: people[person] as string,
    role_id: roleId,
    source: 'rule' as const,
    removed,
    added_at: T0,
    removed_at: removed ? T0 : null,
    updated_at: T0,
  });
  await db
    .insertInto('buying_group_members')
    .values([
      member(a.id, ga, 0, DM),
      member(a.id, ga, 1, INF),
      member(a.id, ga, 2, PRA),
      member(a.id, ga, 3, INF),
      member(a.id, ga, 6, DM, 1),
      member(b.id, gb, 4, DM),
      member(b.id, gb, 5, PRA),
      member(b.id, gb, 2, INF),
    ])
    .execute();
  const template = await getRolesTemplate(db, templateId);
  // A custom type (registered, as every custom type must be) takes part in the property test.
  await createActivityType(db, SYSTEM_ACTOR, { key: 'custom_signal', label: 'Custom signal', description: null }, T0);
  const model = await createWeightingModel(db, SYSTEM_ACTOR, { name: 'Test', weights: { page_viewed: 100 }, windowDays: 30, dailyCap: 20, k: 20 }, T0);
  await activateWeightingModel(db, SYSTEM_ACTOR, model.id, T0);
  return {
    people,
    groups: { a: ga, b: gb },
    accounts: { a: a.id, b: b.id },
    modelId: model.id,
    bands: new Map(template.roles.map((r) => [r.roleId, WEIGHTING_BANDS[r.weightingBand]])),
  };
}

describe(`engagement in the database (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let fx: Fixture;
  beforeAll(async () => {
    t = await createTestDatabase();
    fx = await fixture(t.db);
  });
  afterAll(async () => t.drop());

  /** Fresh state: no activities, every score 0; the test model set to `fields` (store only). */
  const reset = async (fields: Partial<WeightingModelFields>) => {
    await t.db.deleteFrom('activities').execute();
    await t.db.deleteFrom('events').execute();
    await t.db.updateTable('people').set({ engagement_raw: 0, engagement_score: 0 }).execute();
    await t.db.updateTable('buying_groups').set({ engagement_raw: 0, engagement: 0 }).execute();
    await updateWeightingModel(t.db, SYSTEM_ACTOR, fx.modelId, { weights: { page_viewed: 100 }, windowDays: 30, dailyCap: 20, k: 20, ...fields }, T0);
    // Completeness is not part of these tests: settle it once.
    await recomputeEngagement(t.db, t.engine, T0);
    await t.db.deleteFrom('events').execute();
  };

  const ingest = (acts: ActivityInput[], now: number) => ingestActivities(t.db, SYSTEM_ACTOR, acts, now);
  const many = (person: number, type: string, occurredAt: number, n: number): ActivityInput[] =>
    Array.from({ length: n }, (_, i) => ({ personId: fx.people[person] as string, type, occurredAt: occurredAt + i }));

  const peopleState = async () =>
    (await t.db.selectFrom('people').select(['id', 'engagement_raw as raw', 'engagement_score as score']).orderBy('id').execute()).map((p) => ({ ...p }));
  const groupState = async () =>
    (await t.db.selectFrom('buying_groups').select(['id', 'engagement_raw as raw', 'engagement as score', 'completeness']).orderBy('id').execute()).map((g) => ({ ...g }));
  const rawOf = async (person: number) => (await t.db.selectFrom('people').select('engagement_raw').where('id', '=', fx.people[person] as string).executeTakeFirstOrThrow()).engagement_raw;
  const group = async (id: string) => t.db.selectFrom('buying_groups').select(['engagement_raw', 'engagement']).where('id', '=', id).executeTakeFirstOrThrow();

  /** Every stored score against the pure TypeScript functions at `now`. */
  const expectMatchesTypeScript = async (model: WeightingModel, now: number) => {
    const acts = await t.db.selectFrom('activities').select(['person_id', 'type', 'occurred_at']).execute();
    const people = await peopleState();
    const rawById = new Map<string, number>();
    for (const p of people) {
      const mine = acts.filter((a) => a.person_id === p.id).map((a) => ({ type: a.type, occurredAt: a.occurred_at }));
      const raw = personRawEngagement(mine, model, now);
      expect(p.raw, p.id).toBe(raw);
      expect(p.score, p.id).toBe(engagementScore(raw, model.k));
      rawById.set(p.id, raw);
    }
    const members = await t.db.selectFrom('buying_group_members').select(['buying_group_id', 'person_id', 'role_id']).where('removed', '=', 0).execute();
    for (const g of await groupState()) {
      const list = members
        .filter((m) => m.buying_group_id === g.id)
        .sort((x, y) => (x.person_id < y.person_id ? -1 : 1))
        .map((m) => ({ roleId: m.role_id, raw: rawById.get(m.person_id) ?? NaN }));
      const raw = groupRawEngagement(list, (r) => fx.bands.get(r) ?? 0);
      expect(g.raw, g.id).toBe(raw);
      expect(g.score, g.id).toBe(engagementScore(raw, model.k));
    }
  };

  it("reproduces SPEC §5's worked example through ingestion: 52, 28, 17 → 35.25", async () => {
    await reset({ weights: { page_viewed: 100, form_filled: 100 } });
    const now = T0;
    await ingest([...many(0, 'page_viewed', now - 3 * DAY_MS, 20), ...many(0, 'page_viewed', now - 2 * DAY_MS, 20), ...many(0, 'form_filled', now - DAY_MS, 12)], now);
    await ingest([...many(1, 'page_viewed', now - 5 * DAY_MS, 20), ...many(1, 'form_filled', now - 5 * DAY_MS, 8)], now);
    await ingest(many(2, 'page_viewed', now - HOUR, 17), now);
    expect([await rawOf(0), await rawOf(1), await rawOf(2), await rawOf(3)]).toEqual([52, 28, 17, 0]);

    // Group A: DM 52 (vital), Influencers 28 and 0 (important), Practitioner 17 (normal); 100 + 80 + 60 = 240.
    const a = await group(fx.groups.a);
    expect(a.engagement_raw).toBeCloseTo(35.25, 12);
    expect(a.engagement_raw).toBe(groupRawEngagement([{ roleId: DM, raw: 52 }, { roleId: INF, raw: 28 }, { roleId: PRA, raw: 17 }, { roleId: INF, raw: 0 }], (r) => fx.bands.get(r) ?? 0));
    expect(a.engagement).toBe(100 * (1 - Math.exp(-a.engagement_raw / 20)));
    // Group B: p2 is its only active member (Influencer, share 80/(100+80+60) with DM and Practitioner present at 0).
    expect((await group(fx.groups.b)).engagement_raw).toBe(17 * (80 / 240));

    const events = await t.db.selectFrom('events').select(['buying_group_id', 'type']).where('type', '=', 'engagement_changed').execute();
    expect(events.filter((e) => e.buying_group_id === fx.groups.a)).toHaveLength(3);

    const before = [await peopleState(), await groupState()];
    const counts = await recomputeEngagement(t.db, t.engine, now);
    expect(counts).toMatchObject({ people: 8, peopleChanged: 0, groups: 2, groupsChanged: 0, events: 0 });
    expect([await peopleState(), await groupState()]).toEqual(before);
    await expectMatchesTypeScript(await activeWeightingModel(t.db), now);
  });

  it('counts at most 20 per (person, type, UTC day), across ingestion batches', async () => {
    await reset({ weights: { email_opened: 30, page_viewed: 100 } });
    const day = Date.parse('2026-05-30T00:00:00Z');
    await ingest(many(7, 'email_opened', day + 10, 10), T0);
    await ingest(many(7, 'email_opened', day + 100, 15), T0); // 25 that day → 20 × 0.3
    await ingest(many(7, 'email_opened', day - 20, 20), T0); // the day before, up to midnight: 20 × 0.3
    await ingest(many(7, 'page_viewed', day + 5, 30), T0); // another type: its own cap, 20 × 1
    expect(await rawOf(7)).toBe(6 + 6 + 20);
    await recomputeEngagement(t.db, t.engine, T0);
    expect(await rawOf(7)).toBe(6 + 6 + 20);
    await expectMatchesTypeScript(await activeWeightingModel(t.db), T0);
  });

  it('decays as activities leave the window: a recompute 31 days later scores 0', async () => {
    await reset({ weights: { page_viewed: 60, form_filled: 40 } });
    await ingest([...many(0, 'page_viewed', T0 - 29 * DAY_MS, 3), ...many(1, 'form_filled', T0 - DAY_MS, 4), ...many(4, 'page_viewed', T0 - HOUR, 2)], T0);
    const model = await activeWeightingModel(t.db);
    await expectMatchesTypeScript(model, T0);
    expect((await group(fx.groups.a)).engagement).toBeGreaterThan(0);

    // 1.5 days later p0's activities (29 days old) are out; the others still count.
    const later = T0 + 1.5 * DAY_MS;
    const c1 = await recomputeEngagement(t.db, t.engine, later);
    expect(c1.peopleChanged).toBe(1);
    expect(await rawOf(0)).toBe(0);
    expect(await rawOf(1)).toBeCloseTo(1.6, 12);
    await expectMatchesTypeScript(model, later);

    const gone = T0 + 31 * DAY_MS;
    const c2 = await recomputeEngagement(t.db, t.engine, gone);
    expect(c2).toMatchObject({ peopleChanged: 2, groupsChanged: 2 });
    expect((await peopleState()).every((p) => p.raw === 0 && p.score === 0)).toBe(true);
    expect((await groupState()).map((g) => [g.raw, g.score])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const events = await t.db.selectFrom('events').select('type').where('type', '=', 'engagement_changed').execute();
    expect(events.length).toBeGreaterThanOrEqual(4);
  });

  it('follows a deleted activity', async () => {
    await reset({});
    const [first] = await ingest(many(3, 'page_viewed', T0 - HOUR, 2), T0);
    expect(await rawOf(3)).toBe(2);
    await deleteActivity(t.db, SYSTEM_ACTOR, first?.id ?? '', T0);
    expect(await rawOf(3)).toBe(1);
    await expectMatchesTypeScript(await activeWeightingModel(t.db), T0);
  });

  it('leaves scores alone for activities that do not count now (a backfill of old or weightless activities)', async () => {
    await reset({ weights: { page_viewed: 100 } });
    await ingest(many(5, 'page_viewed', T0 - HOUR, 3), T0);
    const before = [await peopleState(), await groupState()];
    const events = (await t.db.selectFrom('events').select('seq').execute()).length;
    await ingest([...many(5, 'page_viewed', T0 - 45 * DAY_MS, 20), ...many(5, 'email_opened', T0 - HOUR, 20), ...many(6, 'form_filled', T0 - HOUR, 5)], T0);
    expect([await peopleState(), await groupState()]).toEqual(before);
    expect((await t.db.selectFrom('events').select('seq').execute()).length).toBe(events);
    expect((await recomputeEngagement(t.db, t.engine, T0)).peopleChanged).toBe(0);
  });

  it('concurrent ingests for the same people and groups lose no update (row locks on PostgreSQL)', async () => {
    await reset({ weights: { page_viewed: 100, form_filled: 37.5 } });
    const batches = Array.from({ length: 8 }, (_, i) => [...many(i % 3, 'page_viewed', T0 - (i + 1) * HOUR, 2 + i), ...many((i + 1) % 3, 'form_filled', T0 - DAY_MS - i, 3), ...many(4, 'page_viewed', T0 - i - 1, 1)]);
    await Promise.all(batches.map((b) => ingest(b, T0)));
    const incremental = [await peopleState(), await groupState()];
    expect((await recomputeEngagement(t.db, t.engine, T0)).peopleChanged).toBe(0);
    expect([await peopleState(), await groupState()]).toEqual(incremental);
    await expectMatchesTypeScript(await activeWeightingModel(t.db), T0);
  });

  it('rescores everyone when K changes (raw values stay, scores move, events written)', async () => {
    await reset({});
    await ingest(many(0, 'page_viewed', T0 - HOUR, 5), T0);
    const before = await group(fx.groups.a);
    await updateWeightingModel(t.db, SYSTEM_ACTOR, fx.modelId, { k: 10 }, T0);
    const counts = await recomputeEngagement(t.db, t.engine, T0);
    expect(counts).toMatchObject({ peopleChanged: 1, groupsChanged: 1 });
    const after = await group(fx.groups.a);
    expect(after.engagement_raw).toBe(before.engagement_raw);
    expect(after.engagement).toBe(engagementScore(after.engagement_raw, 10));
    expect(after.engagement).toBeGreaterThan(before.engagement);
  });

  it('PROPERTY: incremental scores over random batches and a moving clock equal a full recompute, exactly', async () => {
    const TYPES = ['page_viewed', 'email_opened', 'form_filled', 'event_attended', 'custom_signal'] as const;
    const weight = fc.oneof(fc.constantFrom(0, 20, 40, 60, 80, 100), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    const modelArb = fc.record({
      weights: fc.record(Object.fromEntries(TYPES.map((ty) => [ty, weight])) as Record<(typeof TYPES)[number], fc.Arbitrary<number>>),
      windowDays: fc.integer({ min: 1, max: 30 }),
      dailyCap: fc.integer({ min: 1, max: 25 }),
      k: fc.double({ min: 0.5, max: 200, noNaN: true }),
    });
    const entry = fc.record({
      person: fc.integer({ min: 0, max: 7 }),
      type: fc.constantFrom(...TYPES),
      // Where in the window (fraction), or (1 in 8) already outside it.
      at: fc.oneof({ arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 7 }, { arbitrary: fc.constant(-1), weight: 1 }),
      n: fc.integer({ min: 1, max: 25 }),
    });
    const step = fc.record({
      advance: fc.integer({ min: 0, max: HOUR }),
      batches: fc.array(fc.array(entry, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
      scheduledRecompute: fc.boolean(),
    });
    const MAX_STEPS = 5;

    await fc.assert(
      fc.asyncProperty(modelArb, fc.array(step, { minLength: 1, maxLength: MAX_STEPS }), async (modelFields, steps) => {
        await reset(modelFields);
        const model = await activeWeightingModel(t.db);
        // Activities are stamped so that none leaves the window before the end of the run (the
        // clock moves at most MAX_STEPS hours); decay has its own test.
        const span = model.windowDays * DAY_MS - (MAX_STEPS + 1) * HOUR;
        let now = T0;
        for (const s of steps) {
          now += s.advance;
          if (s.scheduledRecompute) await recomputeEngagement(t.db, t.engine, now);
          for (const batch of s.batches) {
            await ingest(
              batch.flatMap((e) => many(e.person, e.type, e.at < 0 ? now - model.windowDays * DAY_MS - DAY_MS : now - Math.floor(e.at * span) - e.n, e.n)),
              now,
            );
          }
        }
        const incremental = [await peopleState(), await groupState()];
        const eventsBefore = (await t.db.selectFrom('events').select('seq').execute()).length;
        const counts = await recomputeEngagement(t.db, t.engine, now);
        expect(counts.peopleChanged).toBe(0);
        expect(counts.groupsChanged).toBe(0);
        expect([await peopleState(), await groupState()]).toEqual(incremental);
        expect((await t.db.selectFrom('events').select('seq').execute()).length).toBe(eventsBefore);
        await expectMatchesTypeScript(model, now);
      }),
      { numRuns: 25 },
    );
  });

  it('the scheduler recomputes on each tick of its timer, with the injected clock, never overlapping', async () => {
    await reset({});
    await ingest(many(0, 'page_viewed', T0 - HOUR, 4), T0);
    expect(await rawOf(0)).toBe(4);
    const clock = new ManualClock(T0);
    const timer = new ManualTimer();
    const runs: number[] = [];
    let resolveRun: () => void = () => undefined;
    let ran = new Promise<void>((r) => (resolveRun = r));
    const scheduler = startScoreScheduler(t, {
      clock,
      timer,
      onRun: (c) => {
        runs.push(c.peopleChanged);
        resolveRun();
      },
      onError: (err) => {
        throw err;
      },
    });
    expect(timer.active).toBe(1);

    clock.advance(10 * DAY_MS);
    timer.tick();
    timer.tick(); // a tick during a run is skipped
    await ran;
    expect(runs).toEqual([0]);
    expect(await rawOf(0)).toBe(4);

    ran = new Promise<void>((r) => (resolveRun = r));
    clock.advance(21 * DAY_MS);
    timer.tick();
    await ran;
    expect(runs).toEqual([0, 1]);
    expect(await rawOf(0)).toBe(0);
    expect((await group(fx.groups.a)).engagement).toBe(0);

    await scheduler.stop();
    expect(timer.active).toBe(0);
  });
});
