import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB, PeopleTable } from './schema.ts';
import { newId, QuorumError, notFound, normCustom, normNullable, normText, type CustomAttributes } from '../domain/index.ts';
import { classifyPerson, decodeList, encodeList, withExplicit, type DerivedPersonFields, type DerivedSource } from '../domain/people/index.ts';
import { bit, bool, parseJson, toJson } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { announce } from './changes.ts';
import { checkVersion, ensureWritten, type ExpectedVersion } from './concurrency.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';
import { checkFilterIds } from './filter-references.ts';

export interface PersonFields {
  email: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  department: string | null;
  seniority: string | null;
  phone: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  postalCode: string | null;
  externalId: string | null;
  emailInvalid: boolean;
  emailSuspended: boolean;
  unsubscribed: boolean;
  custom: CustomAttributes;
  /** Set by a user or an import (a LinkedIn seniority / function id); wins over the derived value. Null: derived. */
  explicitSeniority: string | null;
  explicitFunction: string | null;
}

export interface Person extends PersonFields {
  id: string;
  /** What applies: the explicit value when set, else the title classifier's (see the sources). */
  derivedSeniority: string | null;
  derivedSenioritySource: DerivedSource;
  /** The primary function: explicit, else the strongest derived. */
  derivedFunction: string | null;
  derivedFunctionSource: DerivedSource;
  /** Strongest first (an explicit function leads). */
  derivedFunctions: string[];
  derivedSpecialties: string[];
  /** The classifier's confidence for the job title, 0–1. */
  titleConfidence: number;
  engagementScore: number;
  /** Where the person came from when a data provider supplied them (migration 0023); null: entered, imported or created through the API. */
  provenance: { source: string; provider: string | null; providerId: string | null; fetchedAt: number | null } | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<PeopleTable>;

export const PERSON_TEXT_FIELDS = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['jobTitle', 'job_title'],
  ['department', 'department'],
  ['seniority', 'seniority'],
  ['phone', 'phone'],
  ['country', 'country'],
  ['state', 'state'],
  ['city', 'city'],
  ['postalCode', 'postal_code'],
  ['externalId', 'external_id'],
] as const;

