/**
 * The journey editor's model, pure: the definition as the API stores it (a list of nodes, each
 * naming where it leads), the outgoing slots of each node (the handles edges start from), new
 * nodes with settings a Draft accepts, an automatic left-to-right layout under the stored one
 * (the journey's `layout`), and the problems of the last check or save by node.
 */
import type { Journey } from './api.ts';

export type { Journey };
export type JourneyDef = Journey['definition'];
export type JNode = JourneyDef['nodes'][number];
export type NodeKind = JNode['kind'];
export type Of<K extends NodeKind> = Extract<JNode, { kind: K }>;
export type ActionType = Of<'action'>['action'];
export type JourneyStatus = Journey['status'];

export const KIND_LABELS: Record<NodeKind, string> = {
  entry: 'Entry',
  accountSplit: 'Split by accounts',
  peopleSplit: 'Split by people',
  merge: 'Merge',
  wait: 'Wait',
  listen: 'Listen for an event',
  action: 'Action',
};

export const ACTION_LABELS: Record<ActionType, string> = {
  assignToBuyingGroup: 'Assign to a buying group',
  removeFromBuyingGroup: 'Remove from a buying group',
  updateStage: 'Update stage',
  updateStatus: 'Update status',
  salesAlert: 'Send a sales alert',
  addToList: 'Add to a static list',
  removeFromList: 'Remove from a static list',
  addToJourney: 'Add to another journey',
  activate: 'Activate to a destination',
  callHttp: 'Call an HTTP endpoint',
};

export const STATUS_LABELS: Record<JourneyStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  live: { label: 'Live', color: 'teal' },
  closed: { label: 'Closed', color: 'yellow' },
  finished: { label: 'Finished', color: 'blue' },
  aborted: { label: 'Aborted', color: 'red' },
};

/** Where a node leads: one slot per outgoing handle. */
export interface Slot {
  handle: string;
  label: string;
  target: string | null;
}

export function slots(n: JNode): Slot[] {
  switch (n.kind) {
    case 'entry':
    case 'merge':
    case 'wait':
      return [{ handle: 'next', label: 'Next', target: n.next }];
    case 'accountSplit':
    case 'peopleSplit':
      return [
        ...n.paths.map((p, i) => ({ handle: `path-${i}`, label: p.label?.trim() || `Path ${i + 1}`, target: p.next })),
        ...(n.otherPath ? [{ handle: 'other', label: n.kind === 'accountSplit' ? 'Other accounts' : 'Other people', target: n.otherPath.next }] : []),
      ];
    case 'listen':
      return [{ handle: 'next', label: 'Event happened', target: n.next }, ...(n.timeoutNext !== undefined ? [{ handle: 'timeout', label: 'Timed out', target: n.timeoutNext }] : [])];
    case 'action':
      return [{ handle: 'next', label: n.action === 'callHttp' ? 'Succeeded' : 'Next', target: n.next }, ...(n.errorNext !== undefined ? [{ handle: 'error', label: 'Failed', target: n.errorNext }] : [])];
  }
}

/** The node with the slot `handle` leading to `target` (null: the path ends). */
export function setSlot(n: JNode, handle: string, target: string | null): JNode {
  const path = /^path-(\d+)$/.exec(handle);
  if (path && (n.kind === 'accountSplit' || n.kind === 'peopleSplit')) {
    const i = Number(path[1]);
    return { ...n, paths: n.paths.map((p, j) => (j === i ? { ...p, next: target } : p)) } as JNode;
  }
  if (handle === 'other' && (n.kind === 'accountSplit' || n.kind === 'peopleSplit')) return { ...n, otherPath: { next: target } } as JNode;
  if (handle === 'timeout' && n.kind === 'listen') return { ...n, timeoutNext: target };
  if (handle === 'error' && n.kind === 'action') return { ...n, errorNext: target };
  if (handle === 'next' && 'next' in n) return { ...n, next: target } as JNode;
  return n;
}

/** Removes a node and every slot that led to it (and a people split's merge reference). */
export function removeNode(nodes: JNode[], id: string): JNode[] {
  return nodes
    .filter((n) => n.id !== id)
    .map((n) => {
      let out = n;
      for (const s of slots(n)) if (s.target === id) out = setSlot(out, s.handle, null);
      if (out.kind === 'peopleSplit' && out.mergeId === id) out = { ...out, mergeId: null };
      return out;
    });
}

const PREFIX: Record<NodeKind, string> = { entry: 'entry', accountSplit: 'split', peopleSplit: 'people', merge: 'merge', wait: 'wait', listen: 'listen', action: 'action' };

