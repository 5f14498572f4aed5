/**
 * Name of a duplicate: "<name> (copy)", or "<name> (copy 2)", "(copy 3)", … when taken. The base
 * is shortened if needed so the result fits `maxLength`. `isTaken` decides uniqueness (callers
 * compare normalised names).
 */
export function copyName(name: string, isTaken: (candidate: string) => boolean, maxLength = 255): string {
  for (let n = 1; n < 10_000; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const base = name.length + suffix.length > maxLength ? name.slice(0, maxLength - suffix.length).trimEnd() : name;
    const candidate = base + suffix;
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error('no free copy name');
}
