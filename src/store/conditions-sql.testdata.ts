/**
 * Test support for the condition property tests: a random but reproducible dataset (people,
 * accounts in hierarchies, relations, activities, lists, custom attributes — with Unicode, empty
 * and whitespace-only strings and nulls), its insertion through plain Kysely inserts, the facts the
 * TypeScript evaluator reads, and fast-check arbitraries for conditions whose operands are drawn
 * mostly from the data so that matches happen.
 */
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { DAY_MS, utcDay } from '../domain/clock.ts';
import { normCustom, normNullable, normText, type CustomAttributes, type JsonValue } from '../domain/text.ts';
import {
  ACCOUNT_FIELDS,
  BOOLEAN_OPS,
  DATE_OPS,
  NUMBER_OPS,
  PERSON_FIELDS,
  SCORE_OPS,
  STRING_OPS,
  type AccountFacts,
  type FieldDef,
  type ScoreTest,
  type Condition,
  type FieldCondition,
  type PersonFacts,
  type StringOp,
  type Subject,
  type ValueType,
} from '../domain/conditions/index.ts';
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES, DERIVED_SPECIALTIES, classifyPerson, encodeList } from '../domain/people/derive.ts';
import { RELATION_TYPES, type RelationType } from '../domain/relations.ts';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NOW = Date.UTC(2025, 2, 15, 13, 27, 45, 123);
export const TODAY = utcDay(NOW);

/** Text values: Unicode (accents, ß, İ, full-width, emoji, ligatures), LIKE wildcards, empties. */
export const TEXTS: (string | null)[] = [
  'Director of IT',
  '  VP, Marketing ',
  'Sr. Dir. IT Security',
  'CISO',
  'Head of Legal (EMEA)',
  'Mgr, IT Ops',
  'Chief Revenue Officer',
  'Software Engineer',
  'Ångström',
  'angstrom',
  'Straße',
  'STRASSE',
  'İstanbul',
  'istanbul',
  'ＡＢＣ Corp',
  'abc corp',
  '😀 Emoji Inc',
  'Café',
  'Cafe\u0301',
  'ﬁnance',
  'a%b',
  'a_b',
  'aXb',
  'back\\slash',
  "O'Brien",
  'ΟΔΟΣ',
  'Σίσυφος',
  'München',
  'MÜNCHEN',
  'ǅemal',
  'Ⅻ',
  'ℌello',
  'Manager',
  'manager ',
  'x',
  '',
  '   ',
  '\t\n',
  null,
  null,
  null,
];
const ROLE_TEXTS = ['Budget owner', 'Champion', ' Decision Maker ', 'CHAMPION', 'Économiste', 'Tech_lead', '50% owner', '', '  ', 'İT lead'];
const ACTIVITY_TYPES = ['email_opened', 'email_clicked', 'form_filled', 'page_viewed', 'webinar_attended'];
const CUSTOM_KEYS = ['tier', 'score', 'renewal', 'vip', 'region-code', 'notes', '_x', 'constructor'];
const NUMBERS = [0, 1, 2, 5, 10, 12.5, 99.9, 100, 250, 1000, 5000, -3, 0.1, 1e6];
const DATE_STRINGS = ['2025-03-01', '2025-03-15T10:00:00Z', '2025-03-14', '2025-02-30', 'not a date', '2025-3-1', '2024-12-31T23:59:59.999Z', '2025-04-20', ' 2025-03-01'];

