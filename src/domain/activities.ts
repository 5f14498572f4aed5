/** Activity types Quorum knows (SPEC §2); custom types are allowed too (lower-case identifiers). */
export const ACTIVITY_TYPES = [
  'email_opened',
  'email_clicked',
  'form_filled',
  'page_viewed',
  'link_clicked',
  'event_registered',
  'event_attended',
  'interesting_moment',
] as const;

export type KnownActivityType = (typeof ACTIVITY_TYPES)[number];

/** Custom activity types: lower-case letters, digits and underscores, starting with a letter. */
export const ACTIVITY_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Most activities one call may ingest. */
export const MAX_BULK_ACTIVITIES = 10_000;

/** How far in the future an activity may be stamped (clock skew between systems). */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;
