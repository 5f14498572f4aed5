/**
 * Which accounts get a buying group, and its name: the one rule generation and the dry run
 * (engine/preview.ts) share.
 */

/**
 * Why an account of the audience gets no group — it no longer exists (`name` undefined) or has no
 * name — or null when it gets one.
 */
export function skipReason(name: string | undefined): string | null {
  if (name === undefined) return 'the account no longer exists';
  if (name.trim() === '') return 'the account has no name';
  return null;
}

/** A generated group's name. */
export function groupName(solutionInterestName: string, accountName: string): string {
  return `${solutionInterestName} for ${accountName}`;
}
