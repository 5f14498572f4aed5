/**
 * Generation from suggestions alone (issue 10: AI/ML as the third creation path, beside the
 * template's rules and third-party imports). A creation job with `options.method: 'suggestions'`
 * asks the solution interest's trained model about every account of its audience: an account
 * where the model proposes someone (at the job's threshold) gets a group — created empty, with
 * source `suggestion` in its `group_created` event — holding those proposals as pending
 * suggestions; an account where it proposes no one gets no group. Existing active groups get their
 * pending suggestions refreshed; inactive ones are left alone (reactivation is the audience's
 * business). Confirming a suggestion makes a manual member, as everywhere.
 *
 * Decisions: such a job does not follow its audience (following means "keep the groups as the
 * rules say", which is not what was asked); a rerun refreshes the suggestions. The model reads an
 * account's own people (as training does), so the job refuses a descendant depth.
 */
import type { Kysely } from 'kysely';
import { type DB, accountPeople, replacePendingSuggestions, type StoredSuggestionModel } from '../store/index.ts';
import { newId } from '../domain/index.ts';
import { groupName } from '../domain/assignment/index.ts';
import { suggestForGroup, type Suggestion } from '../domain/suggestions/index.ts';
import { createGroups, emptyCounts, type GenerationCounts, type GenerationPlan, type NewGroup } from './generation/index.ts';
import type { SuggestionGenerationCounts } from './job-records.ts';

export function emptySuggestionGenerationCounts(): SuggestionGenerationCounts {
  return { accountsWithSuggestions: 0, accountsWithoutSuggestions: 0, inactiveGroups: 0, proposed: 0 };
}

export function addSuggestionGenerationCounts(a: SuggestionGenerationCounts, b: SuggestionGenerationCounts): SuggestionGenerationCounts {
  return {
    accountsWithSuggestions: a.accountsWithSuggestions + b.accountsWithSuggestions,
    accountsWithoutSuggestions: a.accountsWithoutSuggestions + b.accountsWithoutSuggestions,
    inactiveGroups: a.inactiveGroups + b.inactiveGroups,
    proposed: a.proposed + b.proposed,
  };
}

/** One batch of a suggestions creation job, in the caller's transaction. */
export async function generateFromSuggestions(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  stored: StoredSuggestionModel,
  accountIds: readonly string[],
  now: number,
  threshold: number,
): Promise<{ generation: GenerationCounts; suggestions: SuggestionGenerationCounts }> {
  const generation = emptyCounts();
  const counts = emptySuggestionGenerationCounts();
  const accounts = await accountPeople(trx, { solutionInterestId: plan.solutionInterestId, accountIds, now });
  const proposals: { accountId: string; groupId: string | null; list: Suggestion[] }[] = [];
  for (const a of accounts) {
    if (a.groupId !== null && !a.groupActive) {
      counts.inactiveGroups++;
      continue;
    }
    const list = suggestForGroup(stored.model, a.people, now, threshold);
    if (list.length) counts.accountsWithSuggestions++;
    else counts.accountsWithoutSuggestions++;
    // An existing group with no proposal left still gets its stale pending ones cleared.
    if (list.length || a.groupId !== null) proposals.push({ accountId: a.accountId, groupId: a.groupId, list });
  }
  const missing = proposals.filter((p) => p.groupId === null).map((p) => p.accountId);
  if (missing.length) {
    const names = new Map<string, string>();
    for (let i = 0; i < missing.length; i += 1000) {
      const rows = await trx.selectFrom('accounts').select(['id', 'name']).where('id', 'in', missing.slice(i, i + 1000)).execute();
      for (const r of rows) names.set(r.id, r.name);
    }
    const fresh: NewGroup[] = missing.map((accountId) => ({ accountId, id: newId('buyingGroup', now), name: groupName(plan.solutionInterestName, names.get(accountId) ?? '') }));
    const created = await createGroups(trx, plan, fresh, now, 'empty');
    generation.groupsCreated += created.groups;
    // A group another transaction created meanwhile is used as it is.
    const ids = new Map(fresh.map((g) => [g.accountId, g.id]));
    if (created.taken.length) {
      const rows = await trx.selectFrom('buying_groups').select(['account_id', 'id']).where('solution_interest_id', '=', plan.solutionInterestId).where('account_id', 'in', created.taken).execute();
      for (const r of rows) ids.set(r.account_id, r.id);
    }
    for (const p of proposals) if (p.groupId === null) p.groupId = ids.get(p.accountId) ?? null;
  }
  for (const p of proposals) {
    if (p.groupId === null) continue;
    counts.proposed += await replacePendingSuggestions(trx, { accountId: p.accountId, groupId: p.groupId, solutionInterestId: plan.solutionInterestId }, p.list, now);
  }
  return { generation, suggestions: counts };
}
