/**
 * Scope and followed audiences (issue 6): the one descendant depth of a solution interest's buying
 * groups (`solution_interest_scopes`) — the stored scope that generation, maintenance, explain and
 * preview read — and which account lists it follows (`followed_audiences`). A creation job starts the following of its audience (engine/jobs.ts); it ends
 * explicitly: `unfollowAudience`, deleting the list with `force`, or deleting the solution
 * interest. The table's foreign keys make a following whose list or solution interest is gone
 * impossible.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { QuorumError, notFound } from '../domain/index.ts';
import { decideScope, decidedDepth, type ScopeDecision } from '../domain/scope/index.ts';
import { audit, type Actor } from './audit.ts';
import { lockConfiguration } from './concurrency.ts';

export interface FollowedAudience {
  solutionInterestId: string;
  audienceId: string;
  audienceName: string;
  audienceKind: 'static' | 'dynamic';
  descendantDepth: number;
  createdAt: number;
  createdByJob: string | null;
}

/** Id and name of a solution interest (404 when it does not exist). */
async function solutionInterestName(db: Kysely<DB>, id: string): Promise<{ id: string; name: string }> {
  const row = await db.selectFrom('solution_interests').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('solution interest', id);
  return row;
}

/** The stored descendant depth of a solution interest's groups; null until its first job started. */
export async function storedScope(db: Kysely<DB>, solutionInterestId: string): Promise<number | null> {
  const row = await db.selectFrom('solution_interest_scopes').select('descendant_depth').where('solution_interest_id', '=', solutionInterestId).executeTakeFirst();
  return row ? Number(row.descendant_depth) : null;
}

/** The audiences a solution interest follows, oldest first. */
export async function listFollowedAudiences(db: Kysely<DB>, solutionInterestId: string): Promise<FollowedAudience[]> {
  const rows = await db
    .selectFrom('followed_audiences as f')
    .innerJoin('account_lists as l', 'l.id', 'f.audience_id')
    .innerJoin('solution_interest_scopes as sc', 'sc.solution_interest_id', 'f.solution_interest_id')
    .select(['f.solution_interest_id', 'f.audience_id', 'l.name', 'l.kind', 'sc.descendant_depth', 'f.created_at', 'f.created_by_job'])
    .where('f.solution_interest_id', '=', solutionInterestId)
    .orderBy('f.created_at')
    .orderBy('f.audience_id')
    .execute();
  return rows.map((r) => ({
    solutionInterestId: r.solution_interest_id,
    audienceId: r.audience_id,
    audienceName: r.name,
    audienceKind: r.kind,
    descendantDepth: Number(r.descendant_depth),
    createdAt: Number(r.created_at),
    createdByJob: r.created_by_job,
  }));
}

/** The solution interests following a list (for refusing its deletion with their names). */
export async function followersOfList(db: Kysely<DB>, listId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('followed_audiences as f')
    .innerJoin('solution_interests as si', 'si.id', 'f.solution_interest_id')
    .select(['si.id', 'si.name'])
    .where('f.audience_id', '=', listId)
    .orderBy('si.name')
    .execute();
}

/** The 409 of a job whose depth differs from the stored scope: says what to send instead. */
export function scopeConflict(si: { id: string; name: string }, stored: number, requested: number): QuorumError {
  return QuorumError.field(
    'conflict',
    '/options/descendantDepth',
    `solution interest "${si.name}" (${si.id}) keeps its buying groups with descendantDepth ${stored}; a job with descendantDepth ${requested} would give them another scope than ` +
      `real-time maintenance, explain and preview use. Send descendantDepth ${stored} (or omit it), or send options.updateScope: true to change the scope of all its groups to ${requested}`,
  );
}

/** What a job for this solution interest and depth would do to the stored scope (no write). */
export async function scopeDecisionFor(db: Kysely<DB>, solutionInterestId: string, requested: number | undefined, updateScope: boolean): Promise<ScopeDecision> {
  return decideScope(await storedScope(db, solutionInterestId), requested, updateScope);
}

/**
 * Starts following `audienceId` for the solution interest at `depth` (a creation job calls it
 * when it starts, in its own transaction), changing the stored depth of all the solution
 * interest's audiences when `updateScope` asks for it. Refuses (409) another depth otherwise.
 * Returns the depth in force afterwards.
 */
