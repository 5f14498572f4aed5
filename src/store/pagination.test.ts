import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseSort, sortBy } from './pagination.ts';
import { QuorumError } from '../domain/errors.ts';

const SORTS = { name: sortBy.text('name_norm'), updatedAt: sortBy.integer('updated_at') };

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof QuorumError ? err.code : 'other';
  }
}

describe('parseSort', () => {
  it('finds own keys only', () => {
    expect(parseSort('-updatedAt', SORTS, 'name')).toEqual({ column: 'updated_at', kind: 'integer', desc: true, key: 'updatedAt' });
    for (const bad of ['__proto__', 'constructor', '-toString', 'hasOwnProperty', 'valueOf', '']) expect(code(() => parseSort(bad, SORTS, 'name'))).toBe('validation_failed');
  });
});

describe('decodeCursor', () => {
  it('round-trips what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor('acme', 'acc_1'), 'text')).toEqual({ v: 'acme', id: 'acc_1' });
    expect(decodeCursor(encodeCursor(1_780_000_000_000, 'acc_1'), 'integer')).toEqual({ v: 1_780_000_000_000, id: 'acc_1' });
    expect(decodeCursor(encodeCursor(12.5, 'bg_1'), 'number')).toEqual({ v: 12.5, id: 'bg_1' });
    expect(decodeCursor(encodeCursor('acc_1', 'acc_1'), 'id')).toEqual({ v: null, id: 'acc_1' });
  });

  it('refuses values of the wrong type for the sort column', () => {
    const bad: [unknown, 'text' | 'integer' | 'number' | 'id'][] = [
      ['x', 'integer'],
      [1.5, 'integer'],
      [2 ** 53, 'integer'],
      [null, 'integer'],
      ['1', 'number'],
      [12, 'text'],
      ['a\u0000', 'text'],
      [{}, 'id'],
      [[1], 'text'],
    ];
    for (const [v, kind] of bad) expect(code(() => decodeCursor(encodeCursor(v as never, 'acc_1'), kind)), `${JSON.stringify(v)} as ${kind}`).toBe('invalid_cursor');
  });

  it('refuses ids that are not clean text, and shapes that are not a cursor', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const c of [encodeCursor('a', ''), encodeCursor('a', 'x\u0000'), encodeCursor('a', 'x'.repeat(1001)), b64({ v: 'a', id: 1 }), b64(['a', 'b']), b64(null), b64('str'), '%%%', '']) {
      expect(code(() => decodeCursor(c, 'text')), c).toBe('invalid_cursor');
    }
  });
});
