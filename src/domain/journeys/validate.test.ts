import { describe, expect, it } from 'vitest';
import { definitionSchema, latestEnd, type JourneyDefinition } from './model.ts';
import { cyclesWithoutWait, publishRefusal, validateForPublish, type PublishFacts } from './validate.ts';
import { DAY, EXAMPLE, T0, definition } from './journeys.testdata.ts';

const facts: PublishFacts = {
  startAt: T0,
  endAt: T0 + 90 * DAY,
  solutionInterests: new Map([
    ['si_1', { name: 'Cloud', stageKeys: ['new', 'engaged', 'won'] }],
    ['si_2', { name: 'Print', stageKeys: null }],
  ]),
  lists: new Map([
    ['lst_1', { name: 'Targets', kind: 'dynamic' }],
    ['lst_s', { name: 'Hand-picked', kind: 'static' }],
  ]),
  destinations: new Map([
    ['dst_1', { name: 'LinkedIn EMEA' }],
    ['dst_2', { name: 'LinkedIn US' }],
  ]),
  activations: new Map([['atv_1', { name: 'EMEA buyers', destinationId: 'dst_1' }]]),
};

const codes = (def: JourneyDefinition, f: PublishFacts = facts) => validateForPublish(def, f).map((p) => `${p.code} ${p.nodeId ?? '-'} ${p.field}`);

describe('definition schema', () => {
  it('accepts the example and fills the defaults (format, re-entry off)', () => {
    expect(EXAMPLE.format).toBe(1);
    expect(EXAMPLE.reentry).toEqual({ enabled: false, from: 'end' });
  });

  it('refuses duplicate node ids, bad node ids, more than 25 paths and unknown time zones with clear messages', () => {
    const dup = definitionSchema.safeParse({ nodes: [{ id: 'a', kind: 'merge', next: null }, { id: 'a', kind: 'merge', next: null }] });
    expect(dup.success).toBe(false);
    expect(dup.error!.issues[0]!.message).toBe('node ids must be unique');
    const badId = definitionSchema.safeParse({ nodes: [{ id: '1a', kind: 'merge', next: null }] });
    expect(badId.error!.issues[0]!.message).toMatch(/node ids start with a letter/);
    const paths = Array.from({ length: 26 }, () => ({ next: null }));
    const many = definitionSchema.safeParse({ nodes: [{ id: 's', kind: 'accountSplit', paths }] });
    expect(many.error!.issues[0]!.message).toBe('at most 25 paths');
    const tz = definitionSchema.safeParse({ nodes: [{ id: 'w', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, mustEndOn: { timeZone: 'Mars/Olympus' }, next: null }] });
    expect(tz.error!.issues[0]!.message).toMatch(/not a known IANA time zone/);
    expect(tz.error!.issues[0]!.path).toEqual(['nodes', 0, 'mustEndOn', 'timeZone']);
  });
});

