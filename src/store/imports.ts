/**
 * Bulk upserts for `quorum import` (engine/imports/): one batch of validated rows
 * (domain/imports/rows.ts) written in the caller's transaction, each row classified inserted,
 * updated or unchanged against what is stored. The repositories' rules hold here too: emails
 * unique regardless of case, a parent that exists and closes no cycle, relations between an
 * existing account and person, known activity types, no activity in the future. Each batch
 * announces its changes once (store/changes.ts), so maintenance runs per batch, not per row.
 *
 * Empty cells keep the stored value (an export with a blank column never erases data); custom
 * attributes are merged key by key.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { newId, normText, MAX_FUTURE_SKEW_MS, type CustomAttributes } from '../domain/index.ts';
import type { AccountImportRow, AccountRef, ActivityImportRow, PersonImportRow, RelationImportRow, RowProblem } from '../domain/imports/index.ts';
import { accountColumns, type AccountFields } from './accounts.ts';
import { personColumns, type PersonFields } from './people.ts';
import { memoClassifyPerson } from '../domain/people/index.ts';
import { canonicalJson, parseJson, toJson } from './db.ts';
import { announce, type StoreChange } from './changes.ts';
import { audit, type Actor } from './audit.ts';
import { bulkInsert, rawQuery } from './bulk.ts';
import { knownActivityTypes, unknownActivityTypeMessage } from './activity-types.ts';
import { holdConfiguration } from './concurrency.ts';
import { dbEngine } from './dialect.ts';

export type RowOutcomeKind = 'inserted' | 'updated' | 'unchanged' | 'rejected';

export interface BatchRow<T> {
  row: number;
  value: T;
}

export interface BatchOutcome {
  /** One per input row, in input order. */
  outcomes: RowOutcomeKind[];
  problems: RowProblem[];
}

export interface BatchOptions {
  actor: Actor;
  now: number;
  /** Announce the batch's changes (maintenance). Off in a dry run. */
  announce: boolean;
}

const IN_CHUNK = 900;
const ARRAY_CHUNK = 20_000;
const ARRAY_MARK = '\u0001';

/**
 * `select … where <column> in (…values)`, written by `text(marks)` as `… in (${marks})`. SQLite:
 * IN lists of 900. PostgreSQL: one `= any(array)` parameter per 20,000 values — with a list of 900
 * parameters the prepared statement's generic plan scanned the table (0.3 s a query at 100,000
 * people, before autovacuum had analysed it); the array form keeps to the index.
 */
async function selectIn<R>(trx: Kysely<DB>, text: (marks: string) => string, values: readonly string[]): Promise<R[]> {
  const out: R[] = [];
  const unique = [...new Set(values)];
  if (unique.length === 0) return out;
  if (dbEngine(trx) === 'postgres') {
    const query = text(ARRAY_MARK).replace(` in (${ARRAY_MARK})`, ' = any(?::text[])');
    for (let i = 0; i < unique.length; i += ARRAY_CHUNK) {
      const { rows } = await rawQuery<R>(trx, query, [unique.slice(i, i + ARRAY_CHUNK)]);
      out.push(...rows);
    }
    return out;
  }
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const part = unique.slice(i, i + IN_CHUNK);
    const { rows } = await rawQuery<R>(trx, text(part.map(() => '?').join(', ')), part);
    out.push(...rows);
  }
  return out;
}

function sameColumns(stored: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(next)) {
    let s = stored[k];
    if (k === 'custom' || k === 'custom_norm') {
      if (s === v) continue; // the same text (SQLite keeps it as written): no parsing
      // PostgreSQL's jsonb orders keys its own way: compare key-sorted.
      if (canonicalJson(parseJson(s)) !== canonicalJson(JSON.parse(String(v)))) return false;
      continue;
    }
    if (typeof s === 'string' && typeof v === 'number') s = Number(s);
    if (typeof s === 'bigint') s = Number(s);
    if (s !== v && !(s == null && v == null)) return false;
  }
  return true;
}

function problem(row: number, column: string | null, value: string | null, reason: string): RowProblem {
  return { row, column, value, reason };
}

function mergeCustom(stored: CustomAttributes, incoming: CustomAttributes): CustomAttributes {
  return Object.keys(incoming).length ? { ...stored, ...incoming } : stored;
}

