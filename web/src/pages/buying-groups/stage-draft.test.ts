import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, placeProblems, sameBody } from './stage-draft.ts';

const model = {
  id: 'stm_1',
  name: 'Journey',
  description: null,
  status: 'draft' as const,
  stages: [
    { key: 'new', name: 'New', kind: 'entry' as const },
    { key: 'engaged', name: 'Engaged', kind: 'intermediate' as const },
    { key: 'won', name: 'Won', kind: 'success' as const },
  ],
  transitions: [
    { from: 'new', to: 'engaged' },
    { from: 'engaged', to: 'won' },
    { from: 'new', to: 'won' },
  ],
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

describe('stage model draft', () => {
  it('turns a model into rows with their moves and back into the same body', () => {
    const draft = draftOf(model);
    expect(draft.rows.map((r) => [r.key, r.to])).toEqual([
      ['new', ['engaged', 'won']],
      ['engaged', ['won']],
      ['won', []],
    ]);
    // Transitions come back grouped by their stage: the same set, so only the order may differ.
    const body = bodyOf(draft);
    expect(body.transitions).toEqual([
      { from: 'new', to: 'engaged' },
      { from: 'new', to: 'won' },
      { from: 'engaged', to: 'won' },
    ]);
    // A stored model whose transitions are in another order is not a change.
    expect(sameBody(body, model)).toBe(true);
    expect(sameBody({ ...body, name: 'Other' }, model)).toBe(false);
  });

  it('puts each problem beside its stage: stage pointers by index, transition pointers at the stage the move leaves', () => {
    const draft = draftOf(model);
    const body = bodyOf(draft);
    const [rNew, rEngaged, rWon] = draft.rows;
    const placed = placeProblems(
      [
        { field: '/stages/2', message: 'won is unreachable' },
        { field: '/stages/1/key', message: 'bad key' },
        { field: '/transitions/2/to', message: 'unknown target' },
        { field: '/transitions/9', message: 'no such transition' },
        { field: '/stages', message: 'no entry stage' },
        { field: '/name', message: 'name taken' },
      ],
      body,
      draft.rows,
    );
    expect(placed.byUid.get(rWon?.uid ?? '')).toEqual(['won is unreachable']);
    expect(placed.byUid.get(rEngaged?.uid ?? '')).toEqual(['bad key', 'unknown target']);
    expect(placed.byUid.has(rNew?.uid ?? '')).toBe(false);
    expect(placed.general).toEqual(['no such transition', 'no entry stage']);
    expect(placed.name).toBe('name taken');
  });
});