export interface Dataset {
  accounts: AccountRow[];
  people: PersonRow[];
  lists: { id: string; accountIds: string[] }[];
  personas: Map<string, Condition>;
  groups: GroupRow[];
}
/** Solution interests, roles and stage keys of the random buying groups. */
export const SOLUTION_INTERESTS = ['si_a', 'si_b'];
export const GROUP_ROLES = ['rol_prop_a', 'rol_prop_b', 'rol_prop_c'];
export const STAGES = ['new', 'qualified', 'won'];
const SCORES = [0, 25, 50, 100 / 3, 66.66666666666667, 100, 12.5, 99.9];
export interface GroupRow {
  id: string;
  accountId: string;
  solutionInterestId: string;
  active: boolean;
  stage: string | null;
  statusLabel: string | null;
  completeness: number;
  engagement: number;
  members: { personId: string; roleId: string; removed: boolean }[];
}
export interface AccountRow {
  id: string;
  parentId: string | null;
  text: Record<string, string | null>;
  employees: number | null;
  annualRevenue: number | null;
  custom: CustomAttributes;
  createdAt: number;
  updatedAt: number;
}
export interface PersonRow {
  id: string;
  email: string;
  text: Record<string, string | null>;
  derivedSeniority: string | null;
  derivedFunction: string | null;
  derivedFunctions: string[];
  derivedSpecialties: string[];
  titleConfidence: number;
  emailInvalid: boolean;
  emailSuspended: boolean;
  unsubscribed: boolean;
  engagementScore: number;
  custom: CustomAttributes;
  createdAt: number;
  updatedAt: number;
  relations: { accountId: string; roles: string[]; endedOn: string | null; relationType: RelationType }[];
  activities: { type: string; occurredAt: number }[];
}

/** Text fields (not email, not derived) by subject: prop → column. */
export const PERSON_TEXT = Object.entries(PERSON_FIELDS)
  .filter(([k, f]) => f.type === 'string' && k !== 'email' && !('values' in f))
  .map(([k, f]) => [k, f.column] as const);
export const ACCOUNT_TEXT = Object.entries(ACCOUNT_FIELDS)
  .filter(([, f]) => f.type === 'string')
  .map(([k, f]) => [k, f.column] as const);

