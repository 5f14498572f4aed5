import { describe, expect, it } from 'vitest';
import { accountConditionOf, activeFilterCount, apiQuery, bodyFilter, browseSearch, exportUrl, nextSort, parseBrowseQuery, sortOf, withAccountCondition } from './browse-query.ts';

describe('Browse URL state', () => {
  it('round-trips a URL with repeated and single parameters, dropping defaults and unknown keys', () => {
    const url = 'missingRoleId=rol_a&missingRoleId=rol_b&completenessMax=49.99&sort=completeness&limit=100&bogus=1&q=';
    const q = parseBrowseQuery(new URLSearchParams(url));
    expect(q.multi.missingRoleId).toEqual(['rol_a', 'rol_b']);
    expect(q.single).toEqual({ completenessMax: '49.99', sort: 'completeness' });
    expect(q.limit).toBe(100);
    expect(browseSearch(q)).toBe('missingRoleId=rol_a&missingRoleId=rol_b&sort=completeness&completenessMax=49.99&limit=100');
    expect(parseBrowseQuery(new URLSearchParams(browseSearch(q)))).toEqual(q);
  });

  it('gives the API the same parameters, with the default sort when none is chosen', () => {
    const q = parseBrowseQuery(new URLSearchParams('solutionInterestId=si_1&active=true&limit=7'));
    expect(q.limit).toBe(50);
    expect(apiQuery(q)).toEqual({ solutionInterestId: ['si_1'], active: 'true', sort: '-updatedAt' });
    expect(activeFilterCount(q)).toBe(2);
  });

  it('toggles header sorting: scores start descending, names ascending', () => {
    const q = parseBrowseQuery(new URLSearchParams(''));
    expect(sortOf(q)).toEqual({ key: 'updatedAt', desc: true });
    expect(nextSort(q, 'completeness')).toBe('-completeness');
    expect(nextSort(q, 'name')).toBe('name');
    expect(nextSort(parseBrowseQuery(new URLSearchParams('sort=-completeness')), 'completeness')).toBe('completeness');
    expect(nextSort(parseBrowseQuery(new URLSearchParams('sort=name')), 'name')).toBe('-name');
  });

  it('turns the view into a JSON filter for bulk changes: numbers, booleans and the condition typed, no sort', () => {
    const cond = { field: 'industry', op: 'is', value: 'Software' };
    const q = parseBrowseQuery(
      new URLSearchParams(`missingRoleId=rol_a&completenessBelow=50&engagementMin=10.5&active=false&hasMissingRoles=true&sort=name&q=acme&accountCondition=${encodeURIComponent(JSON.stringify(cond))}`),
    );
    expect(bodyFilter(q)).toEqual({ missingRoleId: ['rol_a'], completenessBelow: 50, engagementMin: 10.5, active: false, hasMissingRoles: true, q: 'acme', accountCondition: cond });
    expect(bodyFilter(parseBrowseQuery(new URLSearchParams('')))).toEqual({});
  });

  it('keeps an account condition in the URL as JSON, the same text the API is sent', () => {
    const cond = { all: [{ field: 'industry', op: 'is_one_of', value: ['Software', 'Retail & Co'] }, { people: { atLeast: 2, where: { field: 'derivedSeniority', op: 'is', value: 'vp' } } }] };
    const q = withAccountCondition(parseBrowseQuery(new URLSearchParams('active=true')), cond);
    const url = browseSearch(q);
    const back = parseBrowseQuery(new URLSearchParams(url));
    expect(accountConditionOf(back)).toEqual({ condition: cond, invalid: false });
    expect(apiQuery(back)).toEqual({ active: 'true', accountCondition: JSON.stringify(cond), sort: '-updatedAt' });
    expect(activeFilterCount(back)).toBe(2);
    expect(accountConditionOf(withAccountCondition(back, null))).toEqual({ condition: null, invalid: false });
    expect(browseSearch(withAccountCondition(back, null))).toBe('active=true');
    expect(accountConditionOf(parseBrowseQuery(new URLSearchParams('accountCondition=%7Bnot-json')))).toEqual({ condition: null, invalid: true });
    expect(accountConditionOf(parseBrowseQuery(new URLSearchParams('accountCondition=%5B1%5D')))).toEqual({ condition: null, invalid: true });
  });
});

describe('export links', () => {
  it('carry the view’s filters and sort, the format and (groups only) the visible columns', () => {
    const q = parseBrowseQuery(new URLSearchParams('missingRoleId=rol_a&missingRoleId=rol_b&completenessBelow=50&limit=100&accountCondition=%7B%22a%22%3A1%7D'));
    expect(exportUrl(q, 'groups', 'csv', ['name', 'completeness'])).toBe(
      '/api/v1/buying-groups/export?missingRoleId=rol_a&missingRoleId=rol_b&completenessBelow=50&accountCondition=%7B%22a%22%3A1%7D&sort=-updatedAt&format=csv&columns=name%2Ccompleteness',
    );
    expect(exportUrl(q, 'gaps', 'jsonl', ['name'])).toBe('/api/v1/buying-groups/gaps/export?missingRoleId=rol_a&missingRoleId=rol_b&completenessBelow=50&accountCondition=%7B%22a%22%3A1%7D&sort=-updatedAt&format=jsonl');
    expect(exportUrl(parseBrowseQuery(new URLSearchParams('')), 'members', 'csv')).toBe('/api/v1/buying-groups/members/export?sort=-updatedAt&format=csv');
  });
});
