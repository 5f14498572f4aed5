/**
 * The one traversal of the condition AST (ast.ts). Everything that needs to know what a condition
 * contains — which leaves, which ids it names, whether it reads the account, depends on the time
 * or counts activities — asks here instead of recursing over `all` / `any` / `not` itself.
 * (Compilers that produce output per node — evaluate.ts, store/conditions-sql.ts, describe.ts,
 * validate.ts — keep their own structural recursion.)
 *
 * - {@link walkCondition} visits every leaf in order with its JSON-pointer path. A `people` leaf is
 *   visited itself and then its `where` (paths `…/people/where/…`).
 * - Persona inlining: given `personas`, a `{ persona }` leaf is visited and then the persona's
 *   condition is walked in its place — each persona once per walk (one seen-set, so cycles and
 *   diamonds end); leaves reached through a persona carry its id and paths inside its condition.
 *   Unknown personas are skipped (validation reports them; see personas.ts).
 * - {@link conditionFacts}: the derived facts the engine asks for, over one or more conditions.
 */
import type { ActivityCondition, AllCondition, AnyCondition, BuyingGroupTest, Condition, NotCondition, PersonaConditions } from './ast.ts';

/** Every node that is not `all` / `any` / `not`. */
export type ConditionLeaf = Exclude<Condition, AllCondition | AnyCondition | NotCondition>;

/** Where a leaf sits. */
export interface LeafPlace {
  /** JSON pointer of the leaf: below the walk's `path` at the top, inside the persona's own condition when `persona` is set. */
  path: string;
  /** The persona whose (inlined) condition holds the leaf; undefined for the walked condition itself. */
  persona?: string;
  /** Inside a `people.where` (a person condition in the context of the related account). */
  inPeople: boolean;
}

export interface WalkOptions {
  /** Persona conditions by id: inline `{ persona }` leaves (each persona once per walk). Absent: no inlining. */
  personas?: PersonaConditions;
  /** JSON pointer of the walked condition (default ''). */
  path?: string;
}

/**
 * Visits every leaf of `cond` (or of each condition, in order) depth first, in order of
 * appearance. With `personas`, persona leaves are followed once per call (the seen-set spans all
 * the conditions given).
 */
export function walkCondition(cond: Condition | readonly Condition[], visit: (leaf: ConditionLeaf, at: LeafPlace) => void, opts: WalkOptions = {}): void {
  const seen = new Set<string>();
  const go = (c: Condition, path: string, persona: string | undefined, inPeople: boolean): void => {
    if ('all' in c) c.all.forEach((x, i) => go(x, `${path}/all/${i}`, persona, inPeople));
    else if ('any' in c) c.any.forEach((x, i) => go(x, `${path}/any/${i}`, persona, inPeople));
    else if ('not' in c) go(c.not, `${path}/not`, persona, inPeople);
    else {
      visit(c, persona === undefined ? { path, inPeople } : { path, persona, inPeople });
      if ('people' in c) {
        if (c.people.where) go(c.people.where, `${path}/people/where`, persona, true);
      } else if ('persona' in c && opts.personas && !seen.has(c.persona)) {
        seen.add(c.persona);
        const inner = opts.personas.get(c.persona);
        if (inner) go(inner, '', c.persona, inPeople);
      }
    }
  };
  const base = opts.path ?? '';
  for (const c of (Array.isArray(cond) ? cond : [cond]) as readonly Condition[]) go(c, base, undefined, false);
}

/** The leaves of a condition with their places (see {@link walkCondition}). */
export function conditionLeaves(cond: Condition | readonly Condition[], opts: WalkOptions = {}): { leaf: ConditionLeaf; at: LeafPlace }[] {
  const out: { leaf: ConditionLeaf; at: LeafPlace }[] = [];
  walkCondition(cond, (leaf, at) => out.push({ leaf, at }), opts);
  return out;
}

/** The activity types an activity leaf counts. */
export function activityTypes(leaf: ActivityCondition): string[] {
  return Array.isArray(leaf.activity.type) ? [...leaf.activity.type] : [leaf.activity.type];
}