export function buildDataset(seed: number, sizes = { people: 80, accounts: 25 }): Dataset {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const derivedOf = (jobTitle: string | null, department: string | null): Pick<PersonRow, 'derivedSeniority' | 'derivedFunction' | 'derivedFunctions' | 'derivedSpecialties' | 'titleConfidence'> => {
    const c = classifyPerson(jobTitle, department);
    const functions = chance(0.15) ? [...new Set([pick(DERIVED_FUNCTIONS), pick(DERIVED_FUNCTIONS)])] : [...c.functions];
    return {
      derivedSeniority: chance(0.2) ? pick(DERIVED_SENIORITIES) : c.seniority,
      derivedFunction: functions[0] ?? null,
      derivedFunctions: functions,
      derivedSpecialties: chance(0.15) ? [pick(DERIVED_SPECIALTIES)] : [...c.specialties],
      titleConfidence: c.confidence,
    };
  };
  const time = (): number => {
    const k = r();
    const day = Date.UTC(2025, 2, 15) + (Math.floor(r() * 120) - 60) * DAY_MS;
    if (k < 0.2) return NOW - Math.floor(r() * 60) * DAY_MS; // exactly N days before now
    if (k < 0.4) return day; // midnight
    if (k < 0.6) return day - 1; // last ms of a day
    if (k < 0.65) return NOW;
    if (k < 0.7) return NOW + 1;
    return NOW + Math.floor((r() * 120 - 60) * DAY_MS);
  };
  const customValue = (): JsonValue => {
    const k = r();
    if (k < 0.3) return pick(TEXTS) ?? 'x';
    if (k < 0.5) return pick(NUMBERS);
    if (k < 0.65) return pick(DATE_STRINGS);
    if (k < 0.75) return chance(0.5);
    if (k < 0.82) return utcDay(time());
    if (k < 0.88) return null;
    if (k < 0.94) return [pick(TEXTS) ?? 'a', 1];
    return { nested: pick(TEXTS) ?? 'b' };
  };
  const custom = (): CustomAttributes => {
    const out: CustomAttributes = {};
    for (const key of CUSTOM_KEYS) if (chance(0.55)) out[key] = customValue();
    return out;
  };
  const text = (fields: readonly (readonly [string, string])[]) => Object.fromEntries(fields.map(([k]) => [k, pick(TEXTS)]));

  const accounts: AccountRow[] = [];
  for (let i = 0; i < sizes.accounts; i++) {
    const parentId = i < 4 || chance(0.15) ? null : accounts[Math.floor(r() * i)]!.id;
    const t = text(ACCOUNT_TEXT);
    t.name = pick(TEXTS) ?? `Account ${i}`;
    accounts.push({
      id: `acc_${String(i).padStart(3, '0')}`,
      parentId,
      text: t,
      employees: chance(0.25) ? null : pick([...NUMBERS.filter(Number.isInteger), 42, 7]),
      annualRevenue: chance(0.25) ? null : pick(NUMBERS) * 1000,
      custom: custom(),
      createdAt: time(),
      updatedAt: time(),
    });
  }
  const lists = ['lst_a', 'lst_b', 'lst_c', 'lst_empty'].map((id) => ({
    id,
    accountIds: id === 'lst_empty' ? [] : accounts.filter(() => chance(0.3)).map((a) => a.id),
  }));

  const people: PersonRow[] = [];
  for (let i = 0; i < sizes.people; i++) {
    const t = text(PERSON_TEXT);
    const rels = new Map<string, PersonRow['relations'][number]>();
    const nRel = Math.floor(r() * 4);
    for (let k = 0; k < nRel; k++) {
      const accountId = pick(accounts).id;
      const roles = Array.from({ length: Math.floor(r() * 3) }, () => pick(ROLE_TEXTS));
      const e = r();
      const endedOn = e < 0.6 ? null : e < 0.75 ? TODAY : e < 0.9 ? utcDay(NOW - Math.floor(1 + r() * 300) * DAY_MS) : utcDay(NOW + Math.floor(1 + r() * 300) * DAY_MS);
      rels.set(accountId, { accountId, roles, endedOn, relationType: chance(0.75) ? 'employee' : 'contractor' });
    }
    const activities = Array.from({ length: Math.floor(r() * 9) }, () => ({ type: pick(ACTIVITY_TYPES), occurredAt: time() }));
    const jobTitle = t.jobTitle ?? null;
    people.push({
      id: `per_${String(i).padStart(3, '0')}`,
      email: `${pick(['user', 'ÜSER', 'ｕｓｅｒ', 'a_b', 'x%y'])}${i}@Example.com`,
      text: t,
      // The classifier's reading of the title, sometimes overridden as explicit values would be.
      ...derivedOf(jobTitle, t.department ?? null),
      emailInvalid: chance(0.3),
      emailSuspended: chance(0.2),
      unsubscribed: chance(0.3),
      engagementScore: pick([0, 3, 12.5, 50, 99.9, 100]),
      custom: custom(),
      createdAt: time(),
      updatedAt: time(),
      relations: [...rels.values()],
      activities,
    });
  }
  const groups: GroupRow[] = [];
  for (const solutionInterestId of SOLUTION_INTERESTS) {
    for (const a of accounts) {
      if (!chance(0.65)) continue;
      const related = people.filter((p) => p.relations.some((rel) => rel.accountId === a.id));
      const members = related.filter(() => chance(0.7)).map((p) => ({ personId: p.id, roleId: pick(GROUP_ROLES), removed: chance(0.2) }));
      groups.push({
        id: `bg_${solutionInterestId}_${a.id}`,
        accountId: a.id,
        solutionInterestId,
        active: chance(0.8),
        stage: chance(0.25) ? null : pick(STAGES),
        statusLabel: pick(TEXTS),
        completeness: pick(SCORES),
        engagement: pick(SCORES),
        members,
      });
    }
  }
  return { accounts, people, lists, personas: new Map(), groups };
}

