import type { Kysely, Selectable } from 'kysely';
import type { DB, PersonasTable } from './schema.ts';
import { QuorumError, notFound, normText } from '../domain/index.ts';
import { validateCondition, type Condition } from '../domain/conditions/index.ts';
import { parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { bump, checkNameFree, checkRename, CONFIG_KINDS, createConfig, deleteConfig, updateConfig } from './config-entity.ts';
import { checkConditionReferences, describeReferrers, findReferrers } from './references.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, toPage, type Page, type PageRequest, sortBy } from './pagination.ts';

export interface PersonaFields {
  name: string;
  description: string | null;
  /** Unvalidated input; validated as a person condition on write. */
  condition: unknown;
}

export interface Persona {
  id: string;
  name: string;
  description: string | null;
  condition: Condition;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<PersonasTable>;

export function personaFromRow(r: Row): Persona {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    condition: parseJson<Condition>(r.condition),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getPersona(db: Kysely<DB>, id: string): Promise<Persona> {
  const row = await db.selectFrom('personas').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('persona', id);
  return personaFromRow(row);
}

const KIND = CONFIG_KINDS.persona;

/** A person condition, valid in itself and in what it names (no persona may reach itself). */
async function checkedCondition(db: Kysely<DB>, input: unknown, selfId: string | null): Promise<Condition> {
  const cond = validateCondition(input, 'person', '/condition');
  await checkConditionReferences(db, cond, { basePath: '/condition', ...(selfId ? { selfPersonaId: selfId } : {}) });
  return cond;
}

export async function createPersona(db: Kysely<DB>, actor: Actor, fields: PersonaFields, now: number): Promise<Persona> {
  return createConfig(db, actor, KIND, getPersona, now, async (trx, id) => {
    const condition = await checkedCondition(trx, fields.condition, null);
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('personas')
      .values({ id, name: fields.name, name_norm: normText(fields.name), description: fields.description, condition: toJson(condition), created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export async function updatePersona(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<PersonaFields>,
  now: number,
  expected?: ExpectedVersion,
): Promise<Persona> {
  const { after } = await updateConfig(db, actor, KIND, getPersona, id, now, expected, async (trx, before) => {
    const condition = patch.condition === undefined ? before.condition : await checkedCondition(trx, patch.condition, id);
    const name = patch.name ?? before.name;
    await checkRename(trx, KIND, before, name);
    const description = patch.description === undefined ? before.description : patch.description;
    await trx
      .updateTable('personas')
      .set({ name, name_norm: normText(name), description, condition: toJson(condition), ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return after;
}

export async function deletePersona(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getPersona, id, now, expected, async (trx, before) => {
    const referrers = await findReferrers(trx, 'persona', id);
    if (referrers.length) {
      throw QuorumError.field('in_use', '/id', `persona "${before.name}" is used by ${describeReferrers(referrers)}; remove those references first`);
    }
  });
}

export interface PersonaQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listPersonas(db: Kysely<DB>, query: PersonaQuery): Promise<Page<Persona>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  let qb = db.selectFrom('personas').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, personaFromRow);
}