/** What a condition (or several) contains, personas inlined when given. Ids each once, in order of appearance. */
export interface ConditionFacts {
  /**
   * A person condition reads the evaluation account: a `roleInAccount` leaf outside `people.where`
   * (otherwise a person's result is the same in every account). Inside `people.where` the account
   * is the related account itself.
   */
  readsAccount: boolean;
  /** The result depends on the time beyond the current day: an activity window or an `in_last_days` test. */
  dependsOnNow: boolean;
  /** An `activity` leaf anywhere (then recording activities can change the result). */
  countsActivities: boolean;
  /** The longest activity window in days (0: none). */
  activityDays: number;
  /** The activity types counted. */
  activityTypes: string[];
  personaIds: string[];
  listIds: string[];
  accountIds: string[];
  solutionInterestIds: string[];
  roleIds: string[];
}

export function conditionFacts(cond: Condition | readonly Condition[], personas?: PersonaConditions): ConditionFacts {
  const facts = { readsAccount: false, dependsOnNow: false, countsActivities: false, activityDays: 0 };
  const types = new Set<string>();
  const personaIds = new Set<string>();
  const listIds = new Set<string>();
  const accountIds = new Set<string>();
  const solutionInterestIds = new Set<string>();
  const roleIds = new Set<string>();
  walkCondition(
    cond,
    (c, at) => {
      if ('field' in c) {
        if (c.op === 'in_last_days') facts.dependsOnNow = true;
      } else if ('activity' in c) {
        facts.countsActivities = true;
        facts.dependsOnNow = true;
        facts.activityDays = Math.max(facts.activityDays, c.activity.inLastDays);
        for (const t of activityTypes(c)) types.add(t);
      } else if ('roleInAccount' in c) {
        if (!at.inPeople) facts.readsAccount = true;
      } else if ('persona' in c) personaIds.add(c.persona);
      else if ('memberOfList' in c) listIds.add(c.memberOfList);
      else if ('descendantOf' in c) accountIds.add(c.descendantOf);
      else if ('buyingGroup' in c) {
        solutionInterestIds.add(c.buyingGroup.solutionInterestId);
        for (const r of c.buyingGroup.roleCount ?? []) roleIds.add(r.roleId);
      }
    },
    personas ? { personas } : {},
  );
  return { ...facts, activityTypes: [...types], personaIds: [...personaIds], listIds: [...listIds], accountIds: [...accountIds], solutionInterestIds: [...solutionInterestIds], roleIds: [...roleIds] };
}

/** Id-naming leaves with the JSON pointer of the id (no persona inlining): for existence checks that point at the leaf. */
export function idLeaves(cond: Condition, key: 'memberOfList' | 'descendantOf' | 'persona', basePath = ''): { path: string; id: string }[] {
  const out: { path: string; id: string }[] = [];
  walkCondition(
    cond,
    (c, at) => {
      if (key in c) out.push({ path: `${at.path}/${key}`, id: (c as Record<typeof key, string>)[key] });
    },
    { path: basePath },
  );
  return out;
}

/** The activity types the activity leaves count, each with the JSON pointer of its type. */
export function activityTypeLeaves(cond: Condition, basePath = ''): { path: string; type: string }[] {
  const out: { path: string; type: string }[] = [];
  walkCondition(
    cond,
    (c, at) => {
      if (!('activity' in c)) return;
      const t = c.activity.type;
      if (typeof t === 'string') out.push({ path: `${at.path}/activity/type`, type: t });
      else t.forEach((type, i) => out.push({ path: `${at.path}/activity/type/${i}`, type }));
    },
    { path: basePath },
  );
  return out;
}

/** The `buyingGroup` leaves with the JSON pointer of each. */
export function buyingGroupLeaves(cond: Condition, basePath = ''): { path: string; test: BuyingGroupTest }[] {
  const out: { path: string; test: BuyingGroupTest }[] = [];
  walkCondition(
    cond,
    (c, at) => {
      if ('buyingGroup' in c) out.push({ path: `${at.path}/buyingGroup`, test: c.buyingGroup });
    },
    { path: basePath },
  );
  return out;
}
