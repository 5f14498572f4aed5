/**
 * Template induction: from people whose role a user has judged (confirmed members, and everyone
 * else in those groups as "no role"), a small decision list per role in Quorum's own condition
 * language — readable, editable, publishable — with each role's precision and recall on the data.
 *
 * Per role, sequential covering: grow one conjunction of at most MAX_LITERALS literals (derived
 * seniority is v, derived function is v, job title contains w, department contains w), each step
 * taking the literal with the best FOIL gain on what the rule still covers (positives kept ×
 * the gain in log precision: precision alone picks tiny perfect rules — a word only three
 * people share — and at a million people five of those cover almost nobody),
 * keep it when its precision reaches `minPrecision`, remove the positives it covers and grow the
 * next, up to `maxRules` rules, joined by `any`. Roles are then ordered by their rules'
 * precision (a template's order is priority: a person takes the first role that matches), and
 * precision and recall are measured by the real evaluator (evaluate.ts) in that order.
 */
import { matchesCondition, PERSON_FIELDS, type Condition, type FieldCondition, type PersonFacts } from '../conditions/index.ts';
import { normText } from '../text.ts';

export interface JudgedPerson {
  personId: string;
  /** The role they hold (confirmed), or null for "no role". */
  roleId: string | null;
  jobTitle: string | null;
  department: string | null;
  derivedSeniority: string | null;
  derivedFunction: string | null;
}

export interface InducedRole {
  roleId: string;
  condition: Condition;
  /** Of the people the condition gives this role (in priority order), the share who hold it. */
  precision: number;
  /** Of the people who hold the role, the share the condition gives it. */
  recall: number;
  /** People holding the role in the data. */
  support: number;
  /** People the condition gives the role. */
  predicted: number;
}

export interface InductionOptions {
  maxRules: number;
  minPrecision: number;
  /** A literal must cover at least this many of the role's remaining positives. */
  minSupport: number;
}

export const DEFAULT_INDUCTION_OPTIONS: InductionOptions = { maxRules: 5, minPrecision: 0.6, minSupport: 3 };
const MAX_LITERALS = 3;
/** A rule this precise stops growing. */
const GOOD_ENOUGH = 0.9;
/** Title and department words shorter than this are too ambiguous as substrings ("it" is in "digital"). */
const MIN_WORD = 3;

interface Literal {
  condition: FieldCondition;
  covers: Uint8Array;
}

function words(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(normText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= MIN_WORD))];
}

function literals(people: readonly JudgedPerson[], positives: readonly number[], minSupport: number): Literal[] {
  // Candidates come from the positives (a literal no positive has cannot help), tested on all.
  const seen = new Map<string, FieldCondition>();
  const add = (c: FieldCondition) => seen.set(`${c.field}\u0000${String(c.value)}`, c);
  for (const i of positives) {
    const p = people[i]!;
    if (p.derivedSeniority) add({ field: 'derivedSeniority', op: 'is', value: p.derivedSeniority });
    if (p.derivedFunction) add({ field: 'derivedFunction', op: 'is', value: p.derivedFunction });
    for (const w of words(p.jobTitle)) add({ field: 'jobTitle', op: 'contains', value: w });
    for (const w of words(p.department)) add({ field: 'department', op: 'contains', value: w });
  }
  const titles = people.map((p) => normText(p.jobTitle ?? ''));
  const departments = people.map((p) => normText(p.department ?? ''));
  const out: Literal[] = [];
  for (const c of seen.values()) {
    const v = c.value as string;
    const covers = new Uint8Array(people.length);
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      covers[i] =
        c.field === 'derivedSeniority' ? +(p.derivedSeniority === v)
        : c.field === 'derivedFunction' ? +(p.derivedFunction === v)
        : c.field === 'jobTitle' ? +titles[i]!.includes(v)
        : +departments[i]!.includes(v);
    }
    let support = 0;
    for (const i of positives) support += covers[i]!;
    if (support >= minSupport) out.push({ condition: c, covers });
  }
  // A stable order, so ties resolve the same way every run.
  return out.sort((a, b) => (keyOf(a.condition) < keyOf(b.condition) ? -1 : 1));
}

const keyOf = (c: FieldCondition) => `${c.field}:${String(c.value)}`;

