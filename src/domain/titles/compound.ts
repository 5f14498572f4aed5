/**
 * Single words the phrase table does not know directly: gendered forms (Leiterin → Leiter,
 * directrice → directeur, abogada → abogado) and compounds of German, Dutch and the Nordic
 * languages split into known parts (Vertriebsleiterin → vertrieb + leiter, Försäljningschef →
 * forsaljning + chef, Softwareontwikkelaar → software + ontwikkelaar).
 *
 * Splitting takes the longest known head at the end of the word, then splits what stands before
 * it the same way (linking -s-, -n-, -en-, -e- dropped), at most three parts. A head must have at
 * least four letters and leave at least three, so short accidental endings never count.
 */
import { PHRASES, type Entry } from './lexicon/index.ts';

export interface Piece {
  readonly entry: Entry;
  /** The part of the word it came from ("leiterin" → entry "leiter"). */
  readonly text: string;
  readonly via: 'word' | 'gendered' | 'compound';
}

const MIN_HEAD = 4;
const MIN_REST = 3;
const MAX_PARTS = 3;

/** The word itself, or its masculine/base form. */
function direct(word: string): { entry: Entry; via: 'word' | 'gendered' } | null {
  const e = PHRASES.get(word);
  if (e) return { entry: e, via: 'word' };
  const n = word.length;
  if (n < 4) return null;
  const tries: string[] = [];
  if (word.endsWith('innen')) tries.push(word.slice(0, -5));
  if (word.endsWith('in') && n > 5) tries.push(word.slice(0, -2));
  if (word.endsWith('trice')) tries.push(`${word.slice(0, -5)}teur`, `${word.slice(0, -5)}tore`);
  if (word.endsWith('euse')) tries.push(`${word.slice(0, -4)}eur`);
  if (word.endsWith('iere')) tries.push(`${word.slice(0, -4)}ier`);
  if (word.endsWith('e')) tries.push(word.slice(0, -1));
  if (word.endsWith('a')) tries.push(word.slice(0, -1), `${word.slice(0, -1)}o`, `${word.slice(0, -1)}e`);
  if (word.endsWith('i')) tries.push(word.slice(0, -1)); // Turkish possessive (mühendisi, müdürü is listed)
  for (const t of tries) {
    const g = PHRASES.get(t);
    if (g) return { entry: g, via: 'gendered' };
  }
  return null;
}

const LINKS = ['s', 'n', 'en', 'e', 'es'];

/** Splits `word` into known parts (left to right), or null. */
function split(word: string, depth: number): Piece[] | null {
  const n = word.length;
  if (n < MIN_HEAD + MIN_REST) return null;
  for (let start = MIN_REST; start <= n - MIN_HEAD; start++) {
    const headText = word.slice(start);
    const head = direct(headText);
    if (!head) continue;
    const rest = word.slice(0, start).replace(/-+$/, '');
    const left = leftPieces(rest, depth);
    const pieces = left ?? [];
    return [...pieces, { entry: head.entry, text: headText, via: 'compound' }];
  }
  return null;
}

/** What stands before a compound's head: a known word (with or without a linking letter), or split further. */
function leftPieces(rest: string, depth: number): Piece[] | null {
  const candidates = [rest];
  for (const l of LINKS) if (rest.endsWith(l) && rest.length - l.length >= MIN_REST) candidates.push(rest.slice(0, -l.length));
  for (const c of candidates) {
    const d = direct(c);
    if (d) return [{ entry: d.entry, text: c, via: 'compound' }];
  }
  if (depth + 1 >= MAX_PARTS) return null;
  for (const c of candidates) {
    const s = split(c, depth + 1);
    if (s) return s;
  }
  return null;
}

// Words repeat across titles: remember the analysis of unknown ones (bounded, cleared when full).
const MEMO = new Map<string, readonly Piece[] | null>();
const MEMO_LIMIT = 50_000;

/** The known pieces of one word: itself, its base form, or its compound parts; null when unknown. */
export function analyseWord(word: string): readonly Piece[] | null {
  const d = PHRASES.get(word);
  if (d) return [{ entry: d, text: word, via: 'word' }];
  const memo = MEMO.get(word);
  if (memo !== undefined) return memo;
  const g = direct(word);
  const result: readonly Piece[] | null = g ? [{ entry: g.entry, text: word, via: g.via }] : /^[a-z]+$/.test(word) ? split(word, 1) : null;
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, result);
  return result;
}
