/**
 * Audit snapshots leave the API with ISO 8601 dates like every other answer. The store records
 * its records as they are (times in epoch ms, e.g. `createdAt: 1780000000000`); here, the record's
 * own time fields — top-level keys ending in `At` holding an integer — become ISO strings. Nested
 * values are left alone: free-form JSON (custom attributes, activity metadata) may well hold
 * numbers under such keys, and those are the user's data, not ours.
 */
const TIME_KEY = /At$/;

export function auditSnapshotOut(snapshot: unknown): unknown {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) return snapshot;
  return Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) => [key, TIME_KEY.test(key) && Number.isSafeInteger(value) ? new Date(value as number).toISOString() : value]),
  );
}
