/**
 * The stage model editor's draft, pure: rows (one per stage, with the moves it allows), the API
 * body they make, and where each problem the API names belongs.
 */
import type { Schemas } from '../../api/client.ts';
import type { StageKind } from './StageGraph.tsx';

type StageModel = Schemas['StageModel'];

export interface Row {
  uid: string;
  key: string;
  name: string;
  kind: StageKind;
  /** Keys of the stages this one may move to (its transitions, in this order). */
  to: string[];
}
export interface Draft {
  name: string;
  description: string;
  rows: Row[];
}
export interface Body {
  name: string;
  description: string | null;
  stages: { key: string; name: string; kind: StageKind }[];
  transitions: { from: string; to: string }[];
}
/** Problems placed: per stage row (by uid), for the model's name, and the rest. */
export interface Placed {
  byUid: Map<string, string[]>;
  name?: string;
  general: string[];
}

let uidSeq = 0;
export const uid = () => `s${++uidSeq}`;

export function draftOf(m: StageModel): Draft {
  return {
    name: m.name,
    description: m.description ?? '',
    rows: m.stages.map((s) => ({ uid: uid(), key: s.key, name: s.name, kind: s.kind, to: m.transitions.filter((t) => t.from === s.key).map((t) => t.to) })),
  };
}

export function bodyOf(d: Draft): Body {
  return {
    name: d.name,
    description: d.description.trim() || null,
    stages: d.rows.map((r) => ({ key: r.key, name: r.name, kind: r.kind })),
    transitions: d.rows.flatMap((r) => r.to.map((to) => ({ from: r.key, to }))),
  };
}

/** True when the body says what the stored model says (transitions compared per stage, as the rows hold them). */
export const sameBody = (a: Body, m: StageModel): boolean => JSON.stringify(a) === JSON.stringify(bodyOf(draftOf(m)));

/**
 * Puts each problem beside what it concerns. `field` is a JSON pointer into `body` (the model as
 * sent, or as stored: its stages in the rows' order): /stages/i… is stage i's row, /transitions/j… is the row of the stage the move
 * starts at, /name is the model's name; anything else is listed above the stages.
 */
export function placeProblems(problems: { field: string; message: string }[], body: Pick<Body, 'transitions'>, rows: Row[]): Placed {
  const placed: Placed = { byUid: new Map(), general: [] };
  const put = (u: string | undefined, message: string) => {
    if (u === undefined) placed.general.push(message);
    else placed.byUid.set(u, [...(placed.byUid.get(u) ?? []), message]);
  };
  const uidOfKey = (key: string | undefined) => rows.find((r) => r.key === key)?.uid;
  for (const p of problems) {
    const stage = /^\/stages\/(\d+)/.exec(p.field);
    const transition = /^\/transitions\/(\d+)/.exec(p.field);
    if (stage) put(rows[Number(stage[1])]?.uid, p.message);
    else if (transition) put(uidOfKey(body.transitions[Number(transition[1])]?.from), p.message);
    else if (p.field === '/name') placed.name = p.message;
    else put(undefined, p.message);
  }
  return placed;
}