describe('validateForPublish', () => {
  it('finds nothing wrong with the example', () => {
    expect(codes(EXAMPLE)).toEqual([]);
  });

  it('reports every problem on its node', () => {
    const def = definition({
      nodes: [
        { id: 'split', kind: 'accountSplit', paths: [{ next: 'act' }, { condition: { field: 'nope', op: 'is', value: 'x' }, next: 'ghost' }] },
        { id: 'start', kind: 'entry', listId: null, next: 'split' },
        { id: 'act', kind: 'action', action: 'updateStatus', settings: null, next: 'stage' },
        { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: 'si_2', stage: 'won' }, next: 'status' },
        { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'x'.repeat(51) }, next: null, errorNext: null },
        { id: 'lonely', kind: 'merge', next: null },
        { id: 'again', kind: 'entry', listId: 'lst_1', next: null },
      ],
    });
    expect(codes(def)).toEqual([
      'unknown_node split /definition/nodes/0/paths/1/next',
      'missing_condition split /definition/nodes/0/paths/0/condition',
      'invalid_condition split /definition/nodes/0/paths/1/condition/field',
      'entry_not_first start /definition/nodes/1',
      'no_list start /definition/nodes/1/listId',
      'missing_settings act /definition/nodes/2/settings',
      'no_stage_model stage /definition/nodes/3/settings/solutionInterestId',
      'error_path_not_allowed status /definition/nodes/4/errorNext',
      'invalid_settings status /definition/nodes/4/settings/status',
      'unreachable lonely /definition/nodes/5',
      'several_entries again /definition/nodes/6',
    ]);
    const status = validateForPublish(def, facts).find((p) => p.nodeId === 'status' && p.code === 'invalid_settings')!;
    expect(status.message).toBe('"status" (updateStatus): status status labels are at most 50 characters');
  });

  it('checks stage keys against the stage model, unknown solution interests and action settings', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'a' },
        { id: 'a', kind: 'action', action: 'updateStage', settings: { solutionInterestId: 'si_1', stage: 'lost' }, next: 'b' },
        { id: 'b', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: 'si_9' }, next: 'c' },
        { id: 'c', kind: 'action', action: 'assignToBuyingGroup', settings: { solutionInterestId: 'si_1', roleId: 'rol_1', where: { field: 'jobTitle', op: 'gt', value: 3 } }, next: 'd' },
        { id: 'd', kind: 'action', action: 'addToList', settings: { listId: 'lst_1' }, next: 'e' },
        { id: 'e', kind: 'action', action: 'removeFromList', settings: { listId: 'lst_9' }, next: 'f' },
        { id: 'f', kind: 'action', action: 'addToList', settings: { listId: 'lst_s' }, next: null },
      ],
    });
    expect(codes(def)).toEqual([
      'unknown_stage a /definition/nodes/1/settings/stage',
      'invalid_settings b /definition/nodes/2/settings/email',
      'invalid_condition c /definition/nodes/3/settings/where/op',
      'not_static_list d /definition/nodes/4/settings/listId',
      'unknown_list e /definition/nodes/5/settings/listId',
    ]);
    expect(codes(definition({ nodes: [{ id: 'start', kind: 'entry', listId: 'lst_x', next: null }] }))).toEqual(['unknown_list start /definition/nodes/0/listId']);
  });


  it("checks a listen step's solution interest and the stages of its from / to filters", () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'a' },
        { id: 'a', kind: 'listen', event: { type: 'stageChanged', solutionInterestId: 'si_1', from: ['new'], to: ['won', 'lost'] }, timeout: { amount: 1, unit: 'days' }, next: 'b' },
        { id: 'b', kind: 'listen', event: { type: 'stageChanged', solutionInterestId: 'si_2', to: ['won'] }, timeout: { amount: 1, unit: 'days' }, next: 'c' },
        { id: 'c', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: 'si_9' }, timeout: { amount: 1, unit: 'days' }, next: 'd' },
        { id: 'd', kind: 'listen', event: { type: 'stageChanged', solutionInterestId: 'si_2' }, timeout: { amount: 1, unit: 'days' }, next: null },
      ],
    });
    expect(codes(def)).toEqual([
      'unknown_stage a /definition/nodes/1/event/to/1',
      'no_stage_model b /definition/nodes/2/event/solutionInterestId',
      'unknown_solution_interest c /definition/nodes/3/event/solutionInterestId',
    ]);
  });

  it('refuses an activate action naming a destination or activation that does not exist, or an activation of another destination', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'a' },
        { id: 'a', kind: 'action', action: 'activate', settings: { destinationId: 'dst_9', activationId: 'atv_1' }, next: 'b' },
        { id: 'b', kind: 'action', action: 'activate', settings: { destinationId: 'dst_1', activationId: 'atv_9' }, next: 'c' },
        { id: 'c', kind: 'action', action: 'activate', settings: { destinationId: 'dst_2', activationId: 'atv_1' }, next: 'd' },
        { id: 'd', kind: 'action', action: 'activate', settings: { destinationId: 'dst_1' }, next: 'ok' },
        { id: 'ok', kind: 'action', action: 'activate', settings: { destinationId: 'dst_1', activationId: 'atv_1' }, next: null },
      ],
    });
    expect(codes(def)).toEqual([
      'unknown_destination a /definition/nodes/1/settings/destinationId',
      'unknown_activation b /definition/nodes/2/settings/activationId',
      'unknown_activation c /definition/nodes/3/settings/activationId',
      'invalid_settings d /definition/nodes/4/settings/activationId',
    ]);
    expect(validateForPublish(def, facts).find((p) => p.nodeId === 'c')!.message).toBe('"c": activation "EMEA buyers" belongs to another destination than "LinkedIn US"');
  });
  it('refuses a loop without a wait, accepts one with a wait', () => {
    const loop = (withWait: boolean) =>
      definition({
        nodes: [
          { id: 'start', kind: 'entry', listId: 'lst_1', next: 'hear' },
          { id: 'hear', kind: 'listen', event: { type: 'stageChanged', solutionInterestId: 'si_1' }, timeout: { amount: 1, unit: 'days' }, next: 'status', timeoutNext: null },
          { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: 'si_1', status: 'moved' }, next: withWait ? 'pause' : 'hear' },
          { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'hours' } }, next: 'hear' },
        ],
      });
    expect(codes(loop(false))).toEqual(['cycle_without_wait hear /definition/nodes/1', 'unreachable pause /definition/nodes/3']);
    expect(cyclesWithoutWait(loop(false))).toEqual([['hear', 'status']]);
    expect(codes(loop(true))).toEqual([]);
    const self = definition({ nodes: [{ id: 'start', kind: 'entry', listId: 'lst_1', next: 'm' }, { id: 'm', kind: 'merge', next: 'm' }] });
    expect(codes(self)).toEqual(['cycle_without_wait m /definition/nodes/1']);
  });

  it('requires a merge node to close a people split', () => {
    const def = definition({
      nodes: [
        { id: 'start', kind: 'entry', listId: 'lst_1', next: 'people' },
        { id: 'people', kind: 'peopleSplit', paths: [{ condition: { field: 'jobTitle', op: 'contains', value: 'cto' }, next: 'join' }], mergeId: 'start' },
        { id: 'join', kind: 'merge', next: null },
      ],
    });
    expect(codes(def)).toEqual(['not_a_merge people /definition/nodes/1/mergeId']);
    const none = definition({ nodes: [{ id: 'start', kind: 'entry', listId: 'lst_1', next: 'people' }, { id: 'people', kind: 'peopleSplit', paths: [], mergeId: null }] });
    expect(codes(none)).toEqual(['no_paths people /definition/nodes/1/paths', 'missing_merge people /definition/nodes/1/mergeId']);
  });

  it('needs an end date after the start and at most 3 years after it', () => {
    expect(codes(EXAMPLE, { ...facts, endAt: null })).toEqual(['missing_end_date - /endAt']);
    expect(codes(EXAMPLE, { ...facts, endAt: T0 })).toEqual(['end_before_start - /endAt']);
    expect(codes(EXAMPLE, { ...facts, endAt: latestEnd(T0) })).toEqual([]);
    expect(codes(EXAMPLE, { ...facts, endAt: latestEnd(T0) + 1 })).toEqual(['end_too_late - /endAt']);
    expect(latestEnd(Date.UTC(2024, 1, 29))).toBe(Date.UTC(2027, 2, 1));
  });

  it('an empty journey has no entry', () => {
    expect(codes(definition({ nodes: [] }))).toEqual(['no_entry - /definition/nodes']);
  });

  it('publishRefusal is a 409 listing each problem with its node id and code', () => {
    const err = publishRefusal('Nurture', validateForPublish(definition({ nodes: [{ id: 'start', kind: 'entry', listId: null, next: null }] }), { ...facts, endAt: null }));
    expect(err.status).toBe(409);
    expect(err.message).toBe('journey "Nurture" cannot be published: the entry "start" needs an account list (and 1 more problem)');
    expect(err.errors).toEqual([
      { field: '/definition/nodes/0/listId', message: 'the entry "start" needs an account list', nodeId: 'start', code: 'no_list' },
      { field: '/endAt', message: 'a Live journey needs an end date', code: 'missing_end_date' },
    ]);
  });
});
