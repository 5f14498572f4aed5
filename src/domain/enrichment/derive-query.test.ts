import { describe, expect, it } from 'vitest';
import type { Condition } from '../conditions/index.ts';
import { deriveRoleQuery, websiteOf } from './derive-query.ts';

describe('searches derived from a role condition', () => {
  it('translates titles, seniority and function into one AND-ed search', () => {
    const cond: Condition = { all: [{ field: 'jobTitle', op: 'contains', value: ['security', 'CISO'] }, { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] }, { field: 'derivedFunction', op: 'is', value: 'information_technology' }] };
    expect(deriveRoleQuery(cond)).toEqual({ alternatives: [{ jobTitles: ['security', 'CISO'], managementLevels: ['C Level Exec', 'VP Level Exec'], departments: ['Information Technology'] }], untranslated: [] });
  });

  it('turns `any` into alternatives and reports what has no provider filter', () => {
    const cond: Condition = {
      all: [
        { any: [{ field: 'jobTitle', op: 'contains', value: 'finance' }, { field: 'derivedSeniority', op: 'is', value: 'cxo' }] },
        { field: 'country', op: 'is', value: 'US' },
        { not: { field: 'jobTitle', op: 'contains', value: 'assistant' } },
      ],
    };
    const q = deriveRoleQuery(cond);
    expect(q.alternatives).toEqual([
      { jobTitles: ['finance'], managementLevels: [], departments: [] },
      { jobTitles: [], managementLevels: ['C Level Exec'], departments: [] },
    ]);
    expect(q.untranslated).toEqual(['country is "US" (no provider filter; checked when the person is assigned)', 'a negated test (checked when the person is assigned)']);
  });

  it('never narrows: a partly unmapped value list drops the filter; a second title test is reported, not intersected', () => {
    const q = deriveRoleQuery({ all: [{ field: 'jobTitle', op: 'contains', value: 'cto' }, { field: 'derivedFunction', op: 'is_one_of', value: ['sales', 'arts_and_design'] }, { field: 'jobTitle', op: 'contains', value: 'chief' }] });
    expect(q.alternatives).toEqual([{ jobTitles: ['cto'], managementLevels: [], departments: [] }]);
    expect(q.untranslated).toEqual(['function arts_and_design has no provider equivalent', 'a second title test (chief) is not combined with cto']);
  });

  it('does not search when the condition would cover everyone at the account (or there is none)', () => {
    expect(deriveRoleQuery({ field: 'country', op: 'is', value: 'US' }).alternatives).toEqual([]);
    expect(deriveRoleQuery({ any: [{ field: 'jobTitle', op: 'contains', value: 'cfo' }, { activity: { type: 'email_opened', atLeast: 1, inLastDays: 30 } }] }).alternatives).toEqual([]);
    expect(deriveRoleQuery(null)).toEqual({ alternatives: [], untranslated: ['the role has no assignment condition: nothing to search for'] });
  });

  it('inlines personas and caps the number of searches by merging the surplus into a broader one', () => {
    const personas = new Map<string, Condition>([['psn_fin', { field: 'derivedFunction', op: 'is', value: 'finance' }]]);
    expect(deriveRoleQuery({ persona: 'psn_fin' }, undefined, personas).alternatives).toEqual([{ jobTitles: [], managementLevels: [], departments: ['Finance'] }]);
    const q = deriveRoleQuery({ any: ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => ({ field: 'jobTitle', op: 'contains', value: t })) });
    expect(q.alternatives).toHaveLength(4);
    expect(q.alternatives[3]!.jobTitles).toEqual(['d', 'e', 'f']);
    expect(q.untranslated).toEqual(['3 alternatives merged into one broader search (at most 4 searches per role)']);
  });

  it('writes websites in the http://www. form ZoomInfo filters on', () => {
    expect(websiteOf('acme.com')).toBe('http://www.acme.com');
    expect(websiteOf('https://www.Acme.com/about')).toBe('http://www.acme.com');
    expect(websiteOf(null)).toBeNull();
  });
});
