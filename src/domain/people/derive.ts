/**
 * The derived fields stored on people, read from the job title (and the department when the
 * title names no function) by the title classifier (domain/titles classifyTitle): LinkedIn's
 * seniority, the functions strongest first (the first is the primary `derivedFunction`), the
 * finer specialties, and the classifier's confidence. An explicit seniority or function (set by
 * a user or an import) wins over the derived one: it is what conditions see, and the classifier's
 * answer never replaces it.
 *
 * Values are the taxonomy's stable ids (lower-case ASCII, `_` between words: 'cxo',
 * 'information_technology', 'data_and_analytics'); they are stored as-is (already normalised) in
 * `people.derived_seniority`, `derived_function`, `derived_functions`, `derived_specialties`.
 */
import { classifyTitle, FUNCTIONS, SENIORITIES, SPECIALTIES, type Evidence, type FunctionId, type SeniorityId, type SpecialtyId } from '../titles/index.ts';

export const DERIVED_SENIORITIES = SENIORITIES;
export type DerivedSeniority = SeniorityId;
export const DERIVED_FUNCTIONS = FUNCTIONS;
export type DerivedFunction = FunctionId;
export const DERIVED_SPECIALTIES = SPECIALTIES;
export type DerivedSpecialty = SpecialtyId;

export const isDerivedSeniority = (s: string): s is SeniorityId => (SENIORITIES as readonly string[]).includes(s);
export const isDerivedFunction = (s: string): s is FunctionId => (FUNCTIONS as readonly string[]).includes(s);

/** Where a stored seniority or function came from. */
export type DerivedSource = 'explicit' | 'derived';

/** The explicit values a user or an import set (null: none, the derived value applies). */
export interface ExplicitRoleFields {
  explicitSeniority: SeniorityId | null;
  explicitFunction: FunctionId | null;
}

export interface DerivedPersonFields {
  seniority: SeniorityId | null;
  /** The primary function: the explicit one, else the strongest derived one. */
  function: FunctionId | null;
  /** Strongest first; begins with `function` when there is one. */
  functions: readonly FunctionId[];
  specialties: readonly SpecialtyId[];
  /** The classifier's confidence in [0, 1] for the title (0 without a title). */
  confidence: number;
}

/** What the classifier reads from a title and department, explicit values aside (cache this per pair). */
export function classifyPerson(title: string | null | undefined, department?: string | null): DerivedPersonFields {
  const t = title ? classifyTitle(title) : null;
  let functions: readonly FunctionId[] = t?.functions ?? [];
  let specialties: readonly SpecialtyId[] = t?.specialties ?? [];
  // The department speaks for the function when the title names none, or only implies one by
  // the classifier's fallback ("Manager" → operations; "Manager" in department "IT" is IT).
  const onlyFallback = t !== null && t.evidence.some((e) => 'rule' in e && e.rule === 'fallback-function');
  if ((functions.length === 0 || onlyFallback) && department) {
    const d = classifyTitle(department);
    if (d.functions.length > 0) functions = d.functions;
    if (specialties.length === 0) specialties = d.specialties;
  }
  return {
    seniority: t?.seniority ?? null,
    function: functions[0] ?? null,
    functions,
    specialties,
    confidence: t ? Math.round(t.confidence * 1000) / 1000 : 0,
  };
}

/**
 * classifyPerson remembered per (title, department): bulk paths (imports, rederive, the bench's
 * data) see a few thousand distinct titles over a million rows, and classification is the costliest
 * part of a person's columns. Bounded: cleared when `limit` readings are held.
 */
export function memoClassifyPerson(limit = 50_000): (title: string | null, department: string | null) => DerivedPersonFields {
  const cache = new Map<string, DerivedPersonFields>();
  return (title, department) => {
    const key = `${title ?? ''}\u0000${department ?? ''}`;
    let d = cache.get(key);
    if (!d) {
      if (cache.size >= limit) cache.clear();
      d = classifyPerson(title, department);
      cache.set(key, d);
    }
    return d;
  };
}

/** The stored values: explicit ones over the classifier's (the explicit function leads the list). */
export function withExplicit(derived: DerivedPersonFields, explicit: ExplicitRoleFields): DerivedPersonFields {
  const fn = explicit.explicitFunction ?? derived.function;
  return {
    seniority: explicit.explicitSeniority ?? derived.seniority,
    function: fn,
    functions: explicit.explicitFunction ? [explicit.explicitFunction, ...derived.functions.filter((f) => f !== explicit.explicitFunction)] : derived.functions,
    specialties: derived.specialties,
    confidence: derived.confidence,
  };
}

export function derivePerson(title: string | null | undefined, department: string | null | undefined, explicit: ExplicitRoleFields): DerivedPersonFields {
  return withExplicit(classifyPerson(title, department), explicit);
}

/** The classifier's evidence for a title, for the person page ("why is this person a Director?"). */
export function titleEvidence(title: string | null | undefined): readonly Evidence[] {
  return title ? classifyTitle(title).evidence : [];
}

/** The seniority a job title implies, or null when there is no usable title. */
export function deriveSeniority(title: string | null | undefined): DerivedSeniority | null {
  return classifyPerson(title).seniority;
}

/** The primary function a job title implies, falling back to the department. Null when neither says. */
export function deriveFunction(title: string | null | undefined, department?: string | null): DerivedFunction | null {
  return classifyPerson(title, department).function;
}

/**
 * List fields (`derived_functions`, `derived_specialties`) are stored as text `|a|b|` (null when
 * empty), so that SQL can test an element with one LIKE on both engines ('%|sales|%'); the ids
 * never contain '|'.
 */
export function encodeList(values: readonly string[]): string | null {
  return values.length === 0 ? null : `|${values.join('|')}|`;
}

export function decodeList(stored: string | null | undefined): string[] {
  return stored ? stored.split('|').filter((s) => s !== '') : [];
}