export async function insertDataset(db: Kysely<DB>, d: Dataset): Promise<void> {
  const t0 = NOW - 100 * DAY_MS;
  const text = (fields: readonly (readonly [string, string])[], values: Record<string, string | null>) => {
    const out: Record<string, string | null> = {};
    for (const [prop, column] of fields) {
      out[column] = values[prop] ?? null;
      out[`${column}_norm`] = normNullable(values[prop]);
    }
    return out;
  };
  for (const a of d.accounts) {
    const cols = text(ACCOUNT_TEXT, a.text);
    await db
      .insertInto('accounts')
      .values({
        ...(cols as { name: string; name_norm: string }),
        id: a.id,
        employees: a.employees,
        annual_revenue: a.annualRevenue,
        parent_id: a.parentId,
        custom: JSON.stringify(a.custom),
        custom_norm: JSON.stringify(normCustom(a.custom)),
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        version: 1,
      })
      .execute();
  }
  for (const l of d.lists) {
    await db.insertInto('account_lists').values({ id: l.id, name: l.id, name_norm: l.id, kind: 'static', created_at: t0, updated_at: t0, version: 1 }).execute();
    for (const accountId of l.accountIds) await db.insertInto('account_list_members').values({ account_id: accountId, list_id: l.id, added_at: t0 }).execute();
  }
  for (const p of d.people) {
    await db
      .insertInto('people')
      .values({
        ...text(PERSON_TEXT, p.text),
        id: p.id,
        email: p.email,
        email_norm: normText(p.email),
        derived_seniority: p.derivedSeniority,
        derived_function: p.derivedFunction,
        derived_functions: encodeList(p.derivedFunctions),
        derived_specialties: encodeList(p.derivedSpecialties),
        title_confidence: p.titleConfidence,
        email_invalid: p.emailInvalid ? 1 : 0,
        email_suspended: p.emailSuspended ? 1 : 0,
        unsubscribed: p.unsubscribed ? 1 : 0,
        engagement_score: p.engagementScore,
        custom: JSON.stringify(p.custom),
        custom_norm: JSON.stringify(normCustom(p.custom)),
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        version: 1,
      })
      .execute();
    let n = 0;
    for (const rel of p.relations) {
      await db
        .insertInto('account_people')
        .values({
          account_id: rel.accountId,
          person_id: p.id,
          id: `rel_${p.id}_${n++}`,
          relation_type: rel.relationType,
          roles: JSON.stringify(rel.roles),
          roles_norm: JSON.stringify(rel.roles.map(normText)),
          started_on: null,
          ended_on: rel.endedOn,
          created_at: t0,
          updated_at: t0,
        })
        .execute();
    }
    if (p.activities.length > 0)
      await db
        .insertInto('activities')
        .values(
          p.activities.map((a, i) => ({
            id: `act_${p.id}_${i}`,
            person_id: p.id,
            account_id: null,
            type: a.type,
            occurred_at: a.occurredAt,
            metadata: '{}',
            created_at: a.occurredAt,
          })),
        )
        .execute();
  }
  await insertGroups(db, d, t0);
}

/** The solution interests, template, roles and buying groups (with members) of the dataset. */
async function insertGroups(db: Kysely<DB>, d: Dataset, t0: number): Promise<void> {
  for (const id of GROUP_ROLES) await db.insertInto('roles').values({ id, name: id, name_norm: id, description: null, is_default: 0, created_at: t0, updated_at: t0 }).execute();
  await db.insertInto('roles_templates').values({ id: 'tpl_prop', name: 'prop', name_norm: 'prop', description: null, status: 'live', duplicated_from: null, published_at: t0, created_at: t0, updated_at: t0, version: 1 }).execute();
  for (const id of SOLUTION_INTERESTS)
    await db.insertInto('solution_interests').values({ id, name: id, name_norm: id, description: null, products: '[]', template_id: 'tpl_prop', stage_model_id: null, follow_membership_changes: 1, created_at: t0, updated_at: t0, version: 1 }).execute();
  for (const g of d.groups) {
    await db
      .insertInto('buying_groups')
      .values({
        account_id: g.accountId,
        id: g.id,
        solution_interest_id: g.solutionInterestId,
        template_id: 'tpl_prop',
        name: g.id,
        name_norm: g.id,
        status_label: g.statusLabel,
        status_label_norm: normNullable(g.statusLabel),
        stage: g.stage,
        completeness: g.completeness,
        engagement: g.engagement,
        active: g.active ? 1 : 0,
        created_at: t0,
        updated_at: t0,
      })
      .execute();
    for (const m of g.members)
      await db
        .insertInto('buying_group_members')
        .values({ account_id: g.accountId, buying_group_id: g.id, person_id: m.personId, role_id: m.roleId, source: 'rule', removed: m.removed ? 1 : 0, added_at: t0, removed_at: m.removed ? t0 : null, updated_at: t0 })
        .execute();
  }
}

export function personFacts(p: PersonRow): PersonFacts {
  return {
    id: p.id,
    email: p.email,
    firstName: p.text.firstName ?? null,
    lastName: p.text.lastName ?? null,
    jobTitle: p.text.jobTitle ?? null,
    department: p.text.department ?? null,
    seniority: p.text.seniority ?? null,
    phone: p.text.phone ?? null,
    country: p.text.country ?? null,
    state: p.text.state ?? null,
    city: p.text.city ?? null,
    postalCode: p.text.postalCode ?? null,
    externalId: p.text.externalId ?? null,
    derivedSeniority: p.derivedSeniority,
    derivedFunction: p.derivedFunction,
    derivedFunctions: p.derivedFunctions,
    derivedSpecialties: p.derivedSpecialties,
    titleConfidence: p.titleConfidence,
    emailInvalid: p.emailInvalid,
    emailSuspended: p.emailSuspended,
    unsubscribed: p.unsubscribed,
    engagementScore: p.engagementScore,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    custom: p.custom,
    relations: p.relations,
    activities: p.activities,
  };
}

