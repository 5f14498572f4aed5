/**
 * What the TypeScript evaluator (domain/conditions/evaluate.ts) needs to know about people, read
 * from the database: every PERSON_FIELDS attribute, custom attributes, relations (roles, end
 * dates), the activities inside the windows the conditions look at, and the list memberships of
 * the accounts the people work at. The same on SQLite and PostgreSQL; ids are read in batches.
 *
 * Used where a decision has to be explained person by person (explain, preview samples); bulk
 * decisions run in SQL (store/conditions-sql.ts), and the two agree (property tests).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { parseJson } from './db.ts';
import { DAY_MS, type JsonValue } from '../domain/index.ts';
import { decodeList } from '../domain/people/index.ts';
import {
  PERSON_FIELDS,
  conditionFacts,
  type Condition,
  type PersonaConditions,
  type PersonFacts,
  type RelationFacts,
  type ActivityFacts,
} from '../domain/conditions/index.ts';

/** The longest window an `activity` leaf may use (ast.ts: inLastDays ≤ 3650). */
export const MAX_ACTIVITY_DAYS = 3650;
const BATCH = 500;

/** Which activities and lists to load. */
export interface FactsNeeds {
  /** Activities in [now − days, now]; 0 loads none. */
  activityDays: number;
  /** Only these activity types; null: every type. */
  activityTypes: readonly string[] | null;
  /** Lists whose membership (of the people's accounts) to load; null: every list. */
  listIds: readonly string[] | null;
}

/** Without conditions to go by: activities of the last 3650 days, every list. */
export const ALL_FACTS: FactsNeeds = { activityDays: MAX_ACTIVITY_DAYS, activityTypes: null, listIds: null };

/**
 * What evaluating `conditions` needs: the longest activity window and the activity types they
 * use, and the lists they name — personas included (followed once each, so cycles end).
 */
export function factsNeeds(conditions: readonly Condition[], personas: PersonaConditions): FactsNeeds {
  const facts = conditionFacts(conditions, personas);
  return { activityDays: Math.min(facts.activityDays, MAX_ACTIVITY_DAYS), activityTypes: [...facts.activityTypes].sort(), listIds: [...facts.listIds].sort() };
}

export interface LoadedFacts {
  /** By person id; people that do not exist are absent. */
  people: Map<string, PersonFacts>;
  /** List id → the accounts (of these people's relations) in it: EvaluationContext.listMembers. */
  listMembers: Map<string, Set<string>>;
}

function chunks<T>(xs: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const FIELD_ENTRIES = Object.entries(PERSON_FIELDS) as [keyof typeof PERSON_FIELDS, (typeof PERSON_FIELDS)[keyof typeof PERSON_FIELDS]][];

function fieldValue(type: string, v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (type === 'boolean') return Number(v) === 1;
  if (type === 'number' || type === 'date') return Number(v);
  return String(v);
}

/** Loads the facts of `personIds` (any number; duplicates ignored) as of `now`. */
export async function loadPersonFacts(db: Kysely<DB>, personIds: readonly string[], now: number, needs: FactsNeeds = ALL_FACTS): Promise<LoadedFacts> {
  const ids = [...new Set(personIds)];
  const people = new Map<string, PersonFacts>();
  const relations = new Map<string, RelationFacts[]>();
  const activities = new Map<string, ActivityFacts[]>();
  const accounts = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('people').selectAll().where('id', 'in', part).execute();
    for (const r of rows) {
      const row = r as unknown as Record<string, unknown>;
      const facts: Record<string, unknown> = { id: r.id, custom: parseJson<Record<string, JsonValue>>(r.custom) ?? {}, relations: [], activities: [] };
      // List fields are stored as `|a|b|` text (domain/people encodeList): evaluated as their elements, as SQL does.
      for (const [prop, def] of FIELD_ENTRIES) facts[prop] = 'list' in def && def.list ? decodeList(row[def.column] as string | null) : fieldValue(def.type, row[def.column]);
      people.set(r.id, facts as unknown as PersonFacts);
    }
    const rels = await db
      .selectFrom('account_people')
      .select(['person_id', 'account_id', 'roles', 'ended_on'])
      .where('person_id', 'in', part)
      .orderBy('person_id')
      .orderBy('account_id')
      .execute();
    for (const r of rels) {
      const roles = parseJson<unknown>(r.roles);
      const list = relations.get(r.person_id) ?? [];
      list.push({ accountId: r.account_id, roles: Array.isArray(roles) ? (roles.filter((x) => typeof x === 'string') as string[]) : [], endedOn: r.ended_on });
      relations.set(r.person_id, list);
      accounts.add(r.account_id);
    }
    if (needs.activityDays > 0 && (needs.activityTypes === null || needs.activityTypes.length > 0)) {
      let q = db
        .selectFrom('activities')
        .select(['person_id', 'type', 'occurred_at'])
        .where('person_id', 'in', part)
        .where('occurred_at', '>=', now - needs.activityDays * DAY_MS)
        .where('occurred_at', '<=', now);
      if (needs.activityTypes) q = q.where('type', 'in', [...needs.activityTypes]);
      for (const a of await q.orderBy('person_id').orderBy('occurred_at').execute()) {
        const list = activities.get(a.person_id) ?? [];
        list.push({ type: a.type, occurredAt: Number(a.occurred_at) });
        activities.set(a.person_id, list);
      }
    }
  }
  for (const [id, facts] of people) {
    people.set(id, { ...facts, relations: relations.get(id) ?? [], activities: activities.get(id) ?? [] });
  }

  const listMembers = new Map<string, Set<string>>();
  for (const id of needs.listIds ?? []) listMembers.set(id, new Set());
  if (needs.listIds === null || needs.listIds.length > 0) {
    for (const part of chunks([...accounts].sort())) {
      let q = db.selectFrom('account_list_members').select(['list_id', 'account_id']).where('account_id', 'in', part);
      if (needs.listIds) q = q.where('list_id', 'in', [...needs.listIds]);
      for (const m of await q.execute()) {
        let set = listMembers.get(m.list_id);
        if (!set) listMembers.set(m.list_id, (set = new Set()));
        set.add(m.account_id);
      }
    }
  }
  return { people, listMembers };
}

/**
 * The accounts rules look at for each group account: itself (depth 0) and its descendants down
 * to `depth` levels, as account id → depth (the same scope as generation's recursive query).
 */
export async function descendantScope(db: Kysely<DB>, accountIds: readonly string[], depth: number): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>(accountIds.map((id) => [id, new Map([[id, 0]])]));
  if (depth <= 0 || accountIds.length === 0) return out;
  // Level by level: parent → children, for every group account's frontier at once.
  let frontier = new Map<string, string[]>(accountIds.map((id) => [id, [id]])); // group account → accounts at this level
  for (let level = 1; level <= depth; level++) {
    const parents = [...new Set([...frontier.values()].flat())];
    if (parents.length === 0) break;
    const children = new Map<string, string[]>();
    for (const part of chunks(parents)) {
      for (const c of await db.selectFrom('accounts').select(['id', 'parent_id']).where('parent_id', 'in', part).execute()) {
        const list = children.get(c.parent_id as string) ?? [];
        list.push(c.id);
        children.set(c.parent_id as string, list);
      }
    }
    const next = new Map<string, string[]>();
    for (const [group, level0] of frontier) {
      const scope = out.get(group)!;
      const found: string[] = [];
      for (const p of level0) {
        for (const c of children.get(p) ?? []) {
          if (scope.has(c)) continue;
          scope.set(c, level);
          found.push(c);
        }
      }
      next.set(group, found);
    }
    frontier = next;
  }
  return out;
}
