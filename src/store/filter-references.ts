/**
 * Filters of list endpoints that name other records. An id nobody has is a typo, not a question
 * with an empty answer: it is refused with a 400 naming the query parameter (`/missingRoleId`)
 * and the value, with the ids or names it probably meant. Names (`missingRole=Decision Maker`)
 * are resolved to ids here, once per request, before the list query runs, so the list query
 * itself only ever sees ids (the gap query stays an index probe per group).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { QuorumError, type ErrorDetail, normText, closeMatches } from '../domain/index.ts';
import { parseJson } from './db.ts';
import type { StageModelDefinition } from '../domain/stages/index.ts';

/** Tables whose rows list filters refer to by id. */
export type ReferencedTable = 'accounts' | 'people' | 'roles' | 'roles_templates' | 'solution_interests' | 'stage_models' | 'account_lists' | 'personas';

const WHAT: Record<ReferencedTable, { one: string; many: string; list: string }> = {
  accounts: { one: 'account', many: 'accounts', list: '/accounts' },
  people: { one: 'person', many: 'people', list: '/people' },
  roles: { one: 'role', many: 'roles', list: '/roles' },
  roles_templates: { one: 'roles template', many: 'roles templates', list: '/roles-templates' },
  solution_interests: { one: 'solution interest', many: 'solution interests', list: '/solution-interests' },
  stage_models: { one: 'stage model', many: 'stage models', list: '/stage-models' },
  account_lists: { one: 'account list', many: 'account lists', list: '/account-lists' },
  personas: { one: 'persona', many: 'personas', list: '/personas' },
};

/**
 * Configuration tables are small (roles ≤ 50, templates and solution interests in the tens to
 * hundreds): on an unknown value their ids and names can be read whole to suggest what was meant.
 * Data tables (accounts, people) are not read for suggestions.
 */
const SMALL: ReadonlySet<ReferencedTable> = new Set(['roles', 'roles_templates', 'solution_interests', 'stage_models', 'account_lists', 'personas']);

/** How many known names a message lists in full. */
const LIST_ALL_UP_TO = 50;

const asList = (v: string | readonly string[] | undefined): string[] => [...new Set(v === undefined ? [] : typeof v === 'string' ? [v] : v)];

function refuse(errors: ErrorDetail[]): never {
  const first = errors[0] as ErrorDetail;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new QuorumError('validation_failed', `Parameter ${first.field}: ${first.message}${more}`, errors);
}

async function allOf(db: Kysely<DB>, table: ReferencedTable): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom(table as 'roles')
    .select(['id', 'name'])
    .orderBy('name_norm')
    .orderBy('id')
    .execute();
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/**
 * Checks that every id given for query parameter `param` is a row of `table`; throws a 400
 * listing each unknown id at `/param` (with the close ids of a configuration table).
 */
export async function checkFilterIds(db: Kysely<DB>, table: ReferencedTable, param: string, value: string | readonly string[] | undefined): Promise<void> {
  const ids = asList(value);
  if (ids.length === 0) return;
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await db.executeQuery<{ id: string }>(sql<{ id: string }>`select id from ${sql.table(table)} where id in (${sql.join(part)})`.compile(db));
    for (const r of rows.rows) found.add(r.id);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length === 0) return;
  const what = WHAT[table];
  const known = SMALL.has(table) ? await allOf(db, table) : [];
  refuse(
    missing.map((id) => {
      const close = closeMatches(id, known.map((k) => k.id), (s) => s.toLowerCase(), 3);
      const hint = close.length
        ? `; did you mean ${close.map((c) => `${c} (${known.find((k) => k.id === c)?.name ?? ''})`).join(' or ')}?`
        : SMALL.has(table) && known.length <= LIST_ALL_UP_TO
          ? `; the ${what.many} are ${known.map((k) => `${k.id} (${k.name})`).join(', ') || 'none yet'}`
          : ` (GET ${what.list} lists them)`;
      return { field: `/${param}`, message: `${what.one} ${id} does not exist${hint}` };
    }),
  );
}

/**
 * Resolves names given for query parameter `param` to ids of `table` (normalised: case and
 * surrounding spaces ignored); throws a 400 listing each unknown name with the names it
 * probably meant (or all of them, when there are few).
 */
export async function resolveFilterNames(db: Kysely<DB>, table: ReferencedTable, param: string, value: string | readonly string[] | undefined): Promise<string[]> {
  const names = asList(value);
  if (names.length === 0) return [];
  const norms = [...new Set(names.map(normText))];
  const rows = await db
    .selectFrom(table as 'roles')
    .select(['id', 'name_norm'])
    .where('name_norm', 'in', norms)
    .execute();
  const byNorm = new Map(rows.map((r) => [r.name_norm, r.id]));
  const missing = names.filter((n) => !byNorm.has(normText(n)));
  if (missing.length) {
    const what = WHAT[table];
    const known = (await allOf(db, table)).map((k) => k.name);
    refuse(
      missing.map((name) => {
        const close = closeMatches(name, known, normText);
        const hint = close.length
          ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`
          : known.length <= LIST_ALL_UP_TO
            ? `; the ${what.many} are ${quoteList(known) || 'none yet'}`
            : ` (GET ${what.list} lists them)`;
        return { field: `/${param}`, message: `no ${what.one} is named "${name}"${hint}` };
      }),
    );
  }
  return [...new Set(norms.map((n) => byNorm.get(n) as string))];
}

/**
 * Stage keys as stored, for stage values given in any case (stage keys are unique within a model
 * regardless of case): each value matches the keys of every stage model that has it. A value no
 * model has is refused at `/param`, listing the valid keys.
 */
export async function resolveStageKeys(db: Kysely<DB>, param: string, value: string | readonly string[] | undefined): Promise<string[]> {
  const values = asList(value);
  if (values.length === 0) return [];
  const models = await db.selectFrom('stage_models').select(['definition']).execute();
  const keysByNorm = new Map<string, Set<string>>();
  for (const m of models) {
    for (const s of parseJson<StageModelDefinition>(m.definition).stages) {
      const n = normText(s.key);
      let set = keysByNorm.get(n);
      if (!set) keysByNorm.set(n, (set = new Set()));
      set.add(s.key);
    }
  }
  const out = new Set<string>();
  const errors: ErrorDetail[] = [];
  const valid = [...new Set([...keysByNorm.values()].flatMap((s) => [...s]))].sort();
  for (const v of values) {
    const keys = keysByNorm.get(normText(v));
    if (keys) for (const k of keys) out.add(k);
    else {
      const close = closeMatches(v, valid, normText, 3);
      errors.push({
        field: `/${param}`,
        message: `no stage model has a stage "${v}"${close.length ? ` (did you mean ${quoteList(close)}?)` : ''}; the stage keys are ${quoteList(valid) || 'none yet (no stage model exists)'}`,
      });
    }
  }
  if (errors.length) refuse(errors);
  return [...out];
}
