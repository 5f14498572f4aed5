/** What a generation run did: counts that batches add up into a job's result. */

export interface GenerationCounts {
  groupsCreated: number;
  groupsReactivated: number;
  membersAdded: number;
  membersRemoved: number;
  rolesChanged: number;
  accountsSkipped: number;
  skipped: { accountId: string; reason: string }[];
}

export const emptyCounts = (): GenerationCounts => ({
  groupsCreated: 0,
  groupsReactivated: 0,
  membersAdded: 0,
  membersRemoved: 0,
  rolesChanged: 0,
  accountsSkipped: 0,
  skipped: [],
});

/** Keep job counts readable: list at most this many skipped accounts. */
const MAX_SKIPPED_LISTED = 100;

export function addCounts(a: GenerationCounts, b: GenerationCounts): GenerationCounts {
  return {
    groupsCreated: a.groupsCreated + b.groupsCreated,
    groupsReactivated: a.groupsReactivated + b.groupsReactivated,
    membersAdded: a.membersAdded + b.membersAdded,
    membersRemoved: a.membersRemoved + b.membersRemoved,
    rolesChanged: a.rolesChanged + b.rolesChanged,
    accountsSkipped: a.accountsSkipped + b.accountsSkipped,
    skipped: [...a.skipped, ...b.skipped].slice(0, MAX_SKIPPED_LISTED),
  };
}