// ----- accounts resolution (shared by people, relations, activities, members, parents) -----

export interface AccountIndex {
  byExternalId: Map<string, string[]>;
  byDomain: Map<string, string[]>;
  byName: Map<string, string[]>;
}

const push = (m: Map<string, string[]>, k: string | null, id: string) => {
  if (k == null) return;
  const l = m.get(k);
  if (!l) m.set(k, [id]);
  else if (!l.includes(id)) l.push(id);
};

/** Reads the accounts the references may name, by external id, domain and name (normalised). */
export async function indexAccounts(trx: Kysely<DB>, refs: readonly AccountRef[]): Promise<AccountIndex> {
  const index: AccountIndex = { byExternalId: new Map(), byDomain: new Map(), byName: new Map() };
  const ext = refs.flatMap((r) => r.externalIds.map(normText));
  const dom = refs.flatMap((r) => (r.domain ? [normText(r.domain)] : []));
  const names = refs.flatMap((r) => (r.name && !r.externalIds.length && !r.domain ? [normText(r.name)] : []));
  type A = { id: string; external_id_norm: string | null; domain_norm: string | null; name_norm: string };
  const cols = 'id, external_id_norm, domain_norm, name_norm';
  for (const a of await selectIn<A>(trx, (m) => `select ${cols} from accounts where external_id_norm in (${m})`, ext)) push(index.byExternalId, a.external_id_norm, a.id);
  for (const a of await selectIn<A>(trx, (m) => `select ${cols} from accounts where domain_norm in (${m})`, dom)) push(index.byDomain, a.domain_norm, a.id);
  for (const a of await selectIn<A>(trx, (m) => `select ${cols} from accounts where name_norm in (${m})`, names)) push(index.byName, a.name_norm, a.id);
  return index;
}

/** The account ids a reference names, or why it names none (or several). */
export function resolveAccountRef(index: AccountIndex, ref: AccountRef): { ids: string[] } | { error: string; by: 'externalId' | 'domain' | 'name'; value: string } {
  if (ref.externalIds.length) {
    const ids: string[] = [];
    for (const e of ref.externalIds) {
      const found = index.byExternalId.get(normText(e)) ?? [];
      if (found.length === 0) return { error: `no account has the external id ${e}`, by: 'externalId', value: e };
      if (found.length > 1) return { error: `${found.length} accounts have the external id ${e} (${found.slice(0, 3).join(', ')})`, by: 'externalId', value: e };
      ids.push(found[0] as string);
    }
    return { ids: [...new Set(ids)] };
  }
  if (ref.domain) {
    const found = index.byDomain.get(normText(ref.domain)) ?? [];
    if (found.length === 1) return { ids: found };
    return { error: found.length ? `${found.length} accounts have the domain ${ref.domain} (${found.slice(0, 3).join(', ')})` : `no account has the domain ${ref.domain}`, by: 'domain', value: ref.domain };
  }
  const name = ref.name ?? '';
  const found = index.byName.get(normText(name)) ?? [];
  if (found.length === 1) return { ids: found };
  return { error: found.length ? `${found.length} accounts are named "${name}" (${found.slice(0, 3).join(', ')}); use the external id or domain` : `no account is named "${name}"`, by: 'name', value: name };
}

// ----- accounts -----

type AccountRow = Record<string, unknown> & { id: string; external_id_norm: string | null; domain_norm: string | null; name_norm: string; parent_id: string | null; custom: unknown; version: number };

export interface AccountBatchOutcome extends BatchOutcome {
  /** Rows whose parent was not found yet (it may come later in the file): link them at the end. */
  pendingParents: { row: number; accountId: string; parent: AccountRef; outcome: RowOutcomeKind; column: string }[];
}

/**
 * Upserts accounts by external id, else domain, else name (each must match exactly one account).
 * Parents are set when the parent can be found now (stored, or earlier in the batch); the rest
 * come back as `pendingParents` for `linkParents` once the file is read.
 */
