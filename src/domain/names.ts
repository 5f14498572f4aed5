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

/** Edit distance (insertions, deletions, substitutions) between two strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidates a mistyped value probably meant, best first: those containing it (or contained
 * in it), then those within a few edits (a third of the length, at least 2). Compared after
 * `normalise` (callers pass the normalisation their column uses), so "decision" finds "Decision
 * Maker" and "rol_decison_maker" finds "rol_decision_maker".
 */
export function closeMatches(input: string, candidates: readonly string[], normalise: (s: string) => string = (s) => s, max = 5): string[] {
  const q = normalise(input);
  if (!q) return [];
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    const n = normalise(c);
    const d = editDistance(q, n);
    if (n.includes(q) || q.includes(n)) scored.push({ c, score: -1 / (1 + Math.abs(n.length - q.length)) });
    else if (d <= limit) scored.push({ c, score: d });
  }
  return scored.sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0)).slice(0, max).map((s) => s.c);
}
