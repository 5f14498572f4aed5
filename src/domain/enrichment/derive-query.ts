/**
 * The provider searches for a missing role, derived from the role's assignment condition (issue
 * 11: "title / management level / department filters derived from the missing role's
 * conditions", shown before running). Pure.
 *
 * The condition is turned into alternatives (a disjunction of AND-ed filter sets: `any` adds
 * alternatives, `all` combines them), each becoming one search:
 * - jobTitle is/contains/starts_with/ends_with/is_one_of → title keywords (ZoomInfo ORs them);
 * - derivedSeniority / seniority is/is_one_of → management levels (SENIORITY_LEVELS);
 * - derivedFunction(s) / department is/is_one_of → departments (FUNCTION_DEPARTMENTS).
 * Everything else (negations, activity, personas that cannot be read, account tests, fields with
 * no provider filter) is reported in `untranslated`. That is safe: a search that is too broad
 * only finds more candidates; the real condition decides membership when the person is assigned.
 * It is never made narrower than the condition (an `all` with two title tests keeps the first and
 * reports the second), except through the alternatives cap, which is reported too.
 */
import type { Condition, FieldCondition, PersonaConditions } from '../conditions/index.ts';
import type { ContactQuery } from './provider.ts';

/** Quorum seniority ids → ZoomInfo management-level ids (lookup values are fetched at runtime in ZoomInfo; these are the documented-style defaults, configurable). */
export const SENIORITY_LEVELS: Readonly<Record<string, string>> = {
  owner: 'C Level Exec',
  partner: 'C Level Exec',
  cxo: 'C Level Exec',
  vp: 'VP Level Exec',
  director: 'Director',
  manager: 'Manager',
  senior: 'Non Manager',
  entry: 'Non Manager',
  training: 'Non Manager',
  unpaid: 'Non Manager',
};

/** Quorum function ids → ZoomInfo department ids (configurable; unmapped functions are reported). */
export const FUNCTION_DEPARTMENTS: Readonly<Record<string, string>> = {
  accounting: 'Finance',
  finance: 'Finance',
  engineering: 'Engineering & Technical',
  research: 'Engineering & Technical',
  quality_assurance: 'Engineering & Technical',
  information_technology: 'Information Technology',
  human_resources: 'Human Resources',
  legal: 'Legal',
  marketing: 'Marketing',
  media_and_communication: 'Marketing',
  operations: 'Operations',
  purchasing: 'Operations',
  sales: 'Sales',
  business_development: 'Sales',
  customer_success_and_support: 'Operations',
  product_management: 'Engineering & Technical',
  program_and_project_management: 'Operations',
  healthcare_services: 'Medical & Health',
};

export interface QueryMapping {
  seniorityLevels: Readonly<Record<string, string>>;
  functionDepartments: Readonly<Record<string, string>>;
  /** Searches per role at most (alternatives beyond are merged away and reported). */
  maxAlternatives: number;
}

export const DEFAULT_QUERY_MAPPING: QueryMapping = { seniorityLevels: SENIORITY_LEVELS, functionDepartments: FUNCTION_DEPARTMENTS, maxAlternatives: 4 };

/** The role-derived part of a search (the company part is added per account). */
export type RoleFilters = Pick<ContactQuery, 'jobTitles' | 'managementLevels' | 'departments'>;

export interface DerivedRoleQuery {
  /** One search each; empty when nothing could be translated (the role is then not searched). */
  alternatives: RoleFilters[];
  /** Human-readable parts of the condition the searches do not express. */
  untranslated: string[];
}

type Alt = RoleFilters;
const EMPTY: Alt = { jobTitles: [], managementLevels: [], departments: [] };
const POSITIVE = new Set(['is', 'contains', 'starts_with', 'ends_with', 'is_one_of']);
const EXACT = new Set(['is', 'is_one_of']);
const values = (v: FieldCondition['value']): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const uniq = (xs: string[]) => [...new Set(xs)];

function describe(leaf: FieldCondition): string {
  const v = leaf.value === undefined ? '' : ` ${JSON.stringify(leaf.value)}`;
  return `${leaf.field} ${leaf.op}${v}`;
}

