import { describe, expect, it } from 'vitest';
import { allowedNextStages, entryStages, validateStageModel, type StageModelDefinition } from './validate.ts';

const pipeline = (): StageModelDefinition => ({
  stages: [
    { key: 'new', name: 'New', kind: 'entry' },
    { key: 'engaged', name: 'Engaged', kind: 'intermediate' },
    { key: 'won', name: 'Won', kind: 'success' },
    { key: 'lost', name: 'Lost', kind: 'failure' },
  ],
  transitions: [
    { from: 'new', to: 'engaged' },
    { from: 'engaged', to: 'won' },
    { from: 'engaged', to: 'lost' },
    { from: 'new', to: 'lost' },
  ],
});

const codes = (def: StageModelDefinition) => validateStageModel(def).map((p) => `${p.code} ${p.field}`);

describe('validateStageModel', () => {
  it('accepts a well-formed model, with several entry and failure stages and a re-opened failure', () => {
    expect(validateStageModel(pipeline())).toEqual([]);
    const def = pipeline();
    def.stages.push({ key: 'inbound', name: 'Inbound', kind: 'entry' }, { key: 'disqualified', name: 'Disqualified', kind: 'failure' });
    def.transitions.push({ from: 'inbound', to: 'engaged' }, { from: 'new', to: 'disqualified' }, { from: 'lost', to: 'engaged' });
    expect(validateStageModel(def)).toEqual([]);
  });

  it('needs stages at all', () => {
    expect(codes({ stages: [], transitions: [] })).toEqual(['no_stages /stages']);
  });

  it('needs an entry stage (and then nothing is reachable)', () => {
    const def = pipeline();
    def.stages[0] = { key: 'new', name: 'New', kind: 'intermediate' };
    const found = codes(def);
    expect(found).toContain('no_entry_stage /stages');
    // Without an entry stage, reachability is not reported stage by stage: the first problem says it all.
    expect(found.filter((c) => c.startsWith('unreachable'))).toEqual([]);
  });

  it('needs exactly one success stage', () => {
    const none = pipeline();
    none.stages[2] = { key: 'won', name: 'Won', kind: 'failure' };
    expect(codes(none)).toEqual(['no_success_stage /stages']);
    const two = pipeline();
    two.stages[3] = { key: 'lost', name: 'Lost', kind: 'success' };
    const problems = validateStageModel(two);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['several_success_stages /stages/3/kind']);
    expect(problems[0]?.message).toContain('"won"');
  });

  it('finds a dead end (non-terminal stage without exit) and a success stage with exits', () => {
    const def = pipeline();
    def.stages.push({ key: 'nurture', name: 'Nurture', kind: 'intermediate' });
    def.transitions.push({ from: 'engaged', to: 'nurture' }, { from: 'won', to: 'engaged' });
    const problems = validateStageModel(def);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['success_has_exit /stages/2', 'dead_end /stages/4']);
    expect(problems[1]?.message).toBe('stage "nurture" (Nurture) is a dead end: no transition leaves it; add one, or make it a success or failure stage');
  });

  it('finds stages unreachable from every entry stage, even inside a cycle', () => {
    const def = pipeline();
    def.stages.push({ key: 'a', name: 'A', kind: 'intermediate' }, { key: 'b', name: 'B', kind: 'intermediate' });
    def.transitions.push({ from: 'a', to: 'b' }, { from: 'b', to: 'a' });
    expect(codes(def)).toEqual(['unreachable /stages/4', 'unreachable /stages/5']);
  });

  it('finds transitions to or from unknown stages, self loops and repeats', () => {
    const def = pipeline();
    def.transitions.push({ from: 'ghost', to: 'won' }, { from: 'new', to: 'limbo' }, { from: 'engaged', to: 'engaged' }, { from: 'new', to: 'engaged' });
    const problems = validateStageModel(def);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual([
      'unknown_stage /transitions/4/from',
      'unknown_stage /transitions/5/to',
      'self_transition /transitions/6',
      'duplicate_transition /transitions/7',
    ]);
    expect(problems[0]?.message).toBe('transition 4 starts at "ghost", which is not a stage of this model');
  });

  it('finds duplicate keys, case-insensitively, and keeps the first for the graph', () => {
    const def = pipeline();
    def.stages.push({ key: 'engaged', name: 'Engaged again', kind: 'failure' });
    const problems = validateStageModel(def);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['duplicate_key /stages/4/key']);
    expect(problems[0]?.message).toContain('stage 1 (Engaged)');
  });

  it('reports every problem at once', () => {
    const def: StageModelDefinition = {
      stages: [
        { key: 'x', name: 'X', kind: 'intermediate' },
        { key: 'x', name: 'X2', kind: 'intermediate' },
      ],
      transitions: [{ from: 'x', to: 'y' }],
    };
    expect(codes(def)).toEqual(['duplicate_key /stages/1/key', 'no_entry_stage /stages', 'no_success_stage /stages', 'unknown_stage /transitions/0/to', 'dead_end /stages/0']);
  });
});

describe('stage helpers', () => {
  it('lists entry stages and allowed moves', () => {
    expect(entryStages(pipeline())).toEqual(['new']);
    expect(allowedNextStages(pipeline(), 'new')).toEqual(['engaged', 'lost']);
    expect(allowedNextStages(pipeline(), 'won')).toEqual([]);
    expect(allowedNextStages(pipeline(), 'nope')).toEqual([]);
  });
});
