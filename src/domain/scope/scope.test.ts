import { describe, expect, it } from 'vitest';
import { decideScope, decidedDepth } from './scope.ts';

describe('decideScope', () => {
  it('the first job of a solution interest sets the scope (omitted depth = 0)', () => {
    expect(decideScope(null, 2, false)).toEqual({ kind: 'use', depth: 2, stored: false });
    expect(decideScope(null, undefined, false)).toEqual({ kind: 'use', depth: 0, stored: false });
  });

  it('a job with the stored depth, or none, uses the stored scope', () => {
    expect(decideScope(1, 1, false)).toEqual({ kind: 'use', depth: 1, stored: true });
    expect(decideScope(1, undefined, false)).toEqual({ kind: 'use', depth: 1, stored: true });
    expect(decideScope(1, undefined, true)).toEqual({ kind: 'use', depth: 1, stored: true });
  });

  it('another depth is refused unless the scope change is asked for', () => {
    expect(decideScope(1, 0, false)).toEqual({ kind: 'refuse', stored: 1, requested: 0 });
    expect(decideScope(1, 0, true)).toEqual({ kind: 'change', from: 1, to: 0 });
    expect(decidedDepth(decideScope(1, 0, false))).toBe(1);
    expect(decidedDepth(decideScope(1, 0, true))).toBe(0);
  });
});