export async function followAudience(
  trx: Kysely<DB>,
  actor: Actor,
  f: { solutionInterestId: string; audienceId: string; descendantDepth: number; updateScope: boolean; jobId: string | null },
  now: number,
): Promise<number> {
  await lockConfiguration(trx);
  // Both may have been deleted since the job was queued: say so (rather than a foreign-key error).
  const si = await solutionInterestName(trx, f.solutionInterestId);
  if (!(await trx.selectFrom('account_lists').select('id').where('id', '=', f.audienceId).executeTakeFirst())) throw notFound('account list', f.audienceId);
  const decision = await scopeDecisionFor(trx, f.solutionInterestId, f.descendantDepth, f.updateScope);
  switch (decision.kind) {
    case 'refuse':
      throw scopeConflict(si, decision.stored, decision.requested);
    case 'change':
      await trx.updateTable('solution_interest_scopes').set({ descendant_depth: decision.to, updated_at: now, updated_by_job: f.jobId }).where('solution_interest_id', '=', f.solutionInterestId).execute();
      await audit(trx, actor, {
        action: 'change_scope',
        entityType: 'solution_interest',
        entityId: f.solutionInterestId,
        before: { descendantDepth: decision.from },
        after: { descendantDepth: decision.to, jobId: f.jobId },
        at: now,
      });
      break;
    case 'use':
      if (!decision.stored) {
        await trx.insertInto('solution_interest_scopes').values({ solution_interest_id: f.solutionInterestId, descendant_depth: decision.depth, updated_at: now, updated_by_job: f.jobId }).execute();
      }
      break;
  }
  const depth = decidedDepth(decision);
  const exists = await trx
    .selectFrom('followed_audiences')
    .select('audience_id')
    .where('solution_interest_id', '=', f.solutionInterestId)
    .where('audience_id', '=', f.audienceId)
    .executeTakeFirst();
  if (!exists) {
    await trx
      .insertInto('followed_audiences')
      .values({ solution_interest_id: f.solutionInterestId, audience_id: f.audienceId, created_at: now, created_by_job: f.jobId })
      .execute();
    await audit(trx, actor, { action: 'follow', entityType: 'solution_interest', entityId: f.solutionInterestId, after: { audienceId: f.audienceId, descendantDepth: depth, jobId: f.jobId }, at: now });
  }
  return depth;
}

/**
 * Ends the following of a list by a solution interest: its groups stay as they are (no new groups
 * for accounts joining the list, none deactivated for accounts leaving it); existing groups still
 * follow data changes of their people, at the same stored depth (the scope stays). Audited. In
 * the caller's transaction.
 */
export async function endFollowing(trx: Kysely<DB>, actor: Actor, solutionInterestId: string, audienceId: string, now: number): Promise<boolean> {
  const row = await trx
    .selectFrom('followed_audiences')
    .selectAll()
    .where('solution_interest_id', '=', solutionInterestId)
    .where('audience_id', '=', audienceId)
    .executeTakeFirst();
  if (!row) return false;
  await trx.deleteFrom('followed_audiences').where('solution_interest_id', '=', solutionInterestId).where('audience_id', '=', audienceId).execute();
  await audit(trx, actor, {
    action: 'unfollow',
    entityType: 'solution_interest',
    entityId: solutionInterestId,
    before: { audienceId, createdByJob: row.created_by_job },
    at: now,
  });
  return true;
}

/** Before a solution interest is deleted (it has no groups): its followings end and its scope goes. */
export async function dropScope(trx: Kysely<DB>, actor: Actor, solutionInterestId: string, now: number): Promise<void> {
  for (const f of await trx.selectFrom('followed_audiences').select('audience_id').where('solution_interest_id', '=', solutionInterestId).execute()) {
    await endFollowing(trx, actor, solutionInterestId, f.audience_id, now);
  }
  await trx.deleteFrom('solution_interest_scopes').where('solution_interest_id', '=', solutionInterestId).execute();
}

/** `DELETE /solution-interests/{id}/audiences/{listId}`: ends one following (404 when there is none). */
export async function unfollowAudience(db: Kysely<DB>, actor: Actor, solutionInterestId: string, audienceId: string, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    const si = await solutionInterestName(trx, solutionInterestId);
    if (!(await endFollowing(trx, actor, solutionInterestId, audienceId, now))) {
      throw QuorumError.field('not_found', '/listId', `solution interest "${si.name}" (${si.id}) does not follow account list ${audienceId}`);
    }
  });
}