export async function upsertAccounts(trx: Kysely<DB>, rows: readonly BatchRow<AccountImportRow>[], parentColumn: string, opts: BatchOptions): Promise<AccountBatchOutcome> {
  const result: AccountBatchOutcome = { outcomes: rows.map(() => 'unchanged'), problems: [], pendingParents: [] };
  const refs = rows.map((r) => ({ externalIds: r.value.externalId ? [r.value.externalId] : [], domain: r.value.externalId ? null : r.value.domain, name: r.value.externalId || r.value.domain ? null : r.value.name }));
  const index = await indexAccounts(trx, refs);
  const ids = [...new Set([...index.byExternalId.values(), ...index.byDomain.values(), ...index.byName.values()].flat())];
  const stored = new Map((await selectIn<AccountRow>(trx, (m) => `select * from accounts where id in (${m})`, ids)).map((a) => [a.id, a]));
  const changes: StoreChange[] = [];
  const inserts: Record<string, unknown>[] = [];
  let updated = 0;

  for (let i = 0; i < rows.length; i++) {
    const { row, value: v } = rows[i] as BatchRow<AccountImportRow>;
    const ref = refs[i] as AccountRef;
    const hit = ref.externalIds.length || ref.domain || ref.name ? resolveAccountRef(index, ref) : { error: '', by: 'name' as const, value: '' };
    let existing: AccountRow | undefined;
    if ('ids' in hit) existing = stored.get(hit.ids[0] as string);
    else if (hit.error.startsWith('no account') === false && hit.error !== '') {
      result.outcomes[i] = 'rejected';
      result.problems.push(problem(row, hit.by === 'externalId' ? 'externalId' : hit.by, hit.value, hit.error));
      continue;
    }
    const base: AccountFields = existing
      ? {
          name: existing.name as string,
          domain: existing.domain as string | null,
          industry: existing.industry as string | null,
          employees: existing.employees == null ? null : Number(existing.employees),
          annualRevenue: existing.annual_revenue == null ? null : Number(existing.annual_revenue),
          country: existing.country as string | null,
          region: existing.region as string | null,
          state: existing.state as string | null,
          city: existing.city as string | null,
          sicCode: existing.sic_code as string | null,
          externalId: existing.external_id as string | null,
          parentId: existing.parent_id,
          custom: parseJson<CustomAttributes>(existing.custom),
        }
      : { name: v.name, domain: null, industry: null, employees: null, annualRevenue: null, country: null, region: null, state: null, city: null, sicCode: null, externalId: null, parentId: null, custom: {} };
    const fields: AccountFields = {
      name: v.name || base.name,
      domain: v.domain ?? base.domain,
      industry: v.industry ?? base.industry,
      employees: v.employees ?? base.employees,
      annualRevenue: v.annualRevenue ?? base.annualRevenue,
      country: v.country ?? base.country,
      region: v.region ?? base.region,
      state: v.state ?? base.state,
      city: v.city ?? base.city,
      sicCode: v.sicCode ?? base.sicCode,
      externalId: v.externalId ?? base.externalId,
      parentId: base.parentId,
      custom: mergeCustom(base.custom, v.custom),
    };
    const cols = accountColumns(fields) as Record<string, unknown>;
    let id: string;
    if (!existing) {
      id = newId('account', opts.now);
      const rec = { id, ...cols, created_at: opts.now, updated_at: opts.now, version: 1 };
      inserts.push(rec);
      result.outcomes[i] = 'inserted';
      // Later rows of the batch may name it (as themselves or as a parent).
      const created = { ...rec } as unknown as AccountRow;
      stored.set(id, created);
      push(index.byExternalId, cols.external_id_norm as string | null, id);
      push(index.byDomain, cols.domain_norm as string | null, id);
      push(index.byName, cols.name_norm as string, id);
      changes.push({ kind: 'account', accountId: id, previousParentId: null });
    } else {
      id = existing.id;
      if (!sameColumns(existing, cols)) {
        await trx.updateTable('accounts').set({ ...(cols as object), updated_at: opts.now, version: Number(existing.version) + 1 }).where('id', '=', id).execute();
        Object.assign(existing, cols, { version: Number(existing.version) + 1 });
        result.outcomes[i] = 'updated';
        updated++;
        changes.push({ kind: 'account', accountId: id, previousParentId: existing.parent_id });
      }
    }
    if (v.parent) result.pendingParents.push({ row, accountId: id, parent: v.parent, outcome: result.outcomes[i] as RowOutcomeKind, column: parentColumn });
  }
  if (inserts.length) await insertRows(trx, 'accounts', inserts);
  await audit(trx, opts.actor, { action: 'import', entityType: 'account', entityId: `${rows.length} rows`, after: { inserted: inserts.length, updated }, at: opts.now });
  if (opts.announce) await announce(trx, changes, opts.now);
  return result;
}

