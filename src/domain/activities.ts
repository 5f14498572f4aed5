/**
 * The default activity types (SPEC §2). Custom types are registered explicitly
 * (`/api/v1/activity-types`, store/activity-types.ts); an activity, a weighting model's weight or
 * an `activity` condition may name only a default or a registered type.
 */
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

/** "event_attended" → "Event attended" (the label of a default type, or of a type registered without one). */
export function activityTypeLabel(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Most custom activity types (with the defaults, fewer than a weighting model may weigh). */
export const MAX_CUSTOM_ACTIVITY_TYPES = 190;

/** Custom activity types: lower-case letters, digits and underscores, starting with a letter. */
export const ACTIVITY_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Most activities one call may ingest. */
export const MAX_BULK_ACTIVITIES = 10_000;

/** How far in the future an activity may be stamped (clock skew between systems). */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;
