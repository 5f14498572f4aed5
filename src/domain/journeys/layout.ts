/**
 * Where the editor draws each node of a journey: node id → canvas position. Cosmetic: the runtime
 * never reads it and it is not part of the versioned graph (`definition`), so it may change in any
 * status — moving a node on a Live journey's canvas changes nothing about how it runs (the Live
 * lock in status.ts is about the graph, the dates and the name). Kept beside the definition
 * (store/journeys.ts keeps it in the definition column under `layout`, and takes it out on read).
 */
import { z } from 'zod';
import { MAX_NODES, NODE_ID } from './model.ts';

/** A canvas is never this large; the bound keeps absurd numbers out. */
export const MAX_COORDINATE = 1_000_000;

const coordinate = z
  .number({ error: 'must be a number' })
  .min(-MAX_COORDINATE, `must be at least -${MAX_COORDINATE}`)
  .max(MAX_COORDINATE, `must be at most ${MAX_COORDINATE}`);

export const pointSchema = z.strictObject({ x: coordinate, y: coordinate }).meta({ id: 'JourneyPoint' });
export type Point = z.infer<typeof pointSchema>;

export const layoutSchema = z
  .record(z.string().regex(NODE_ID, 'must be a node id'), pointSchema)
  .refine((l) => Object.keys(l).length <= MAX_NODES, `at most ${MAX_NODES} positions`)
  .meta({ id: 'JourneyLayout', description: 'Node id → canvas position {x, y} in the editor; cosmetic, changes in any status' });
export type JourneyLayout = z.infer<typeof layoutSchema>;

export interface LayoutProblem {
  /** JSON pointer: `/layout/<node id>`. */
  field: string;
  message: string;
}

/** The positions of nodes the definition does not have (each a problem at `/layout/<id>`). */
export function layoutProblems(layout: JourneyLayout, nodeIds: Iterable<string>): LayoutProblem[] {
  const known = new Set(nodeIds);
  return Object.keys(layout)
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `/layout/${id}`, message: `"${id}" is not a node of this journey` }));
}

/** The layout without the positions of nodes that are gone (a definition replaced without its layout). */
export function pruneLayout(layout: JourneyLayout, nodeIds: Iterable<string>): JourneyLayout {
  const known = new Set(nodeIds);
  return Object.fromEntries(Object.entries(layout).filter(([id]) => known.has(id)));
}