async function insertRows(trx: Kysely<DB>, table: 'accounts' | 'people' | 'account_people' | 'activities', records: Record<string, unknown>[]): Promise<void> {
  const columns = Object.keys(records[0] as object);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the columns are the table's own (from its column function)
  await bulkInsert(trx, table, columns as any, records.map((r) => columns.map((c) => (r[c] ?? null) as string | number | null)));
}

/**
 * Sets the parents of imported accounts: the parent must exist (it may have come later in the
 * file) and must not be the account itself or one of its descendants. A parent that cannot be set
 * is a problem of that row; the account keeps its other fields. Returns the rows whose outcome
 * turned from unchanged to updated.
 */
export async function linkParents(trx: Kysely<DB>, pending: AccountBatchOutcome['pendingParents'], opts: BatchOptions): Promise<{ updatedRows: number[]; problems: RowProblem[] }> {
  const out = { updatedRows: [] as number[], problems: [] as RowProblem[] };
  if (pending.length === 0) return out;
  const index = await indexAccounts(trx, pending.map((p) => p.parent));
  const changes: StoreChange[] = [];
  for (const p of pending) {
    const hit = resolveAccountRef(index, p.parent);
    const shown = p.parent.externalIds[0] ?? p.parent.domain ?? p.parent.name ?? '';
    if (!('ids' in hit)) {
      out.problems.push(problem(p.row, p.column, shown, `parent not set: ${hit.error}`));
      continue;
    }
    if (hit.ids.length !== 1) {
      out.problems.push(problem(p.row, p.column, shown, 'parent not set: an account has one parent'));
      continue;
    }
    const parentId = hit.ids[0] as string;
    const current = await trx.selectFrom('accounts').select(['parent_id', 'version']).where('id', '=', p.accountId).executeTakeFirstOrThrow();
    if (current.parent_id === parentId) continue;
    const cycle = await closesCycle(trx, p.accountId, parentId);
    if (cycle) {
      out.problems.push(problem(p.row, p.column, shown, `parent not set: ${cycle}`));
      continue;
    }
    await trx.updateTable('accounts').set({ parent_id: parentId, updated_at: opts.now, version: current.version + 1 }).where('id', '=', p.accountId).execute();
    changes.push({ kind: 'account', accountId: p.accountId, previousParentId: current.parent_id });
    if (p.outcome === 'unchanged') out.updatedRows.push(p.row);
  }
  if (opts.announce) await announce(trx, changes, opts.now);
  return out;
}

