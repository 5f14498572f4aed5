import { describe, expect, it } from 'vitest';
import { autoLayout, COLUMN, freshId, layoutOf, messagesByNode, newNode, positionsOf, removeNode, ROW, setSlot, slots, type JNode } from './model.ts';

const graph: JNode[] = [
  { id: 'start', kind: 'entry', listId: 'lst_1', next: 'ready' },
  { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Complete', next: 'alert' }, { next: null }], otherPath: { next: 'pause' } },
  { id: 'alert', kind: 'action', action: 'callHttp', settings: null, next: null, errorNext: 'pause' },
  { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
  { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: 'si_1' }, timeout: { amount: 10, unit: 'days' }, next: null },
  { id: 'stray', kind: 'merge', next: null },
];

describe('journey editor model', () => {
  it('names each outgoing slot and its target', () => {
    expect(slots(graph[1]!)).toEqual([
      { handle: 'path-0', label: 'Complete', target: 'alert' },
      { handle: 'path-1', label: 'Path 2', target: null },
      { handle: 'other', label: 'Other accounts', target: 'pause' },
    ]);
    expect(slots(graph[2]!).map((s) => [s.handle, s.label, s.target])).toEqual([
      ['next', 'Succeeded', null],
      ['error', 'Failed', 'pause'],
    ]);
    // No timeout path chosen: a listen has one slot only.
    expect(slots(graph[4]!).map((s) => s.handle)).toEqual(['next']);
  });

  it('sets a slot, and removing a node clears every slot that led to it', () => {
    expect(setSlot(graph[1]!, 'path-1', 'stray')).toMatchObject({ paths: [{ next: 'alert' }, { next: 'stray' }], otherPath: { next: 'pause' } });
    expect(setSlot(graph[4]!, 'timeout', 'stray')).toMatchObject({ next: null, timeoutNext: 'stray' });
    const without = removeNode(graph, 'pause');
    expect(without.map((n) => n.id)).toEqual(['start', 'ready', 'alert', 'hear', 'stray']);
    expect(without[1]).toMatchObject({ otherPath: { next: null } });
    expect(without[2]).toMatchObject({ errorNext: null });
  });

  it('makes fresh ids and nodes a Draft accepts', () => {
    expect(freshId(graph, 'wait')).toBe('wait_1');
    expect(freshId([...graph, { id: 'wait_1', kind: 'merge', next: null }], 'wait')).toBe('wait_2');
    expect(newNode('listen', 'listen_1', { solutionInterestId: 'si_9' })).toMatchObject({ event: { type: 'memberAssigned', solutionInterestId: 'si_9' }, timeoutNext: null });
  });

  it('lays nodes out by their distance from the entry, unreachable ones last', () => {
    const p = autoLayout(graph);
    expect(p.get('start')).toEqual({ x: 0, y: 0 });
    expect(p.get('ready')).toEqual({ x: COLUMN, y: 0 });
    expect(p.get('alert')).toEqual({ x: 2 * COLUMN, y: 0 });
    expect(p.get('pause')).toEqual({ x: 2 * COLUMN, y: ROW });
    expect(p.get('hear')).toEqual({ x: 3 * COLUMN, y: 0 });
    expect(p.get('stray')).toEqual({ x: 4 * COLUMN, y: 0 });
  });

  it('puts problems on their node by id or by the index in the field', () => {
    const m = messagesByNode(graph, [
      { nodeId: 'ready', field: '/definition/nodes/1/paths/1/condition', message: 'no condition' },
      { field: '/definition/nodes/3/wait/duration/amount', message: 'must be at least 1' },
      { nodeId: null, field: '/endAt', message: 'needs an end date' },
    ]);
    expect(m.get('ready')).toEqual([{ field: '/paths/1/condition', message: 'no condition' }]);
    expect(m.get('pause')).toEqual([{ field: '/wait/duration/amount', message: 'must be at least 1' }]);
    expect(m.get('')).toEqual([{ field: '/endAt', message: 'needs an end date' }]);
  });

  it('puts nodes where the stored layout says, the rest where the automatic layout does, and stores whole positions of known nodes only', () => {
    const auto = autoLayout(graph);
    const placed = positionsOf(graph, { ready: { x: 40, y: -310 }, gone: { x: 1, y: 1 } });
    expect(placed.get('ready')).toEqual({ x: 40, y: -310 });
    expect(placed.get('alert')).toEqual(auto.get('alert'));
    expect(placed.has('gone')).toBe(false);
    const positions = new Map([...placed, ['extra', { x: 3, y: 3 }], ['start', { x: 10.6, y: -0.4 }]]);
    const stored = layoutOf(positions, graph.slice(0, 2));
    expect(stored).toEqual({ start: { x: 11, y: 0 }, ready: { x: 40, y: -310 } });
    expect(Object.keys(layoutOf(new Map([['start', { x: Number.NaN, y: 0 }]]), graph))).toEqual([]);
  });
});