export function accountFacts(a: AccountRow, d: Dataset): AccountFacts {
  const byId = new Map(d.accounts.map((x) => [x.id, x]));
  const ancestorIds: string[] = [];
  for (let p = a.parentId; p !== null; p = byId.get(p)!.parentId) ancestorIds.push(p);
  return {
    id: a.id,
    name: a.text.name!,
    domain: a.text.domain ?? null,
    industry: a.text.industry ?? null,
    country: a.text.country ?? null,
    region: a.text.region ?? null,
    state: a.text.state ?? null,
    city: a.text.city ?? null,
    sicCode: a.text.sicCode ?? null,
    externalId: a.text.externalId ?? null,
    employees: a.employees,
    annualRevenue: a.annualRevenue,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    custom: a.custom,
    ancestorIds,
    listIds: d.lists.filter((l) => l.accountIds.includes(a.id)).map((l) => l.id),
    people: d.people.flatMap((p) => p.relations.filter((r) => r.accountId === a.id).map((r) => ({ relationType: r.relationType, endedOn: r.endedOn, person: personFacts(p) }))),
    buyingGroups: d.groups
      .filter((g) => g.accountId === a.id)
      .map((g) => {
        const roleCounts: Record<string, number> = {};
        for (const m of g.members) if (!m.removed) roleCounts[m.roleId] = (roleCounts[m.roleId] ?? 0) + 1;
        return { id: g.id, solutionInterestId: g.solutionInterestId, active: g.active, stage: g.stage, statusLabel: g.statusLabel, completeness: g.completeness, engagement: g.engagement, roleCounts };
      }),
  };
}

// ---- arbitraries --------------------------------------------------------------------------------

/** Every text value in the data (fields, custom strings, roles), for operands. */
function textPool(d: Dataset): string[] {
  const out = new Set<string>(ROLE_TEXTS);
  const add = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
  };
  for (const a of d.accounts) {
    Object.values(a.text).forEach(add);
    Object.values(a.custom).forEach(add);
  }
  for (const p of d.people) {
    Object.values(p.text).forEach(add);
    Object.values(p.custom).forEach(add);
    add(p.email);
    add(p.derivedSeniority);
    add(p.derivedFunction);
    p.derivedFunctions.forEach(add);
    p.derivedSpecialties.forEach(add);
  }
  return [...out];
}

const validOperand = (s: string) => s.trim() !== '' && normText(s) !== '' && s.length <= 1000;

type Shape = 'whole' | 'prefix' | 'suffix' | 'infix';
const SHAPE_OF: Record<StringOp, Shape> = {
  is: 'whole',
  is_not: 'whole',
  is_one_of: 'whole',
  is_none_of: 'whole',
  is_empty: 'whole',
  is_not_empty: 'whole',
  starts_with: 'prefix',
  not_starts_with: 'prefix',
  ends_with: 'suffix',
  not_ends_with: 'suffix',
  contains: 'infix',
  not_contains: 'infix',
};

/**
 * A text operand: a value from the pool or a piece of one (cut by code points, shaped for the
 * operator so that matches happen), sometimes a wildcard-like or random string; re-cased or padded.
 */
export function textOperandArb(pool: string[], shape: Shape, opts: { pieces?: boolean } = {}): fc.Arbitrary<string> {
  const piece = fc.tuple(fc.constantFrom(...pool), fc.nat(), fc.nat()).map(([s, a, b]) => {
    const cps = [...s];
    if (cps.length === 0 || shape === 'whole') return s;
    const n = cps.length;
    if (shape === 'prefix') return cps.slice(0, 1 + (a % n)).join('');
    if (shape === 'suffix') return cps.slice(a % n).join('');
    const i = a % n;
    return cps.slice(i, i + 1 + (b % (n - i))).join('');
  });
  const base = opts.pieces ? piece : fc.oneof(
    { arbitrary: piece, weight: 8 },
    { arbitrary: fc.constantFrom('%', '_', '\\', 'a', 'ss', 'ß', 'i̇', 'ＢＣ', '😀', 'é', 'zzz'), weight: 1 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 4 }), weight: 1 },
  );
  return fc
    .tuple(base, fc.constantFrom('same', 'same', 'upper', 'pad'))
    .map(([s, how]) => (how === 'upper' ? s.toUpperCase() : how === 'pad' ? `  ${s} ` : s))
    .filter(validOperand);
}

