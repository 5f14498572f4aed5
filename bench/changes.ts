/**
 * Single-person changes as the benchmark makes them: people with an active relation, spread over
 * the id range, each given a job title that flips their rule membership (a member becomes a
 * Paralegal, a non-member a CISO). Shared by `bench/run.ts` (the measure) and
 * `bench/change-profile.ts` (where the time of one change goes).
 */
import type { Database } from '../src/store/db.ts';
import { updatePerson } from '../src/store/people.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';

export interface PickedPerson {
  id: string;
  /** Whether they hold a rule role now. */
  member: boolean;
}

/** `n` people with an active relation, spread over the id range; whether each holds a rule role now. */
export async function pickPeople(database: Database, n: number): Promise<PickedPerson[]> {
  const db = database.db;
  const ids = await db.selectFrom('account_people').select('person_id').where('ended_on', 'is', null).orderBy('person_id').execute();
  const step = Math.max(1, Math.floor(ids.length / n));
  const out: PickedPerson[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ids.length && out.length < n; i += step) {
    const id = ids[i]?.person_id as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const m = await db.selectFrom('buying_group_members').select('person_id').where('person_id', '=', id).where('removed', '=', 0).where('source', '=', 'rule').executeTakeFirst();
    out.push({ id, member: !!m });
  }
  return out;
}

/** One change (maintenance must be installed), timed from the call to its end; whether membership flipped (checked untimed). */
export async function flipPerson(database: Database, p: PickedPerson, now: number): Promise<{ ms: number; flipped: boolean }> {
  const jobTitle = p.member ? 'Paralegal' : 'Chief Information Security Officer';
  const t = performance.now();
  await updatePerson(database.db, SYSTEM_ACTOR, p.id, { jobTitle }, now);
  const ms = performance.now() - t;
  const after = await database.db.selectFrom('buying_group_members').select('role_id').where('person_id', '=', p.id).where('removed', '=', 0).execute();
  return { ms, flipped: p.member ? after.length === 0 : after.some((m) => m.role_id === 'rol_decision_maker') };
}