export function deriveRoleQuery(condition: Condition | null, mapping: QueryMapping = DEFAULT_QUERY_MAPPING, personas: PersonaConditions = new Map()): DerivedRoleQuery {
  const untranslated: string[] = [];

  const leaf = (c: FieldCondition): Alt[] => {
    const vs = values(c.value);
    const field = c.field;
    if (field === 'jobTitle' && POSITIVE.has(c.op) && vs.length) return [{ ...EMPTY, jobTitles: uniq(vs) }];
    const mapped = (table: Readonly<Record<string, string>>, what: string): Alt[] | null => {
      if (!EXACT.has(c.op) || !vs.length) return null;
      const out = vs.map((x) => table[x.trim().toLowerCase()]);
      const missing = vs.filter((_, i) => !out[i]);
      if (missing.length) untranslated.push(`${what} ${missing.join(', ')} has no provider equivalent`);
      const ok = uniq(out.filter((x): x is string => !!x));
      // Some values mapped, some not: searching only the mapped ones would be narrower than the
      // condition, so the filter is dropped entirely (broader) unless every value mapped.
      if (!ok.length || missing.length) return [EMPTY];
      return [{ ...EMPTY, ...(what === 'seniority' ? { managementLevels: ok } : { departments: ok }) }];
    };
    if (field === 'derivedSeniority' || field === 'seniority') {
      const r = mapped(mapping.seniorityLevels, 'seniority');
      if (r) return r;
    }
    if (field === 'derivedFunction' || field === 'derivedFunctions' || field === 'department') {
      const r = mapped(mapping.functionDepartments, 'function');
      if (r) return r;
    }
    untranslated.push(`${describe(c)} (no provider filter; checked when the person is assigned)`);
    return [EMPTY];
  };

  /** AND of two alternatives: filters of different kinds combine; a second filter of the same kind is reported, not intersected. */
  const both = (a: Alt, b: Alt): Alt => {
    const pick = (x: string[], y: string[], what: string) => {
      if (x.length && y.length) {
        untranslated.push(`a second ${what} test (${y.join(', ')}) is not combined with ${x.join(', ')}`);
        return x;
      }
      return x.length ? x : y;
    };
    return { jobTitles: pick(a.jobTitles, b.jobTitles, 'title'), managementLevels: pick(a.managementLevels, b.managementLevels, 'management level'), departments: pick(a.departments, b.departments, 'department') };
  };

  const walk = (c: Condition, seen: string[]): Alt[] => {
    if ('all' in c) return c.all.reduce<Alt[]>((acc, x) => acc.flatMap((a) => walk(x, seen).map((b) => both(a, b))), [EMPTY]);
    if ('any' in c) {
      const alts = c.any.flatMap((x) => walk(x, seen));
      return alts.length ? alts : [EMPTY];
    }
    if ('not' in c) {
      untranslated.push('a negated test (checked when the person is assigned)');
      return [EMPTY];
    }
    if ('field' in c) return leaf(c);
    if ('persona' in c) {
      const p = personas.get(c.persona);
      if (p && !seen.includes(c.persona)) return walk(p, [...seen, c.persona]);
      untranslated.push(`persona ${c.persona} (unknown)`);
      return [EMPTY];
    }
    untranslated.push(`${Object.keys(c)[0]} test (no provider filter; checked when the person is assigned)`);
    return [EMPTY];
  };

  if (!condition) return { alternatives: [], untranslated: ['the role has no assignment condition: nothing to search for'] };
  let alts = walk(condition, []);
  // An alternative with no filter matches everyone: if any alternative is empty, the OR is everyone.
  const isEmpty = (a: Alt) => !a.jobTitles.length && !a.managementLevels.length && !a.departments.length;
  if (alts.some(isEmpty)) {
    if (alts.length > 1 && alts.some((a) => !isEmpty(a))) untranslated.push('an alternative of the condition has no provider filter, so the search would cover everyone at the account');
    return { alternatives: [], untranslated: uniq([...untranslated, 'nothing searchable remains: the role is not searched (it would buy everyone at the account)']) };
  }
  const key = (a: Alt) => JSON.stringify(a);
  alts = [...new Map(alts.map((a) => [key(a), a])).values()];
  if (alts.length > mapping.maxAlternatives) {
    // Merge the surplus into one broader search per kind: the union of each filter, keeping only
    // the kinds every merged alternative uses (dropping a kind broadens, never narrows).
    const head = alts.slice(0, mapping.maxAlternatives - 1);
    const rest = alts.slice(mapping.maxAlternatives - 1);
    const merged: Alt = {
      jobTitles: rest.every((a) => a.jobTitles.length) ? uniq(rest.flatMap((a) => a.jobTitles)) : [],
      managementLevels: rest.every((a) => a.managementLevels.length) ? uniq(rest.flatMap((a) => a.managementLevels)) : [],
      departments: rest.every((a) => a.departments.length) ? uniq(rest.flatMap((a) => a.departments)) : [],
    };
    untranslated.push(`${rest.length} alternatives merged into one broader search (at most ${mapping.maxAlternatives} searches per role)`);
    if (isEmpty(merged)) return { alternatives: [], untranslated: uniq([...untranslated, 'nothing searchable remains: the role is not searched']) };
    alts = [...head, merged];
  }
  return { alternatives: alts, untranslated: uniq(untranslated) };
}

/** ZoomInfo's website filter form: `http://www.example.com` (B.3: no domain filter). */
export function websiteOf(domain: string | null): string | null {
  if (!domain) return null;
  const bare = domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  return bare ? `http://www.${bare}` : null;
}