async function closesCycle(trx: Kysely<DB>, accountId: string, parentId: string): Promise<string | null> {
  if (accountId === parentId) return 'an account cannot be its own parent';
  const { rows } = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from accounts where id = ${parentId}
      union all
      select a.id, a.parent_id, up.depth + 1 from accounts as a inner join up on a.id = up.parent_id where up.depth < 10000
    )
    select id from up where id = ${accountId} limit 1`.execute(trx);
  return rows.length ? `account ${parentId} is below this account in the hierarchy; making it the parent would create a cycle` : null;
}

// ----- people -----

type PersonRow = Record<string, unknown> & { id: string; email_norm: string; external_id_norm: string | null; custom: unknown; version: number };

function personFieldsOf(p: PersonRow): PersonFields {
  const t = (k: string) => (p[k] as string | null) ?? null;
  return {
    email: p.email as string,
    firstName: t('first_name'),
    lastName: t('last_name'),
    jobTitle: t('job_title'),
    department: t('department'),
    seniority: t('seniority'),
    phone: t('phone'),
    country: t('country'),
    state: t('state'),
    city: t('city'),
    postalCode: t('postal_code'),
    externalId: t('external_id'),
    emailInvalid: Number(p.email_invalid) === 1,
    emailSuspended: Number(p.email_suspended) === 1,
    unsubscribed: Number(p.unsubscribed) === 1,
    custom: parseJson<CustomAttributes>(p.custom),
    explicitSeniority: t('explicit_seniority'),
    explicitFunction: t('explicit_function'),
  };
}

/** The title classifier's reading of (job title, department), remembered across batches. */
const derivedOf = memoClassifyPerson();

const PERSON_COLUMNS_READ = 'id, email, email_norm, first_name, last_name, job_title, department, seniority, phone, country, state, city, postal_code, external_id, external_id_norm, email_invalid, email_suspended, unsubscribed, derived_seniority, derived_function, derived_functions, derived_specialties, title_confidence, explicit_seniority, explicit_function, custom, custom_norm, version, first_name_norm, last_name_norm, job_title_norm, department_norm, seniority_norm, phone_norm, country_norm, state_norm, city_norm, postal_code_norm';

/**
 * Upserts people by external id, else email (case-insensitive), and relates each to the account
 * its row names (created as `relationType` when missing). A row whose account cannot be found, or
 * whose email belongs to another person, is rejected whole.
 */
export async function upsertPeople(trx: Kysely<DB>, rows: readonly BatchRow<PersonImportRow>[], accountColumn: string, opts: BatchOptions): Promise<BatchOutcome> {
  const result: BatchOutcome = { outcomes: rows.map(() => 'unchanged'), problems: [] };
  const byExt = new Map<string, PersonRow>();
  const byEmail = new Map<string, PersonRow>();
  const exts = rows.flatMap((r) => (r.value.externalId ? [normText(r.value.externalId)] : []));
  for (const p of await selectIn<PersonRow>(trx, (m) => `select ${PERSON_COLUMNS_READ} from people where external_id_norm in (${m})`, exts)) {
    if (p.external_id_norm) byExt.set(p.external_id_norm, p);
    byEmail.set(p.email_norm, p);
  }
  // Emails are unique: one a person found by external id holds is that person's, not read again
  // (a re-import by external id reads each stored row once, not twice).
  const emails = rows.flatMap((r) => {
    const e = normText(r.value.email);
    return byEmail.has(e) ? [] : [e];
  });
  for (const p of await selectIn<PersonRow>(trx, (m) => `select ${PERSON_COLUMNS_READ} from people where email_norm in (${m})`, emails)) byEmail.set(p.email_norm, p);
  const accountRefs = rows.flatMap((r) => (r.value.account ? [r.value.account] : []));
  const accounts = accountRefs.length ? await indexAccounts(trx, accountRefs) : null;

  const inserts: Record<string, unknown>[] = [];
  const wantRelations: { i: number; personId: string; accountIds: string[]; relationType: string }[] = [];
  const newPeople = new Set<string>();
  const changes: StoreChange[] = [];
  let updated = 0;
  for (let i = 0; i < rows.length; i++) {
    const { row, value: v } = rows[i] as BatchRow<PersonImportRow>;
    let accountIds: string[] = [];
    if (v.account && accounts) {
      const hit = resolveAccountRef(accounts, v.account);
      if (!('ids' in hit)) {
        result.outcomes[i] = 'rejected';
        result.problems.push(problem(row, accountColumn, hit.value, hit.error));
        continue;
      }
      accountIds = hit.ids;
    }
    const emailNorm = normText(v.email);
    const byId = v.externalId ? byExt.get(normText(v.externalId)) : undefined;
    const byMail = byEmail.get(emailNorm);
    if (byId && byMail && byId.id !== byMail.id) {
      result.outcomes[i] = 'rejected';
      result.problems.push(problem(row, 'email', v.email, `external id ${v.externalId} is person ${byId.id}, but the email belongs to person ${byMail.id}; emails are unique regardless of case`));
      continue;
    }
    const existing = byId ?? byMail;
    const base = existing ? personFieldsOf(existing) : null;
    const keep = <K extends keyof PersonFields>(k: K, x: PersonFields[K] | null): PersonFields[K] => (x ?? base?.[k] ?? null) as PersonFields[K];
    const fields: PersonFields = {
      email: v.email,
      firstName: keep('firstName', v.firstName),
      lastName: keep('lastName', v.lastName),
      jobTitle: keep('jobTitle', v.jobTitle),
      department: keep('department', v.department),
      seniority: keep('seniority', v.seniority),
      phone: keep('phone', v.phone),
      country: keep('country', v.country),
      state: keep('state', v.state),
      city: keep('city', v.city),
      postalCode: keep('postalCode', v.postalCode),
      externalId: keep('externalId', v.externalId),
      emailInvalid: v.emailInvalid ?? base?.emailInvalid ?? false,
      emailSuspended: v.emailSuspended ?? base?.emailSuspended ?? false,
      unsubscribed: v.unsubscribed ?? base?.unsubscribed ?? false,
      custom: mergeCustom(base?.custom ?? {}, v.custom),
      explicitSeniority: keep('explicitSeniority', v.explicitSeniority),
      explicitFunction: keep('explicitFunction', v.explicitFunction),
    };
    const cols = personColumns(fields, derivedOf(fields.jobTitle, fields.department)) as Record<string, unknown>;
    let personId: string;
    if (!existing) {
      personId = newId('person', opts.now);
      newPeople.add(personId);
      const rec = { id: personId, ...cols, engagement_score: 0, created_at: opts.now, updated_at: opts.now, version: 1 };
      inserts.push(rec);
      result.outcomes[i] = 'inserted';
      const created = rec as unknown as PersonRow;
      byEmail.set(emailNorm, created);
      if (created.external_id_norm) byExt.set(created.external_id_norm, created);
    } else {
      personId = existing.id;
      if (!sameColumns(existing, cols)) {
        await trx.updateTable('people').set({ ...(cols as object), updated_at: opts.now, version: Number(existing.version) + 1 }).where('id', '=', personId).execute();
        if (existing.email_norm !== emailNorm) byEmail.delete(existing.email_norm);
        Object.assign(existing, cols, { version: Number(existing.version) + 1 });
        byEmail.set(emailNorm, existing);
        result.outcomes[i] = 'updated';
        updated++;
        changes.push({ kind: 'person', personId });
      }
    }
    if (accountIds.length) wantRelations.push({ i, personId, accountIds, relationType: v.relationType });
  }
  if (inserts.length) await insertRows(trx, 'people', inserts);

  // Relations named by the rows: created when missing. A person inserted by this batch has none
  // yet: only the stored people's are looked up.
  if (wantRelations.length) {
    const existing = new Set(
      (
        await selectIn<{ account_id: string; person_id: string }>(
          trx,
          (m) => `select account_id, person_id from account_people where person_id in (${m})`,
          wantRelations.flatMap((w) => (newPeople.has(w.personId) ? [] : [w.personId])),
        )
      ).map((r) => `${r.account_id}\u0000${r.person_id}`),
    );
    const rels: Record<string, unknown>[] = [];
    for (const w of wantRelations) {
      for (const accountId of w.accountIds) {
        const key = `${accountId}\u0000${w.personId}`;
        if (existing.has(key)) continue;
        existing.add(key);
        rels.push({ id: newId('relation', opts.now), account_id: accountId, person_id: w.personId, relation_type: w.relationType, roles: '[]', roles_norm: '[]', started_on: null, ended_on: null, created_at: opts.now, updated_at: opts.now });
        if (result.outcomes[w.i] === 'unchanged') {
          result.outcomes[w.i] = 'updated';
          updated++;
        }
        changes.push({ kind: 'relation', accountId, personId: w.personId });
      }
    }
    if (rels.length) await insertRows(trx, 'account_people', rels);
  }
  await audit(trx, opts.actor, { action: 'import', entityType: 'person', entityId: `${rows.length} rows`, after: { inserted: inserts.length, updated }, at: opts.now });
  if (opts.announce) await announce(trx, changes, opts.now);
  return result;
}

// ----- people references (relations, activities, members) -----

export interface PersonIndex {
  byEmail: Map<string, string>;
  byExternalId: Map<string, string[]>;
}

export async function indexPeople(trx: Kysely<DB>, refs: readonly { email: string | null; externalId: string | null }[]): Promise<PersonIndex> {
  const index: PersonIndex = { byEmail: new Map(), byExternalId: new Map() };
  type P = { id: string; email_norm: string; external_id_norm: string | null };
  for (const p of await selectIn<P>(trx, (m) => `select id, email_norm, external_id_norm from people where email_norm in (${m})`, refs.flatMap((r) => (r.email ? [normText(r.email)] : [])))) index.byEmail.set(p.email_norm, p.id);
  for (const p of await selectIn<P>(trx, (m) => `select id, email_norm, external_id_norm from people where external_id_norm in (${m})`, refs.flatMap((r) => (r.externalId && !r.email ? [normText(r.externalId)] : []))))
    push(index.byExternalId, p.external_id_norm, p.id);
  return index;
}

export function resolvePersonRef(index: PersonIndex, ref: { email: string | null; externalId: string | null }): { id: string } | { error: string; field: 'personEmail' | 'personExternalId'; value: string } {
  if (ref.email) {
    const id = index.byEmail.get(normText(ref.email));
    return id ? { id } : { error: `no person has the email ${ref.email}`, field: 'personEmail', value: ref.email };
  }
  const e = ref.externalId ?? '';
  const ids = index.byExternalId.get(normText(e)) ?? [];
  if (ids.length === 1) return { id: ids[0] as string };
  return { error: ids.length ? `${ids.length} people have the external id ${e}` : `no person has the external id ${e}`, field: 'personExternalId', value: e };
}

// ----- relations -----

type RelRow = { id: string; account_id: string; person_id: string; relation_type: string; roles: unknown; started_on: string | null; ended_on: string | null; version: number };

/** Upserts relations by (account, person): type, roles and dates given replace the stored ones. */
export async function upsertRelations(trx: Kysely<DB>, rows: readonly BatchRow<RelationImportRow>[], columns: { person: string; account: string }, opts: BatchOptions): Promise<BatchOutcome> {
  const result: BatchOutcome = { outcomes: rows.map(() => 'unchanged'), problems: [] };
  const people = await indexPeople(trx, rows.map((r) => ({ email: r.value.personEmail, externalId: r.value.personExternalId })));
  const accounts = await indexAccounts(trx, rows.map((r) => r.value.account));
  const resolved = rows.map((r) => ({ person: resolvePersonRef(people, { email: r.value.personEmail, externalId: r.value.personExternalId }), account: resolveAccountRef(accounts, r.value.account) }));
  const personIds = resolved.flatMap((x) => ('id' in x.person ? [x.person.id] : []));
  const stored = new Map((await selectIn<RelRow>(trx, (m) => `select id, account_id, person_id, relation_type, roles, started_on, ended_on, version from account_people where person_id in (${m})`, personIds)).map((r) => [`${r.account_id}\u0000${r.person_id}`, r]));
  const inserts: Record<string, unknown>[] = [];
  const changes: StoreChange[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { row, value: v } = rows[i] as BatchRow<RelationImportRow>;
    const x = resolved[i] as (typeof resolved)[number];
    if (!('id' in x.person)) {
      result.outcomes[i] = 'rejected';
      result.problems.push(problem(row, columns.person, x.person.value, x.person.error));
      continue;
    }
    if (!('ids' in x.account)) {
      result.outcomes[i] = 'rejected';
      result.problems.push(problem(row, columns.account, x.account.value, x.account.error));
      continue;
    }
    let any: RowOutcomeKind = 'unchanged';
    for (const accountId of x.account.ids) {
      const key = `${accountId}\u0000${x.person.id}`;
      const s = stored.get(key);
      const roles = v.roles ?? (s ? parseJson<string[]>(s.roles) : []);
      const next = { relation_type: v.relationType ?? (s?.relation_type as string | undefined) ?? 'employee', roles: toJson(roles), roles_norm: toJson(roles.map(normText)), started_on: v.startedOn ?? s?.started_on ?? null, ended_on: v.endedOn ?? s?.ended_on ?? null };
      if (next.started_on && next.ended_on && next.ended_on < next.started_on) {
        result.problems.push(problem(row, 'endedOn', next.ended_on, `is before startedOn (${next.started_on})`));
        any = 'rejected';
        continue;
      }
      if (!s) {
        const rec = { id: newId('relation', opts.now), account_id: accountId, person_id: x.person.id, ...next, created_at: opts.now, updated_at: opts.now };
        inserts.push(rec);
        stored.set(key, { ...rec, version: 1 } as RelRow);
        any = 'inserted';
      } else if (s.relation_type !== next.relation_type || toJson(parseJson(s.roles)) !== next.roles || s.started_on !== next.started_on || s.ended_on !== next.ended_on) {
        await trx.updateTable('account_people').set({ ...next, relation_type: next.relation_type as 'employee', updated_at: opts.now, version: Number(s.version) + 1 }).where('account_id', '=', accountId).where('person_id', '=', x.person.id).execute();
        Object.assign(s, next, { version: Number(s.version) + 1 });
        if (any !== 'inserted') any = 'updated';
      } else continue;
      changes.push({ kind: 'relation', accountId, personId: x.person.id });
    }
    result.outcomes[i] = any;
  }
  if (inserts.length) await insertRows(trx, 'account_people', inserts);
  await audit(trx, opts.actor, { action: 'import', entityType: 'relation', entityId: `${rows.length} rows`, after: { inserted: inserts.length }, at: opts.now });
  if (opts.announce) await announce(trx, changes, opts.now);
  return result;
}

// ----- activities -----

/**
 * Inserts activities; one already stored for the same person, type and time is unchanged (so a
 * file imported twice adds nothing). Unknown types and times in the future are row problems.
 */
export async function insertActivities(trx: Kysely<DB>, rows: readonly BatchRow<ActivityImportRow>[], columns: { person: string; type: string; occurredAt: string; account: string }, opts: BatchOptions): Promise<BatchOutcome> {
  const result: BatchOutcome = { outcomes: rows.map(() => 'unchanged'), problems: [] };
  const people = await indexPeople(trx, rows.map((r) => ({ email: r.value.personEmail, externalId: r.value.personExternalId })));
  const accounts = await indexAccounts(trx, rows.flatMap((r) => (r.value.accountExternalId ? [{ externalIds: [r.value.accountExternalId], domain: null, name: null }] : [])));
  await holdConfiguration(trx);
  const types = await knownActivityTypes(trx);
  const resolved = rows.map((r) => resolvePersonRef(people, { email: r.value.personEmail, externalId: r.value.personExternalId }));
  const personIds = resolved.flatMap((p) => ('id' in p ? [p.id] : []));
  const seen = new Set(
    (await selectIn<{ person_id: string; type: string; occurred_at: number | string }>(trx, (m) => `select person_id, type, occurred_at from activities where person_id in (${m})`, personIds)).map((a) => `${a.person_id}\u0000${a.type}\u0000${Number(a.occurred_at)}`),
  );
  const inserts: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { row, value: v } = rows[i] as BatchRow<ActivityImportRow>;
    const p = resolved[i] as (typeof resolved)[number];
    const bad = (column: string, value: string | null, reason: string) => {
      result.outcomes[i] = 'rejected';
      result.problems.push(problem(row, column, value, reason));
    };
    if (!('id' in p)) {
      bad(columns.person, p.value, p.error);
      continue;
    }
    const typeProblem = unknownActivityTypeMessage(v.type, types);
    if (typeProblem) {
      bad(columns.type, v.type, typeProblem);
      continue;
    }
    if (v.occurredAt > opts.now + MAX_FUTURE_SKEW_MS) {
      bad(columns.occurredAt, new Date(v.occurredAt).toISOString(), 'is in the future');
      continue;
    }
    let accountId: string | null = null;
    if (v.accountExternalId) {
      const hit = resolveAccountRef(accounts, { externalIds: [v.accountExternalId], domain: null, name: null });
      if (!('ids' in hit)) {
        bad(columns.account, hit.value, hit.error);
        continue;
      }
      accountId = hit.ids[0] ?? null;
    }
    const key = `${p.id}\u0000${v.type}\u0000${v.occurredAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inserts.push({ id: newId('activity', opts.now), person_id: p.id, account_id: accountId, type: v.type, occurred_at: v.occurredAt, metadata: '{}', created_at: opts.now });
    result.outcomes[i] = 'inserted';
  }
  if (inserts.length) {
    await insertRows(trx, 'activities', inserts);
    await audit(trx, opts.actor, { action: 'import', entityType: 'activity', entityId: `${inserts.length} activities`, after: { count: inserts.length }, at: opts.now });
    if (opts.announce) await announce(trx, [{ kind: 'activities', activities: inserts.map((r) => ({ personId: r.person_id as string, type: r.type as string, occurredAt: r.occurred_at as number })) }], opts.now);
  }
  return result;
}