function stringOperandFor(op: StringOp, text: (shape: Shape) => fc.Arbitrary<string>): fc.Arbitrary<string | string[] | undefined> {
  if (op === 'is_empty' || op === 'is_not_empty') return fc.constant(undefined);
  const t = text(SHAPE_OF[op]);
  if (op === 'is_one_of' || op === 'is_none_of') return fc.array(t, { minLength: 1, maxLength: 4 });
  return fc.oneof({ arbitrary: t, weight: 3 }, { arbitrary: fc.array(t, { minLength: 1, maxLength: 3 }), weight: 1 });
}

export interface ArbitraryOptions {
  subject: Subject;
  dataset: Dataset;
  /** allow persona leaves */
  personas: boolean;
}

export function conditionArb(opts: ArbitraryOptions, maxDepth = 3): fc.Arbitrary<Condition> {
  const { dataset: d, subject } = opts;
  const pool = textPool(d);
  const globalText = (shape: Shape) => textOperandArb(pool, shape);
  const globalNumbers = new Set<number>(NUMBERS);
  const globalDays = new Set<string>();
  for (let k = -3; k <= 3; k++) globalDays.add(utcDay(NOW + k * DAY_MS));
  const rows: { custom: CustomAttributes; values: Record<string, unknown> }[] =
    subject === 'person'
      ? d.people.map((p) => ({ custom: p.custom, values: personFacts(p) as unknown as Record<string, unknown> }))
      : d.accounts.map((a) => ({ custom: a.custom, values: accountFacts(a, d) as unknown as Record<string, unknown> }));
  const isDay = (s: string) => new Date(`${s}T00:00:00Z`).getTime() > 0 && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

  /** Operand arbitraries drawn mostly from the values this field has in the data. */
  const operands = (field: string) => {
    const values = rows.map((r) => (field.startsWith('custom.') ? r.custom[field.slice(7)] : r.values[field]));
    const texts = values.filter((v): v is string => typeof v === 'string' && validOperand(v));
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const days = values
      .map((v) => (typeof v === 'number' ? utcDay(v) : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null))
      .filter((v): v is string => v !== null && isDay(v));
    for (const n of numbers) globalNumbers.add(n);
    for (const x of days) globalDays.add(x);
    const text = (shape: Shape) => (texts.length ? fc.oneof({ arbitrary: textOperandArb(texts, shape), weight: 4 }, { arbitrary: globalText(shape), weight: 1 }) : globalText(shape));
    const num = fc.oneof(
      ...(numbers.length
        ? [
            { arbitrary: fc.constantFrom(...numbers), weight: 4 },
            { arbitrary: fc.tuple(fc.constantFrom(...numbers), fc.constantFrom(-1, -0.5, 0.5, 1)).map(([n, k]) => n + k), weight: 1 },
          ]
        : []),
      { arbitrary: fc.constantFrom(...globalNumbers), weight: 1 },
      { arbitrary: fc.integer({ min: -10, max: 6000 }), weight: 1 },
    );
    const shift = (x: string, k: number) => utcDay(Date.parse(`${x}T00:00:00Z`) + k * DAY_MS);
    const day = fc.oneof(
      ...(days.length
        ? [
            { arbitrary: fc.constantFrom(...days), weight: 4 },
            { arbitrary: fc.tuple(fc.constantFrom(...days), fc.constantFrom(-1, 1)).map(([x, k]) => shift(x, k)), weight: 1 },
          ]
        : []),
      { arbitrary: fc.constantFrom(...globalDays), weight: 1 },
    );
    return { text, num, day };
  };

  const fields = Object.entries(subject === 'person' ? PERSON_FIELDS : ACCOUNT_FIELDS).map(([k, f]) => ({ field: k, type: f.type as ValueType, custom: false }));
  const customFields = [...CUSTOM_KEYS, 'missing', 'toString'].flatMap((k) =>
    (['string', 'number', 'date', 'boolean'] as const).map((t) => ({ field: `custom.${k}`, type: t as ValueType, custom: true })),
  );
  const byField = new Map([...fields, ...customFields].map((f) => [f.field, operands(f.field)]));
  // Closed-set fields (derived seniority/function) take operands that can match an allowed value
  // (validation refuses the others): whole values or pieces of them, re-cased or padded.
  const builtins = subject === 'person' ? PERSON_FIELDS : ACCOUNT_FIELDS;
  for (const f of fields) {
    const values = (builtins as Record<string, FieldDef>)[f.field]?.values;
    if (values) byField.set(f.field, { ...byField.get(f.field)!, text: (shape: Shape) => textOperandArb([...values], shape, { pieces: true }) });
  }

  const fieldLeaf: fc.Arbitrary<Condition> = fc.oneof({ arbitrary: fc.constantFrom(...fields), weight: 2 }, { arbitrary: fc.constantFrom(...customFields), weight: 1 }).chain(({ field, type, custom }) => {
    const withType = (c: FieldCondition): FieldCondition => (custom && (type !== 'string' || c.op.length % 2 === 0) ? { ...c, type } : c);
    const { text, num, day } = byField.get(field)!;
    switch (type) {
      case 'string':
        return fc.constantFrom(...STRING_OPS).chain((op) => stringOperandFor(op, text).map((value) => withType(value === undefined ? { field, op } : { field, op, value })));
      case 'number':
        return fc.constantFrom(...NUMBER_OPS).chain((op) => {
          if (op === 'is_empty' || op === 'is_not_empty') return fc.constant(withType({ field, op }));
          if (op === 'between') return fc.tuple(num, num).map(([a, b]) => withType({ field, op, value: [Math.min(a, b), Math.max(a, b)] }));
          return num.map((value) => withType({ field, op, value }));
        });
      case 'date':
        return fc.constantFrom(...DATE_OPS).chain((op) => {
          if (op === 'is_empty' || op === 'is_not_empty') return fc.constant(withType({ field, op }));
          if (op === 'in_last_days') return fc.integer({ min: 1, max: 70 }).map((value) => withType({ field, op, value }));
          if (op === 'between') return fc.tuple(day, day).map(([a, b]) => withType({ field, op, value: a <= b ? [a, b] : [b, a] }));
          return day.map((value) => withType({ field, op, value }));
        });
      case 'boolean':
        return fc.constantFrom(...BOOLEAN_OPS).map((op) => withType({ field, op }));
    }
  });

  const listIds = [...d.lists.map((l) => l.id), 'lst_unknown'];
  const leaves: { arbitrary: fc.Arbitrary<Condition>; weight: number }[] = [
    { arbitrary: fieldLeaf, weight: 10 },
    { arbitrary: fc.constantFrom(...listIds).map((memberOfList) => ({ memberOfList })), weight: 1 },
  ];
  if (subject === 'person') {
    leaves.push({
      arbitrary: fc
        .record({
          type: fc.oneof(fc.constantFrom(...ACTIVITY_TYPES, 'never_seen'), fc.uniqueArray(fc.constantFrom(...ACTIVITY_TYPES), { minLength: 1, maxLength: 3 })),
          atLeast: fc.integer({ min: 1, max: 4 }),
          inLastDays: fc.integer({ min: 1, max: 70 }),
        })
        .map((activity) => ({ activity })),
      weight: 2,
    });
    leaves.push({
      arbitrary: fc.constantFrom(...STRING_OPS).chain((op) =>
        stringOperandFor(op, (shape) => fc.oneof({ arbitrary: textOperandArb(ROLE_TEXTS.filter(validOperand), shape), weight: 3 }, { arbitrary: globalText(shape), weight: 1 })).map((value) => ({
          roleInAccount: value === undefined ? { op } : { op, value },
        })),
      ),
      weight: 2,
    });
    if (opts.personas && d.personas.size > 0) leaves.push({ arbitrary: fc.constantFrom(...d.personas.keys()).map((persona) => ({ persona })), weight: 1 });
  } else {
    leaves.push({ arbitrary: fc.constantFrom(...d.accounts.map((a) => a.id), 'acc_unknown').map((descendantOf) => ({ descendantOf })), weight: 2 });
    leaves.push({ arbitrary: peopleLeafArb(opts), weight: 2 });
    leaves.push({ arbitrary: buyingGroupLeafArb(pool), weight: 2 });
  }
  const leaf = fc.oneof(...leaves);

  const build = (depth: number): fc.Arbitrary<Condition> => {
    if (depth === 0) return leaf;
    const sub = build(depth - 1);
    return fc.oneof(
      { arbitrary: leaf, weight: 3 },
      { arbitrary: fc.array(sub, { minLength: 0, maxLength: 4 }).map((all) => ({ all })), weight: 2 },
      { arbitrary: fc.array(sub, { minLength: 0, maxLength: 4 }).map((any) => ({ any })), weight: 2 },
      { arbitrary: sub.map((c) => ({ not: c })), weight: 1 },
    );
  };
  return build(maxDepth);
}

