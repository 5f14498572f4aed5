import { describe, expect, it } from 'vitest';
import { layoutProblems, layoutSchema, pruneLayout } from './layout.ts';

describe('journey layout', () => {
  it('takes finite, bounded positions keyed by node ids and nothing else', () => {
    expect(layoutSchema.parse({ start: { x: -12.5, y: 300 } })).toEqual({ start: { x: -12.5, y: 300 } });
    const fields = (input: unknown) => (layoutSchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('/'));
    expect(fields({ start: { x: Number.POSITIVE_INFINITY, y: 0 } })).toEqual(['start/x']);
    expect(fields({ start: { x: Number.NaN, y: 0 } })).toEqual(['start/x']);
    expect(fields({ start: { x: 0, y: 1e7 } })).toEqual(['start/y']);
    expect(fields({ start: { x: 0 } })).toEqual(['start/y']);
    expect(fields({ start: { x: 0, y: 0, z: 0 } })).toEqual(['start']);
    expect(fields({ '1st': { x: 0, y: 0 } })).toEqual(['1st']);
    expect(fields([{ x: 0, y: 0 }])).toEqual(['']);
  });

  it('names the positions of unknown nodes and drops those of nodes that are gone', () => {
    const layout = { a: { x: 0, y: 0 }, b: { x: 1, y: 1 }, c: { x: 2, y: 2 } };
    expect(layoutProblems(layout, ['a', 'c'])).toEqual([{ field: '/layout/b', message: '"b" is not a node of this journey' }]);
    expect(layoutProblems(layout, ['a', 'b', 'c'])).toEqual([]);
    expect(pruneLayout(layout, ['c', 'x'])).toEqual({ c: { x: 2, y: 2 } });
  });
});
