import type { Kysely, Selectable } from 'kysely';
import type { DB, PersonasTable } from './schema.ts';
import { newId } from '../domain/ids.ts';
import { QuorumError, notFound } from '../domain/errors.ts';
import { normText } from '../domain/text.ts';
import { validateCondition, type Condition } from '../domain/conditions/index.ts';
import { parseJson, toJson } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { checkVersion, lockConfiguration, type ExpectedVersion } from './concurrency.ts';
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

async function checkNameFree(db: Kysely<DB>, name: string, exceptId: string | null): Promise<void> {
  const clash = await db.selectFrom('personas').select(['id', 'name']).where('name_norm', '=', normText(name)).executeTakeFirst();
  if (clash && clash.id !== exceptId) throw QuorumError.field('duplicate', '/name', `a persona named "${clash.name}" already exists (${clash.id})`);
}

/** A person condition, valid in itself and in what it names (no persona may reach itself). */
async function checkedCondition(db: Kysely<DB>, input: unknown, selfId: string | null): Promise<Condition> {
  const cond = validateCondition(input, 'person', '/condition');
  await checkConditionReferences(db, cond, { basePath: '/condition', ...(selfId ? { selfPersonaId: selfId } : {}) });
  return cond;
}

export async function createPersona(db: Kysely<DB>, actor: Actor, fields: PersonaFields, now: number): Promise<Persona> {
  return db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    const condition = await checkedCondition(trx, fields.condition, null);
    await checkNameFree(trx, fields.name, null);
    const id = newId('persona', now);
    await trx
      .insertInto('personas')
      .values({ id, name: fields.name, name_norm: normText(fields.name), description: fields.description, condition: toJson(condition), created_at: now, updated_at: now, version: 1 })
      .execute();
    const persona = await getPersona(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'persona', entityId: id, after: persona, at: now });
    return persona;
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
  return db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    const before = await getPersona(trx, id);
    checkVersion('persona', id, before.version, expected);
    const condition = patch.condition === undefined ? before.condition : await checkedCondition(trx, patch.condition, id);
    const name = patch.name ?? before.name;
    if (name !== before.name) await checkNameFree(trx, name, id);
    const description = patch.description === undefined ? before.description : patch.description;
    await trx
      .updateTable('personas')
      .set({ name, name_norm: normText(name), description, condition: toJson(condition), updated_at: now, version: before.version + 1 })
      .where('id', '=', id)
      .execute();
    const after = await getPersona(trx, id);
    await audit(trx, actor, { action: 'update', entityType: 'persona', entityId: id, before, after, at: now });
    return after;
  });
}

export async function deletePersona(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    const before = await getPersona(trx, id);
    checkVersion('persona', id, before.version, expected);
    const referrers = await findReferrers(trx, 'persona', id);
    if (referrers.length) {
      throw QuorumError.field('in_use', '/id', `persona "${before.name}" is used by ${describeReferrers(referrers)}; remove those references first`);
    }
    await trx.deleteFrom('personas').where('id', '=', id).execute();
    await audit(trx, actor, { action: 'delete', entityType: 'persona', entityId: id, before, at: now });
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