export function freshId(nodes: JNode[], kind: NodeKind): string {
  const used = new Set(nodes.map((n) => n.id));
  for (let i = 1; ; i++) if (!used.has(`${PREFIX[kind]}_${i}`)) return `${PREFIX[kind]}_${i}`;
}

/** A new node of a kind, as a Draft accepts it (conditions and action settings are filled in later). */
export function newNode(kind: NodeKind, id: string, defaults: { solutionInterestId: string | null }): JNode {
  switch (kind) {
    case 'entry':
      return { id, kind, listId: null, next: null };
    case 'accountSplit':
      return { id, kind, paths: [{ next: null }], otherPath: { next: null } };
    case 'peopleSplit':
      return { id, kind, paths: [{ next: null }], otherPath: null, mergeId: null };
    case 'merge':
      return { id, kind, next: null };
    case 'wait':
      return { id, kind, wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: null };
    case 'listen':
      return { id, kind, event: { type: 'memberAssigned', solutionInterestId: defaults.solutionInterestId ?? '' }, timeout: { amount: 7, unit: 'days' }, next: null, timeoutNext: null };
    case 'action':
      return { id, kind, action: 'salesAlert', settings: null, next: null };
  }
}

export interface Point {
  x: number;
  y: number;
}
export const COLUMN = 250;
export const ROW = 150;

/**
 * A left-to-right layout: a node's column is its distance from the entry (breadth first), nodes
 * nobody reaches go in a column after the last; rows in definition order within a column.
 */
export function autoLayout(nodes: JNode[]): Map<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  const start = nodes.find((n) => n.kind === 'entry');
  if (start) {
    depth.set(start.id, 0);
    const queue: JNode[] = [start];
    while (queue.length) {
      const n = queue.shift()!;
      for (const s of slots(n)) {
        const to = s.target ? byId.get(s.target) : undefined;
        if (to && !depth.has(to.id)) {
          depth.set(to.id, depth.get(n.id)! + 1);
          queue.push(to);
        }
      }
    }
  }
  const last = Math.max(-1, ...depth.values()) + 1;
  const rows = new Map<number, number>();
  const out = new Map<string, Point>();
  for (const n of nodes) {
    const col = depth.get(n.id) ?? last;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    out.set(n.id, { x: col * COLUMN, y: row * ROW });
  }
  return out;
}

/**
 * The canvas positions of a journey's nodes: the stored layout where it has one (dragged there
 * and saved), the automatic layout for the rest.
 */
export function positionsOf(nodes: JNode[], layout: Readonly<Record<string, Point>>): Map<string, Point> {
  const out = autoLayout(nodes);
  for (const [id, p] of Object.entries(layout)) if (out.has(id)) out.set(id, { x: p.x, y: p.y });
  return out;
}

/** The layout to store: the position of each of `nodes` (whole canvas units; the API takes only ids of its nodes). */
export function layoutOf(positions: ReadonlyMap<string, Point>, nodes: readonly { id: string }[]): Record<string, Point> {
  const out: Record<string, Point> = {};
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) out[n.id] = { x: Math.round(p.x) || 0, y: Math.round(p.y) || 0 };
  }
  return out;
}

/** Where a new node goes: below everything else in the first column that has room. */
export function freeSpot(positions: Iterable<Point>): Point {
  let maxY = -ROW;
  for (const p of positions) if (p.x < COLUMN && p.y > maxY) maxY = p.y;
  return { x: 0, y: maxY + ROW };
}

export interface NodeMessage {
  /** JSON pointer inside the node ("" for the node itself, "/paths/0/condition"). */
  field: string;
  message: string;
}

/**
 * Messages by node id: from the problems of a check (each names its node) and from a refused save
 * or publish (fields such as /definition/nodes/3/wait/duration/amount name the node by index);
 * the rest — the journey's dates, its name — under "".
 */
export function messagesByNode(nodes: readonly { id: string }[], items: readonly { field: string; message: string; nodeId?: string | null }[]): Map<string, NodeMessage[]> {
  const out = new Map<string, NodeMessage[]>();
  const add = (key: string, m: NodeMessage) => out.set(key, [...(out.get(key) ?? []), m]);
  for (const p of items) {
    const at = /^\/definition\/nodes\/(\d+)(.*)$/.exec(p.field);
    const id = p.nodeId ?? (at ? nodes[Number(at[1])]?.id : undefined);
    if (id) add(id, { field: at ? at[2]! : '', message: p.message });
    else add('', { field: p.field, message: p.message });
  }
  return out;
}

/** A datetime-local input's value for an ISO instant (in the browser's time zone), and back. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(v: string): string | null {
  if (!v) return null;
  const ms = new Date(v).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
