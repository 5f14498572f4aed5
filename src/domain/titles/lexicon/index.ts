/**
 * The lexicons compiled into one phrase table: keys normalised exactly as titles are (so they can
 * be written with accents and small words), effects parsed once at load.
 */
import { tokenise } from '../normalise.ts';
import { isFunction, isSeniority, isSpecialty, type FunctionId, type SeniorityId, type SpecialtyId } from '../taxonomy.ts';
import { COMMON } from './common.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { NL } from './nl.ts';
import { NORDIC } from './nordic.ts';
import { ES, FR, IT, PT } from './romance.ts';
import { TR } from './tr.ts';
import type { LexiconSource } from './types.ts';

export interface WeightedFunction {
  readonly fn: FunctionId;
  readonly weight: number;
}

export interface Entry {
  /** The phrase as normalised (the key). */
  readonly key: string;
  readonly seniority: SeniorityId | null;
  readonly functions: readonly WeightedFunction[];
  readonly fallback: readonly FunctionId[];
  readonly specialties: readonly SpecialtyId[];
  readonly assist: boolean;
}

export const SOURCES: Readonly<Record<string, LexiconSource>> = { common: COMMON, en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL, nordic: NORDIC, tr: TR };

/** Parses one effects string; throws on a typo (the lexicons are code: a test loads them). */
export function parseEffects(key: string, effects: string): Entry {
  let seniority: SeniorityId | null = null;
  const functions: WeightedFunction[] = [];
  const fallback: FunctionId[] = [];
  const specialties: SpecialtyId[] = [];
  let assist = false;
  for (const item of effects.split(' ')) {
    if (item === '' || item === '-') continue;
    if (item === 'assist') {
      assist = true;
      continue;
    }
    const [kind, rest = ''] = item.split(':', 2) as [string, string?];
    const [value = '', w] = rest.split('/', 2);
    if (kind === 's' && isSeniority(value)) seniority = value;
    else if (kind === 'f' && isFunction(value)) functions.push({ fn: value, weight: w === undefined ? 3 : Number(w) });
    else if (kind === 'fb' && isFunction(value)) fallback.push(value);
    else if (kind === 'x' && isSpecialty(value)) specialties.push(value);
    else throw new Error(`lexicon "${key}": unknown effect "${item}"`);
  }
  return { key, seniority, functions, fallback, specialties, assist };
}

function merge(a: Entry, b: Entry): Entry {
  const functions = [...a.functions];
  for (const f of b.functions) if (!functions.some((g) => g.fn === f.fn)) functions.push(f);
  return {
    key: a.key,
    seniority: a.seniority ?? b.seniority,
    functions,
    fallback: [...new Set([...a.fallback, ...b.fallback])],
    specialties: [...new Set([...a.specialties, ...b.specialties])],
    assist: a.assist || b.assist,
  };
}

/** Keys that two lexicons give different seniorities (a test keeps this empty). */
export const CONFLICTS: string[] = [];

function compile(): { phrases: Map<string, Entry>; maxTokens: number } {
  const phrases = new Map<string, Entry>();
  let maxTokens = 1;
  for (const [name, source] of Object.entries(SOURCES)) {
    for (const [written, effects] of Object.entries(source)) {
      const tokens = tokenise(written).tokens;
      if (tokens.length === 0) throw new Error(`lexicon ${name}: "${written}" normalises to nothing`);
      const key = tokens.join(' ');
      const entry = parseEffects(key, effects);
      const before = phrases.get(key);
      if (before && before.seniority && entry.seniority && before.seniority !== entry.seniority) CONFLICTS.push(`${name}: ${written}`);
      phrases.set(key, before ? merge(before, entry) : entry);
      maxTokens = Math.max(maxTokens, tokens.length);
    }
  }
  return { phrases, maxTokens };
}

const compiled = compile();
/** Normalised phrase → its entry. */
export const PHRASES: ReadonlyMap<string, Entry> = compiled.phrases;
/** The longest phrase, in tokens. */
export const MAX_PHRASE_TOKENS = compiled.maxTokens;
