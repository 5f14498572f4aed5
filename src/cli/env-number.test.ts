import { describe, expect, it } from 'vitest';
import { wholeEnv } from './env-number.ts';
import { linkedinConfig } from './linkedin-config.ts';

describe('whole-number settings', () => {
  it('falls back when unset or blank, takes whole numbers in range, refuses the rest by name', () => {
    expect(wholeEnv({}, 'X', 7, 1, 10)).toBe(7);
    expect(wholeEnv({ X: ' ' }, 'X', 7, 1, 10)).toBe(7);
    expect(wholeEnv({ X: '10' }, 'X', 7, 1, 10)).toBe(10);
    expect(() => wholeEnv({ X: '11' }, 'X', 7, 1, 10)).toThrow('X must be a whole number from 1 to 10; got "11"');
    expect(() => wholeEnv({ X: '2.5' }, 'X', 7, 1, 10)).toThrow(/whole number/);
  });

  it('LinkedIn settings read them (batch size, limits, tick) and need the three app settings to sync', () => {
    const env = { QUORUM_LINKEDIN_CLIENT_ID: 'c', QUORUM_LINKEDIN_CLIENT_SECRET: 's', QUORUM_LINKEDIN_SOURCE_PLATFORM: 'P', QUORUM_LINKEDIN_BATCH_SIZE: '100', QUORUM_LINKEDIN_MIN_MATCHED: '0', QUORUM_LINKEDIN_SYNC_TICK_MS: '0' };
    const c = linkedinConfig(env, null);
    expect(c.settings.config?.batchSize).toBe(100);
    expect(c.settings.limits).toEqual({ maxRecordsPerList: 300_000, minMatchedToServe: 0 });
    expect(c.tickMs).toBe(0);
    expect(linkedinConfig({ QUORUM_LINKEDIN_CLIENT_ID: 'c' }, null).settings.config).toBeNull();
    expect(() => linkedinConfig({ ...env, QUORUM_LINKEDIN_BATCH_SIZE: '0' }, null)).toThrow('QUORUM_LINKEDIN_BATCH_SIZE must be a whole number from 1 to 100000; got "0"');
  });
});
