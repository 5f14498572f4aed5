/**
 * Property (issue 3): random sequences of manual, journey, import and rule operations on a real
 * database never let a weaker source undo or change what a stronger source decided, and rule
 * members always reflect the rules. Rule operations are real data changes (a job title that
 * starts or stops matching), maintained in the same transaction; the other sources act through
 * the member-actions path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { updatePerson } from '../store/people.ts';
import { QuorumError } from '../domain/errors.ts';
import { strength, type MemberSource } from '../domain/assignment/index.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance } from './maintenance.ts';
import { applyMemberActions } from './members.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

const TITLES: Record<string, string | null> = { 'Chief Executive Officer': 'rol_decision_maker', 'VP Marketing': 'rol_influencer', 'QA Engineer': 'rol_practitioner', 'Office clerk': null };
const ROLES = ['rol_decision_maker', 'rol_influencer', 'rol_practitioner', 'rol_champion'];

type Op =
  | { kind: 'rule'; person: number; title: string }
  | { kind: 'act'; source: Exclude<MemberSource, 'rule' | 'suggestion'>; action: 'add' | 'remove' | 'change_role'; person: number; role: string };

describe(`source precedence on the database (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let groupId: string;
  let people: string[];
  let uninstall: () => void;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    groupId = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
    people = [tenant.people.vp!, tenant.people.eng!, tenant.people.clerk!];
    uninstall = installMaintenance();
  });
  afterAll(async () => {
    uninstall();
    await t.drop();
  });

  const state = async () => {
    const rows = await t.db.selectFrom('buying_group_members').select(['person_id', 'role_id', 'source', 'removed']).where('buying_group_id', '=', groupId).where('person_id', 'in', people).execute();
    return new Map(rows.map((r) => [r.person_id, { roleId: r.role_id, source: r.source as MemberSource, removed: r.removed === 1 }]));
  };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('rule' as const), person: fc.integer({ min: 0, max: 2 }), title: fc.constantFrom(...Object.keys(TITLES)) }),
    fc.record({
      kind: fc.constant('act' as const),
      source: fc.constantFrom('manual' as const, 'journey' as const, 'import' as const),
      action: fc.constantFrom('add' as const, 'remove' as const, 'change_role' as const),
      person: fc.integer({ min: 0, max: 2 }),
      role: fc.constantFrom(...ROLES),
    }),
  );

  it('never lets a weaker source undo a stronger one; rule members follow the rules', async () => {
    const titles = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        // Start each run from rule-only membership.
        await t.db.deleteFrom('buying_group_members').where('buying_group_id', '=', groupId).where('person_id', 'in', people).execute();
        for (const p of people) {
          await updatePerson(t.db, SYSTEM_ACTOR, p, { jobTitle: 'Office clerk' }, T0);
          titles.set(p, 'Office clerk');
        }
        for (const o of ops) {
          const personId = people[o.person]!;
          const before = await state();
          const prev = before.get(personId);
          if (o.kind === 'rule') {
            await updatePerson(t.db, SYSTEM_ACTOR, personId, { jobTitle: o.title }, T0);
            titles.set(personId, o.title);
            const after = (await state()).get(personId);
            if (prev && strength(prev.source) > strength('rule')) expect(after).toEqual(prev);
          } else {
            const action = o.action === 'remove' ? { op: 'remove' as const, personId } : { op: o.action, personId, roleId: o.role };
            let applied = true;
            try {
              await applyMemberActions(t.db, SYSTEM_ACTOR, groupId, [action], T0, o.source);
            } catch (e) {
              if (!(e instanceof QuorumError)) throw e;
              applied = false;
              expect(await state()).toEqual(before); // a refused action writes nothing
            }
            const after = (await state()).get(personId);
            if (prev && strength(o.source) < strength(prev.source)) expect(after).toEqual(prev);
            const joins = o.action === 'add' && (!prev || prev.removed);
            if (applied && (joins || o.action === 'change_role')) expect(after).toEqual({ roleId: o.role, source: o.source, removed: false });
            if (applied && o.action === 'remove') expect(after?.removed).toBe(true);
          }
          // Other people are never touched by an operation on this one.
          const now = await state();
          for (const p of people) if (p !== personId) expect(now.get(p)).toEqual(before.get(p));
        }
        // Rule-owned members hold exactly the role their title gives.
        for (const [p, s] of await state()) {
          if (s.source !== 'rule') continue;
          const want = TITLES[titles.get(p) ?? ''] ?? null;
          if (want) expect(s).toEqual({ roleId: want, source: 'rule', removed: false });
          else expect(s.removed).toBe(true);
        }
      }),
      { numRuns: TEST_ENGINE === 'postgres' ? 40 : 80 },
    );
  });
});
