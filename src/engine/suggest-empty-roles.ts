/**
 * The creation job's `suggestWhereRulesFindNone` option (issue 10, AI/ML as a third creation
 * path): after the rules have run, each active group of the job's accounts gets pending
 * suggestions from the solution interest's trained model for the roles that have no active
 * member. A role counts as found when it has a member of any source (rule, import, journey,
 * manual): suggestions fill the roles nothing filled and never compete with a stronger source.
 * With no trained model the job still succeeds and records a warning in its counts.
 *
 * Its own file (not engine/suggestions.ts): jobs.ts calls it, and suggestions.ts reaches jobs.ts
 * through members.ts.
 */
import type { Kysely } from 'kysely';
import { type DB, getSuggestionModel, groupPeoplePage, replacePendingSuggestions } from '../store/index.ts';
import { DEFAULT_THRESHOLD, suggestForGroup } from '../domain/suggestions/index.ts';
import type { EmptyRoleSuggestionCounts } from './job-records.ts';

const GROUPS_PER_PAGE = 1000;

export async function suggestForEmptyRoles(db: Kysely<DB>, solutionInterestId: string, accountIds: readonly string[], now: number, threshold = DEFAULT_THRESHOLD): Promise<EmptyRoleSuggestionCounts> {
  const stored = await getSuggestionModel(db, solutionInterestId);
  if (!stored) {
    return {
      groups: 0,
      rolesWithoutMembers: 0,
      proposed: 0,
      warning: `no suggestions were made: solution interest ${solutionInterestId} has no trained model yet (train one: quorum suggest train ${solutionInterestId}, or POST /solution-interests/${solutionInterestId}/suggestions/train)`,
    };
  }
  const counts: EmptyRoleSuggestionCounts = { groups: 0, rolesWithoutMembers: 0, proposed: 0, warning: null };
  const wanted = new Set(accountIds);
  const roleIds = stored.model.roleIds;
  let after: string | null = null;
  for (;;) {
    const page = await groupPeoplePage(db, { solutionInterestId, afterGroupId: after, limit: GROUPS_PER_PAGE, now });
    if (page.length === 0) break;
    after = page[page.length - 1]!.groupId;
    await db.transaction().execute(async (trx) => {
      for (const g of page) {
        if (!wanted.has(g.accountId)) continue;
        const filled = new Set(g.people.filter((p) => p.member && !p.member.removed).map((p) => p.member!.roleId));
        const empty = new Set(roleIds.filter((r) => !filled.has(r)));
        if (empty.size === 0) continue;
        counts.groups++;
        counts.rolesWithoutMembers += empty.size;
        const list = suggestForGroup(stored.model, g.people, now, threshold).filter((s) => empty.has(s.roleId));
        counts.proposed += await replacePendingSuggestions(trx, { accountId: g.accountId, groupId: g.groupId, solutionInterestId }, list, now);
      }
    });
    if (page.length < GROUPS_PER_PAGE) break;
  }
  return counts;
}
