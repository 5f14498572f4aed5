import { describe, expect, it } from 'vitest';
import { groupName, skipReason } from './groups.ts';

describe('skipReason (generation and the dry run)', () => {
  it('skips accounts that no longer exist or have no name', () => {
    expect(skipReason(undefined)).toBe('the account no longer exists');
    expect(skipReason('')).toBe('the account has no name');
    expect(skipReason(' \t ')).toBe('the account has no name');
  });
  it('keeps named accounts and names their groups', () => {
    expect(skipReason('Acme')).toBeNull();
    expect(groupName('Security Suite', 'Acme')).toBe('Security Suite for Acme');
  });
});
