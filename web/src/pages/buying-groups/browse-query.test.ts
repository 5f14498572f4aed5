import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiQuery, browseSearch, nextSort, parseBrowseQuery, sortOf } from './browse-query.ts';

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
});
