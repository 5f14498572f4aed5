import { describe, expect, it } from 'vitest';
import { closeMatches, copyName } from './names.ts';

describe('copyName', () => {
  it('appends (copy), then numbers further copies', () => {
    expect(copyName('Security', () => false)).toBe('Security (copy)');
    const taken = new Set(['security (copy)', 'security (copy 2)']);
    expect(copyName('Security', (c) => taken.has(c.toLowerCase()))).toBe('Security (copy 3)');
  });

  it('shortens a long base so the copy still fits', () => {
    const long = 'x'.repeat(255);
    const copy = copyName(long, () => false);
    expect(copy).toHaveLength(255);
    expect(copy.endsWith('x (copy)')).toBe(true);
    expect(copyName('ab cd', () => false, 10)).toBe('ab (copy)');
  });
});

describe('closeMatches', () => {
  const roles = ['Decision Maker', 'Influencer', 'Practitioner', 'Champion', 'Other', 'Executive Steering Committee'];
  const lower = (s: string) => s.toLowerCase();

  it('finds what a typo or a fragment meant, best first', () => {
    expect(closeMatches('Decison Maker', roles, lower)).toEqual(['Decision Maker']);
    expect(closeMatches('decision', roles, lower)).toEqual(['Decision Maker']);
    expect(closeMatches('rol_decison_maker', ['rol_decision_maker', 'rol_influencer', 'rol_other'])).toEqual(['rol_decision_maker']);
    expect(closeMatches('champoin', roles, lower)).toEqual(['Champion']);
  });

  it('suggests nothing for a value unlike every candidate, or an empty one', () => {
    expect(closeMatches('Procurement', roles, lower)).toEqual([]);
    expect(closeMatches('', roles, lower)).toEqual([]);
  });
});