export function personFromRow(r: Row): Person {
  return {
    id: r.id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    jobTitle: r.job_title,
    department: r.department,
    seniority: r.seniority,
    phone: r.phone,
    country: r.country,
    state: r.state,
    city: r.city,
    postalCode: r.postal_code,
    externalId: r.external_id,
    emailInvalid: bool(r.email_invalid),
    emailSuspended: bool(r.email_suspended),
    unsubscribed: bool(r.unsubscribed),
    custom: parseJson<CustomAttributes>(r.custom),
    explicitSeniority: r.explicit_seniority,
    explicitFunction: r.explicit_function,
    derivedSeniority: r.derived_seniority,
    derivedSenioritySource: r.explicit_seniority != null ? 'explicit' : 'derived',
    derivedFunction: r.derived_function,
    derivedFunctionSource: r.explicit_function != null ? 'explicit' : 'derived',
    derivedFunctions: decodeList(r.derived_functions),
    derivedSpecialties: decodeList(r.derived_specialties),
    titleConfidence: r.title_confidence,
    engagementScore: r.engagement_score,
    provenance: r.source ? { source: r.source, provider: r.provider, providerId: r.provider_id, fetchedAt: r.fetched_at } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/**
 * Column values for a person, with normalised twins and the derived fields: `classified` is what
 * the title classifier reads from (job title, department) — callers that write many rows cache it
 * per pair (store/imports.ts) — and the explicit values win over it.
 */
export function personColumns(
  f: PersonFields,
  classified: DerivedPersonFields = classifyPerson(f.jobTitle, f.department),
): Omit<Insertable<PeopleTable>, 'id' | 'created_at' | 'updated_at' | 'version' | 'engagement_score'> {
  const cols: Record<string, string | number | null> = {
    email: f.email,
    email_norm: normText(f.email),
    email_invalid: bit(f.emailInvalid),
    email_suspended: bit(f.emailSuspended),
    unsubscribed: bit(f.unsubscribed),
    ...derivedColumns(classified, f),
    custom: toJson(f.custom),
    custom_norm: toJson(normCustom(f.custom)),
  };
  for (const [prop, col] of PERSON_TEXT_FIELDS) {
    cols[col] = f[prop];
    cols[`${col}_norm`] = normNullable(f[prop]);
  }
  return cols as unknown as Omit<Insertable<PeopleTable>, 'id' | 'created_at' | 'updated_at' | 'version' | 'engagement_score'>;
}

/** The stored derived columns: explicit values over the classifier's. */
export function derivedColumns(
  classified: DerivedPersonFields,
  explicit: { explicitSeniority: string | null; explicitFunction: string | null },
): { derived_seniority: string | null; derived_function: string | null; derived_functions: string | null; derived_specialties: string | null; title_confidence: number; explicit_seniority: string | null; explicit_function: string | null } {
  const d = withExplicit(classified, explicit as Parameters<typeof withExplicit>[1]);
  return {
    derived_seniority: d.seniority,
    derived_function: d.function,
    derived_functions: encodeList(d.functions),
    derived_specialties: encodeList(d.specialties),
    title_confidence: d.confidence,
    explicit_seniority: explicit.explicitSeniority,
    explicit_function: explicit.explicitFunction,
  };
}

export async function getPerson(db: Kysely<DB>, id: string): Promise<Person> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('person', id);
  return personFromRow(row);
}

async function checkEmailFree(db: Kysely<DB>, email: string, exceptId: string | null): Promise<void> {
  const other = await db.selectFrom('people').select('id').where('email_norm', '=', normText(email)).executeTakeFirst();
  if (other && other.id !== exceptId) {
    throw QuorumError.field('duplicate', '/email', `a person with email ${email} already exists (${other.id}); emails are unique regardless of case`);
  }
}

export async function createPerson(db: Kysely<DB>, actor: Actor, fields: PersonFields, now: number): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    await checkEmailFree(trx, fields.email, null);
    const id = newId('person', now);
    await trx
      .insertInto('people')
      .values({ id, ...personColumns(fields), engagement_score: 0, created_at: now, updated_at: now, version: 1 })
      .execute();
    const person = await getPerson(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'person', entityId: id, after: person, at: now });
    return person;
  });
}

export async function updatePerson(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<PersonFields>, now: number, expected?: ExpectedVersion): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    if (!stored) throw notFound('person', id);
    const before = personFromRow(stored);
    checkVersion('person', id, before.version, expected);
    const merged: PersonFields = { ...before, ...patch };
    if (patch.email !== undefined) await checkEmailFree(trx, merged.email, id);
    // Only the columns whose value changes: an index whose columns are not SET is left alone, so a
    // title change rewrites the title's index entries, not those of all five indexes of people.
    const storedValue = (column: string) => {
      const v = (stored as Record<string, unknown>)[column];
      return v !== null && typeof v === 'object' ? JSON.stringify(v) : v; // PostgreSQL hands JSON back parsed
    };
    const changed = Object.fromEntries(Object.entries(personColumns(merged)).filter(([column, value]) => storedValue(column) !== value));
    // RETURNING: the row as written, without reading it back (one round trip less per change).
    const row = await trx
      .updateTable('people')
      .set({ ...changed, updated_at: now, version: before.version + 1 })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .returningAll()
      .executeTakeFirst();
    await ensureWritten(trx, 'people', 'person', id, row ? 1n : 0n);
    const after = personFromRow(row as NonNullable<typeof row>);
    await audit(trx, actor, { action: 'update', entityType: 'person', entityId: id, before, after, at: now });
    await announce(trx, [{ kind: 'person', personId: id }], now);
    return after;
  });
}

export async function deletePerson(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute((trx) => deletePersonIn(trx, actor, id, now, {}, expected));
}