function learnRole(people: readonly JudgedPerson[], roleId: string, o: InductionOptions): { rules: FieldCondition[][]; precision: number } {
  const isPos = people.map((p) => p.roleId === roleId);
  const positives = people.flatMap((p, i) => (isPos[i] ? [i] : []));
  const cands = literals(people, positives, o.minSupport);
  const remaining = new Uint8Array(people.length);
  for (const i of positives) remaining[i] = 1;
  const rules: FieldCondition[][] = [];
  let tpAll = 0;
  let fpAll = 0;
  while (rules.length < o.maxRules) {
    let covered = new Uint8Array(people.length).fill(1);
    const rule: FieldCondition[] = [];
    // What the empty rule covers: the positives not yet covered, and every negative.
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < people.length; i++) {
      if (remaining[i]) tp++;
      else if (!isPos[i]) fp++;
    }
    for (let depth = 0; depth < MAX_LITERALS; depth++) {
      const before = Math.log2((tp + 1) / (tp + fp + 2));
      let best: { lit: Literal; tp: number; fp: number; score: number } | null = null;
      for (const lit of cands) {
        if (rule.includes(lit.condition)) continue;
        let t = 0;
        let f = 0;
        for (let i = 0; i < people.length; i++) {
          if (!covered[i] || !lit.covers[i]) continue;
          if (remaining[i]) t++;
          else if (!isPos[i]) f++;
        }
        if (t < o.minSupport) continue;
        const s = t * (Math.log2((t + 1) / (t + f + 2)) - before);
        if (!best || s > best.score || (s === best.score && t > best.tp)) best = { lit, tp: t, fp: f, score: s };
      }
      if (!best || best.score <= 0) break;
      rule.push(best.lit.condition);
      ({ tp, fp } = best);
      const next = new Uint8Array(people.length);
      for (let i = 0; i < people.length; i++) next[i] = covered[i]! & best.lit.covers[i]!;
      covered = next;
      // Precise enough: another literal would only narrow the rule (fewer people, same role).
      if (fp === 0 || tp / (tp + fp) >= GOOD_ENOUGH) break;
    }
    if (rule.length === 0 || tp / (tp + fp) < o.minPrecision) break;
    rules.push(rule);
    tpAll += tp;
    fpAll += fp;
    for (let i = 0; i < people.length; i++) if (covered[i]) remaining[i] = 0;
    if (!remaining.some((v) => v === 1)) break;
  }
  return { rules, precision: tpAll + fpAll === 0 ? 0 : tpAll / (tpAll + fpAll) };
}

function toCondition(rules: readonly FieldCondition[][]): Condition {
  const conj = (r: readonly FieldCondition[]): Condition => (r.length === 1 ? r[0]! : { all: [...r] });
  return rules.length === 1 ? conj(rules[0]!) : { any: rules.map(conj) };
}

const BLANK = Object.fromEntries(Object.keys(PERSON_FIELDS).map((k) => [k, null])) as Record<keyof typeof PERSON_FIELDS, null>;

function facts(p: JudgedPerson): PersonFacts {
  return { ...BLANK, id: p.personId, jobTitle: p.jobTitle, department: p.department, derivedSeniority: p.derivedSeniority, derivedFunction: p.derivedFunction, derivedFunctions: p.derivedFunction ? [p.derivedFunction] : [], derivedSpecialties: [], custom: {}, relations: [], activities: [] };
}

/**
 * Induces conditions for the roles (in the order given when precision ties) from judged people.
 * Roles no rule could be found for are left out. Deterministic.
 */
export function induceTemplate(people: readonly JudgedPerson[], roleIds: readonly string[], options: Partial<InductionOptions> = {}, now = 0): InducedRole[] {
  const o = { ...DEFAULT_INDUCTION_OPTIONS, ...options };
  const learned = roleIds
    .map((roleId, order) => ({ roleId, order, ...learnRole(people, roleId, o) }))
    .filter((r) => r.rules.length > 0)
    .sort((a, b) => b.precision - a.precision || a.order - b.order)
    .map((r) => ({ roleId: r.roleId, condition: toCondition(r.rules) }));
  // Measured with the evaluator, in priority order: what the template would do.
  const assigned = people.map((p) => {
    const f = facts(p);
    return learned.find((r) => matchesCondition(r.condition, 'person', f, { now }))?.roleId ?? null;
  });
  return learned.map((r) => {
    let tp = 0;
    let predicted = 0;
    let support = 0;
    people.forEach((p, i) => {
      if (p.roleId === r.roleId) support++;
      if (assigned[i] === r.roleId) {
        predicted++;
        if (p.roleId === r.roleId) tp++;
      }
    });
    return { ...r, precision: predicted === 0 ? 0 : tp / predicted, recall: support === 0 ? 0 : tp / support, support, predicted };
  });
}
