import { describe, expect, it } from 'vitest';
import { copyName } from './names.ts';

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
