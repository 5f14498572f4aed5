import { describe, expect, it } from 'vitest';
import { describeFilter, destinationStatus, listWarnings } from './linkedin.ts';
import type { Lookups } from './lookups.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const inDays = (d: number) => new Date(NOW + d * 86_400_000).toISOString();

describe('destination status', () => {
  it('passes the stored states through; a connected one warns before consent lapses', () => {
    expect(destinationStatus({ state: 'not_connected', accessExpiresAt: null, refreshExpiresAt: null }, NOW).status).toBe('not_connected');
    expect(destinationStatus({ state: 'error', accessExpiresAt: inDays(50), refreshExpiresAt: inDays(300) }, NOW).status).toBe('error');
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(50), refreshExpiresAt: inDays(300) }, NOW).status).toBe('connected');
    // The refresh token decides when there is one: access expiring soon is refreshed anyway.
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(1), refreshExpiresAt: inDays(300) }, NOW).status).toBe('connected');
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(50), refreshExpiresAt: inDays(20) }, NOW)).toEqual({ status: 'token_expiring', until: Date.parse(inDays(20)) });
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(5), refreshExpiresAt: null }, NOW).status).toBe('token_expiring');
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(10), refreshExpiresAt: null }, NOW).status).toBe('connected');
    expect(destinationStatus({ state: 'connected', accessExpiresAt: inDays(-1), refreshExpiresAt: null }, NOW).status).toBe('needs_consent');
  });
});

describe('filters in words', () => {
  const l = { solutionInterest: (id: string) => (id === 'si_1' ? { name: 'Security' } : undefined), role: (id: string) => ({ rol_dm: { name: 'Decision Maker' }, rol_ch: { name: 'Champion' } })[id], template: () => undefined } as unknown as Lookups;
  it('names what the ids are and says each filter as a phrase', () => {
    expect(describeFilter({}, l)).toEqual(['Every buying group']);
    expect(describeFilter({ solutionInterestId: ['si_1'], missingRoleId: ['rol_dm', 'rol_ch'], completenessBelow: 50, active: true, accountCountry: ['DE', 'FR'] }, l)).toEqual([
      'Solution interest: Security',
      'Active groups only',
      'Missing role: Decision Maker and Champion',
      'Completeness < 50',
      'Country: DE or FR',
    ]);
    expect(describeFilter({ missingRoleId: ['rol_dm', 'rol_x'], missingRoleMatch: 'any' }, l)).toEqual(['Missing role: Decision Maker or rol_x']);
  });
});

describe('LinkedIn list warnings', () => {
  it('warns under 300 matched members (once the segment exists) and over 300,000 records', () => {
    expect(listWarnings('contacts', 120, 'seg')).toEqual([expect.stringContaining('Only 120 matched members')]);
    expect(listWarnings('contacts', 120, null)).toEqual([]);
    expect(listWarnings('contacts', 300, 'seg')).toEqual([]);
    expect(listWarnings('companies', 120, 'seg')).toEqual([expect.stringContaining('serves a company list from 300')]);
    expect(listWarnings('companies', 5000, 'seg')).toEqual([]);
    expect(listWarnings('companies', 300_001, 'seg')).toEqual([expect.stringContaining('More than 300,000 records')]);
  });
});