/** `people` leaves: a small person condition (personas allowed), a count and relation types. */
function peopleLeafArb(opts: ArbitraryOptions): fc.Arbitrary<Condition> {
  const where = conditionArb({ subject: 'person', dataset: opts.dataset, personas: opts.personas }, 1);
  return fc
    .record(
      {
        atLeast: fc.integer({ min: 1, max: 3 }),
        where,
        relationType: fc.oneof(fc.constantFrom(...RELATION_TYPES), fc.uniqueArray(fc.constantFrom(...RELATION_TYPES), { minLength: 1, maxLength: 2 })),
      },
      { requiredKeys: ['atLeast'] },
    )
    .map((people) => ({ people }));
}

/** `buyingGroup` leaves over the dataset's solution interests (and an unknown one), with random constraints. */
function buyingGroupLeafArb(pool: string[]): fc.Arbitrary<Condition> {
  const score = fc.constantFrom(...SCORE_OPS).chain((op): fc.Arbitrary<ScoreTest> => {
    const n = fc.oneof(fc.constantFrom(...SCORES), fc.integer({ min: 0, max: 100 }));
    return op === 'between' ? fc.tuple(n, n).map(([a, b]) => ({ op, value: [Math.min(a, b), Math.max(a, b)] as [number, number] })) : n.map((value) => ({ op, value }));
  });
  const status = fc.constantFrom(...STRING_OPS).chain((op) =>
    stringOperandFor(op, (shape) => textOperandArb(pool, shape)).map((value) => (value === undefined ? { op } : { op, value })),
  );
  const roleCount = fc
    .record({ roleId: fc.constantFrom(...GROUP_ROLES, 'rol_unknown'), atLeast: fc.integer({ min: 0, max: 2 }), atMost: fc.integer({ min: 0, max: 2 }) }, { requiredKeys: ['roleId'] })
    .filter((r) => r.atLeast !== undefined || r.atMost !== undefined)
    .map((r) => (r.atLeast !== undefined && r.atMost !== undefined && r.atLeast > r.atMost ? { ...r, atLeast: r.atMost, atMost: r.atLeast } : r));
  return fc
    .record(
      {
        solutionInterestId: fc.constantFrom(...SOLUTION_INTERESTS, 'si_unknown'),
        active: fc.boolean(),
        stage: fc.oneof(fc.constantFrom(...STAGES, 'lost'), fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 2 })),
        status,
        completeness: score,
        engagement: score,
        roleCount: fc.array(roleCount, { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: ['solutionInterestId'] },
    )
    .map((buyingGroup) => ({ buyingGroup }) as Condition);
}

/** Adds personas (person conditions; the last ones refer to earlier ones, never in a cycle). */
export function addPersonas(d: Dataset, seed: number): void {
  const base = conditionArb({ subject: 'person', dataset: d, personas: false }, 2);
  const conds = fc.sample(base, { seed, numRuns: 4 });
  d.personas.set('psn_1', conds[0]!);
  d.personas.set('psn_2', conds[1]!);
  d.personas.set('psn_3', { any: [conds[2]!, { persona: 'psn_1' }] });
  d.personas.set('psn_4', { all: [{ persona: 'psn_3' }, { not: { persona: 'psn_2' } }, conds[3]!] });
}
