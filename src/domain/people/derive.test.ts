import { describe, expect, it } from 'vitest';
import { classifyPerson, decodeList, deriveFunction, derivePerson, deriveSeniority, encodeList, titleEvidence, withExplicit } from './derive.ts';
import { upgradeLegacyCondition } from './legacy.ts';

// The old derive.ts classics, ported to LinkedIn's values: [title, seniority, primary function, a specialty or null].
const TITLES: [string, string | null, string | null, string | null][] = [
  ['VP, Marketing', 'vp', 'marketing', null],
  ['Sr. Dir. IT Security', 'director', 'information_technology', 'security'],
  ['Head of Legal (EMEA)', 'director', 'legal', null],
  ['CISO', 'cxo', 'information_technology', 'security'],
  ['Chief Revenue Officer', 'cxo', 'sales', null],
  ['SVP Engineering', 'vp', 'engineering', null],
  ['Vice President, Human Resources', 'vp', 'human_resources', null],
  ['CEO', 'cxo', 'operations', 'general_management'],
  ['Chief Financial Officer', 'cxo', 'finance', null],
  ['Owner', 'owner', 'entrepreneurship', null],
  ['IT Manager', 'manager', 'information_technology', null],
  ['Software Engineer', 'entry', 'engineering', 'software_development'],
  ['Data Analyst', 'entry', null, 'data_and_analytics'],
];

describe('derived person fields from the title classifier', () => {
  it.each(TITLES)('%s → %s, %s, %s', (title, seniority, fn, specialty) => {
    const d = classifyPerson(title, null);
    expect(d.seniority).toBe(seniority);
    if (fn) expect(d.function).toBe(fn);
    expect(d.functions[0] ?? null).toBe(d.function);
    if (specialty) expect(d.specialties).toContain(specialty);
    expect(deriveSeniority(title)).toBe(seniority);
    expect(deriveFunction(title)).toBe(d.function);
  });
  it('reads the department for the function only when the title names none', () => {
    expect(classifyPerson('Manager', 'Information Technology').function).toBe('information_technology');
    expect(classifyPerson('Manager', 'Information Technology').seniority).toBe('manager');
    expect(classifyPerson('Sales Manager', 'Finance').function).toBe('sales');
    expect(classifyPerson(null, 'Finance')).toMatchObject({ seniority: null, function: 'finance', confidence: 0 });
    expect(classifyPerson(null, null)).toEqual({ seniority: null, function: null, functions: [], specialties: [], confidence: 0 });
  });
  it('lets explicit values win, the explicit function leading the list once', () => {
    const d = classifyPerson('VP Sales & Marketing', null);
    expect(d.functions).toEqual(['sales', 'marketing']);
    const e = withExplicit(d, { explicitSeniority: 'cxo', explicitFunction: 'marketing' });
    expect(e).toMatchObject({ seniority: 'cxo', function: 'marketing', functions: ['marketing', 'sales'] });
    expect(derivePerson('VP Sales & Marketing', null, { explicitSeniority: null, explicitFunction: null })).toEqual(d);
  });
  it('keeps a confidence in [0, 1] and the evidence that decided', () => {
    const d = classifyPerson('Head of Procurement', null);
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(titleEvidence('Head of Procurement').map((e) => e.effect).join(' ')).toMatch(/purchasing/);
    expect(titleEvidence(null)).toEqual([]);
  });
  it('stores lists as |a|b| text, empty as null', () => {
    expect(encodeList(['sales', 'marketing'])).toBe('|sales|marketing|');
    expect(encodeList([])).toBeNull();
    expect(decodeList('|sales|marketing|')).toEqual(['sales', 'marketing']);
    expect(decodeList(null)).toEqual([]);
  });
});

describe('upgradeLegacyCondition: the values of before the classifier', () => {
  it('maps old seniorities to the LinkedIn ones that cover them', () => {
    expect(upgradeLegacyCondition({ field: 'derivedSeniority', op: 'is', value: 'c-level' })).toEqual({ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'owner', 'partner'] });
    expect(upgradeLegacyCondition({ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'individual contributor'] })).toEqual({
      field: 'derivedSeniority',
      op: 'is_one_of',
      value: ['vp', 'senior', 'entry', 'training', 'unpaid'],
    });
  });
  it('maps old functions to functions or specialties, negations to not', () => {
    expect(upgradeLegacyCondition({ field: 'derivedFunction', op: 'is', value: 'it' })).toEqual({ field: 'derivedFunction', op: 'is', value: 'information_technology' });
    expect(upgradeLegacyCondition({ field: 'derivedFunction', op: 'is_not', value: 'security' })).toEqual({ not: { field: 'derivedSpecialties', op: 'is', value: 'security' } });
    expect(upgradeLegacyCondition({ field: 'derivedFunction', op: 'is_one_of', value: ['data', 'sales', 'executive'] })).toEqual({
      any: [
        { field: 'derivedSpecialties', op: 'is_one_of', value: ['data_and_analytics', 'general_management'] },
        { field: 'derivedFunction', op: 'is_one_of', value: ['sales', 'entrepreneurship'] },
      ],
    });
  });
  it('rewrites inside any node (people leaves, personas’ all/any/not) and leaves current conditions as they are', () => {
    const current = { all: [{ field: 'derivedSeniority', op: 'is', value: 'vp' }, { field: 'jobTitle', op: 'contains', value: 'it' }] };
    expect(upgradeLegacyCondition(current)).toBe(current);
    expect(upgradeLegacyCondition({ people: { atLeast: 2, where: { not: { field: 'derivedFunction', op: 'is', value: 'hr' } } } })).toEqual({
      people: { atLeast: 2, where: { not: { field: 'derivedFunction', op: 'is', value: 'human_resources' } } },
    });
    // text operators over old values are left to validation
    const partial = { field: 'derivedSeniority', op: 'contains', value: 'level' };
    expect(upgradeLegacyCondition(partial)).toBe(partial);
  });
});
