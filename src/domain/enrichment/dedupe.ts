/** Deduplication by email (issue 11): a provider contact whose email is already a person (or earlier in the same batch) is a duplicate, not a new person. */
import { normText } from '../text.ts';

export const emailKey = (email: string): string => normText(email);

/** Splits `contacts` into new ones and duplicates (of `existing` normalised emails or of each other). Contacts without an email are `noEmail`. */
export function dedupeByEmail<T extends { email: string | null }>(contacts: readonly T[], existing: ReadonlySet<string>): { fresh: T[]; duplicates: T[]; noEmail: T[] } {
  const seen = new Set(existing);
  const fresh: T[] = [];
  const duplicates: T[] = [];
  const noEmail: T[] = [];
  for (const c of contacts) {
    if (!c.email || !c.email.trim()) noEmail.push(c);
    else if (seen.has(emailKey(c.email))) duplicates.push(c);
    else {
      seen.add(emailKey(c.email));
      fresh.push(c);
    }
  }
  return { fresh, duplicates, noEmail };
}