/**
 * Deletes a person in the caller's transaction. Refused while they are a current member of a
 * buying group, unless the caller removed those memberships first in the same transaction
 * (engine/members.ts deletePersonAndMemberships, `DELETE /people/{id}?force=true`); `extra` goes
 * into the audit entry.
 */
export async function deletePersonIn(trx: Kysely<DB>, actor: Actor, id: string, now: number, extra: Record<string, unknown> = {}, expected?: ExpectedVersion): Promise<void> {
  const before = await getPerson(trx, id);
  checkVersion('person', id, before.version, expected);
  const memberships = await trx
    .selectFrom('buying_group_members')
    .select('buying_group_id')
    .where('person_id', '=', id)
    .where('removed', '=', 0)
    .orderBy('buying_group_id')
    .execute();
  const first = memberships[0];
  if (first) {
    const n = memberships.length;
    throw QuorumError.field(
      'in_use',
      '/id',
      `person ${id} is a member of ${n === 1 ? `buying group ${first.buying_group_id}` : `${n} buying groups (e.g. ${first.buying_group_id})`}; ` +
        `remove them from their buying groups first (GET /people/${id}/buying-groups lists them), or delete with ?force=true to remove those memberships in the same transaction`,
    );
  }
  // The person's relations and activity history go with them (right to erasure).
  await trx.deleteFrom('buying_group_members').where('person_id', '=', id).execute();
  await trx.deleteFrom('member_suggestions').where('person_id', '=', id).execute();
  await trx.deleteFrom('account_people').where('person_id', '=', id).execute();
  await trx.deleteFrom('activities').where('person_id', '=', id).execute();
  const deleted = await trx.deleteFrom('people').where('id', '=', id).where('version', '=', before.version).executeTakeFirst();
  await ensureWritten(trx, 'people', 'person', id, deleted.numDeletedRows);
  await audit(trx, actor, { action: 'delete', entityType: 'person', entityId: id, before, after: Object.keys(extra).length ? extra : undefined, at: now });
}

export interface PersonQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  accountId?: string | undefined;
  email?: string | undefined;
  department?: string | undefined;
  derivedSeniority?: string | undefined;
  derivedFunction?: string | undefined;
}

const PERSON_SORTS = {
  email: sortBy.text('email_norm'),
  createdAt: sortBy.id('id'),
  updatedAt: sortBy.integer('updated_at'),
  engagementScore: sortBy.number('engagement_score'),
};

export async function listPeople(db: Kysely<DB>, query: PersonQuery, today: string): Promise<Page<Person>> {
  const { column, desc, kind } = parseSort(query.sort, PERSON_SORTS, 'createdAt');
  let qb = db.selectFrom('people').selectAll();
  if (query.q) {
    const pattern = likeContains(normText(query.q));
    // "Ada Lovelace" should find first + last name together, so also match the joined name.
    qb = qb.where((eb) =>
      eb.or([
        likeEscaped('email_norm', pattern),
        likeEscaped('first_name_norm', pattern),
        likeEscaped('last_name_norm', pattern),
        likeEscaped('job_title_norm', pattern),
        sql<boolean>`(coalesce(first_name_norm, '') || ' ' || coalesce(last_name_norm, '')) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (query.email) qb = qb.where('email_norm', '=', normText(query.email));
  if (query.department) qb = qb.where('department_norm', '=', normText(query.department));
  if (query.derivedSeniority) qb = qb.where('derived_seniority', '=', normText(query.derivedSeniority));
  if (query.derivedFunction) qb = qb.where('derived_function', '=', normText(query.derivedFunction));
  if (query.accountId) {
    await checkFilterIds(db, 'accounts', 'accountId', query.accountId);
    const accountId = query.accountId;
    qb = qb.where('id', 'in', (eb) =>
      eb
        .selectFrom('account_people')
        .select('person_id')
        .where('account_id', '=', accountId)
        .where((w) => w.or([w('ended_on', 'is', null), w('ended_on', '>', today)])),
    );
  }
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'email_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number | null>)[column] ?? null, personFromRow);
}
