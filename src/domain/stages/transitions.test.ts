import { describe, expect, it } from 'vitest';
import { canMove, nextStages } from './transitions.ts';
import type { StageModelDefinition } from './validate.ts';

const model = (): StageModelDefinition => ({
  stages: [
    { key: 'new', name: 'New', kind: 'entry' },
    { key: 'inbound', name: 'Inbound', kind: 'entry' },
    { key: 'engaged', name: 'Engaged', kind: 'intermediate' },
    { key: 'won', name: 'Won', kind: 'success' },
    { key: 'lost', name: 'Lost', kind: 'failure' },
    { key: 'disqualified', name: 'Disqualified', kind: 'failure' },
  ],
  transitions: [
    { from: 'new', to: 'engaged' },
    { from: 'inbound', to: 'engaged' },
    { from: 'engaged', to: 'won' },
    { from: 'engaged', to: 'lost' },
    { from: 'new', to: 'disqualified' },
    { from: 'lost', to: 'engaged' },
  ],
});

describe('canMove', () => {
  it('starts a group without a stage at any entry stage, and only there', () => {
    expect(canMove(model(), null, 'new')).toEqual({ ok: true, from: null, to: 'new' });
    expect(canMove(model(), null, 'inbound')).toEqual({ ok: true, from: null, to: 'inbound' });
    const refused = canMove(model(), null, 'engaged');
    expect(refused).toEqual({
      ok: false,
      code: 'not_an_entry_stage',
      message: '"engaged" (Engaged) is not an entry stage: the buying group has no stage yet, so it starts at an entry stage: "new" or "inbound"',
      allowed: ['new', 'inbound'],
    });
  });

  it('moves along allowed transitions only, naming the allowed next stages otherwise', () => {
    expect(canMove(model(), 'new', 'engaged')).toEqual({ ok: true, from: 'new', to: 'engaged' });
    expect(canMove(model(), 'engaged', 'lost').ok).toBe(true);
    expect(canMove(model(), 'lost', 'engaged').ok).toBe(true); // a failure stage may be re-opened when the model says so
    expect(canMove(model(), 'new', 'won')).toEqual({
      ok: false,
      code: 'transition_not_allowed',
      message: 'the stage model has no transition from "new" (New) to "won" (Won); from "new" (New) the buying group may move to "engaged" or "disqualified"',
      allowed: ['engaged', 'disqualified'],
    });
    // Transitions are directed.
    expect(canMove(model(), 'engaged', 'new')).toMatchObject({ ok: false, code: 'transition_not_allowed', allowed: ['won', 'lost'] });
    // An entry stage is only where groups start: a started group cannot jump back there.
    expect(canMove(model(), 'engaged', 'inbound')).toMatchObject({ ok: false, code: 'transition_not_allowed' });
  });

  it('says why a group in a terminal stage cannot move', () => {
    expect(canMove(model(), 'won', 'engaged')).toEqual({
      ok: false,
      code: 'transition_not_allowed',
      message: 'the buying group is in the success stage "won" (Won), which it does not leave',
      allowed: [],
    });
    expect(canMove(model(), 'disqualified', 'engaged')).toMatchObject({
      ok: false,
      message: 'no transition leaves stage "disqualified" (Disqualified), so the buying group stays there',
      allowed: [],
    });
  });

  it('refuses unknown stages and staying in place', () => {
    expect(canMove(model(), 'new', 'closed')).toEqual({
      ok: false,
      code: 'unknown_stage',
      message: '"closed" is not a stage of this stage model; its stages are "new", "inbound", "engaged", "won", "lost" or "disqualified"',
      allowed: ['engaged', 'disqualified'],
    });
    expect(canMove(model(), 'new', 'New')).toMatchObject({ ok: false, code: 'unknown_stage' }); // keys are exact
    expect(canMove(model(), 'engaged', 'engaged')).toEqual({
      ok: false,
      code: 'same_stage',
      message: 'the buying group is already in stage "engaged" (Engaged); it may move to "won" or "lost"',
      allowed: ['won', 'lost'],
    });
  });

  it('restarts a group whose stage is not in the model at an entry stage', () => {
    expect(canMove(model(), 'legacy', 'new')).toEqual({ ok: true, from: 'legacy', to: 'new' });
    expect(canMove(model(), 'legacy', 'engaged')).toMatchObject({
      ok: false,
      code: 'not_an_entry_stage',
      message: '"engaged" (Engaged) is not an entry stage: the buying group\'s stage "legacy" is not part of this stage model, so it starts again at an entry stage: "new" or "inbound"',
    });
  });

  it('lists the next stages', () => {
    expect(nextStages(model(), null)).toEqual(['new', 'inbound']);
    expect(nextStages(model(), 'engaged')).toEqual(['won', 'lost']);
    expect(nextStages(model(), 'won')).toEqual([]);
    expect(nextStages(model(), 'legacy')).toEqual(['new', 'inbound']);
  });

  it('agrees with the transition list for every pair of stages', () => {
    const m = model();
    const keys = m.stages.map((s) => s.key);
    for (const from of keys) {
      for (const to of keys) {
        const expected = m.transitions.some((t) => t.from === from && t.to === to);
        expect(canMove(m, from, to).ok, `${from} → ${to}`).toBe(expected);
      }
    }
  });
});
