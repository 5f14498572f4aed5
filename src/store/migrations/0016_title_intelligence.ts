import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.ts';
import type { DB } from '../schema.ts';
import { DEFAULT_PERSONAS, upgradeLegacyCondition } from '../../domain/people/index.ts';
import { normText } from '../../domain/index.ts';
import { rederivePeople } from '../people-rederive.ts';

/**
 * Title intelligence (issue 10): people's derived fields come from the title classifier
 * (LinkedIn's seniorities and functions, specialties, confidence) and an explicit seniority or
 * function wins over them.
 *
 * 1. New columns on people: derived_functions, derived_specialties (`|a|b|` text), title_confidence,
 *    explicit_seniority, explicit_function (null: derived).
 * 2. Every person's derived values recomputed, in batches of 5,000 (store/people-rederive.ts).
 * 3. Every stored condition — personas, roles templates' role conditions (drafts and live; a
 *    template's roles are its only stored version), dynamic account lists (person conditions in
 *    their `people` leaves) — rewritten from the old values (c-level, it, …) to the new ones by
 *    the same function validation applies to conditions written through the API
 *    (domain/people/legacy.ts). Versions stay: the conditions mean what they meant.
 * 4. The default personas (domain/people/default-personas.ts: CXO/EVP … Other), once: editable
 *    and deletable afterwards (a deleted one does not come back); one whose name is taken by a
 *    tenant's own persona is not added.
 */
export function titleIntelligence(engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    const real = engine === 'postgres' ? 'double precision' : 'real';
    await db.schema.alterTable('people').addColumn('derived_functions', 'text').execute();
    await db.schema.alterTable('people').addColumn('derived_specialties', 'text').execute();
    await db.schema.alterTable('people').addColumn('title_confidence', sql.raw(real), (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('people').addColumn('explicit_seniority', 'text').execute();
    await db.schema.alterTable('people').addColumn('explicit_function', 'text').execute();
    await rederivePeople(db as Kysely<DB>);
    await rewriteConditions(db, 'personas', ['id']);
    await rewriteConditions(db, 'template_roles', ['template_id', 'position']);
    await rewriteConditions(db, 'account_lists', ['id']);
    await seedDefaultPersonas(db);
  }

  return { up };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
async function rewriteConditions(db: Kysely<any>, table: string, key: string[]): Promise<void> {
  const rows = (await db.selectFrom(table).select([...key, 'condition']).where('condition', 'is not', null).execute()) as Record<string, unknown>[];
  for (const r of rows) {
    const stored: unknown = typeof r['condition'] === 'string' ? JSON.parse(r['condition']) : r['condition'];
    const next = upgradeLegacyCondition(stored);
    if (next === stored) continue;
    let q = db.updateTable(table).set({ condition: JSON.stringify(next) });
    for (const k of key) q = q.where(k, '=', r[k]);
    await q.execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
async function seedDefaultPersonas(db: Kysely<any>): Promise<void> {
  const now = Date.now();
  const taken = new Set((await db.selectFrom('personas').select(['id', 'name_norm']).execute()).flatMap((r: { id: string; name_norm: string }) => [r.id, r.name_norm]));
  const rows = DEFAULT_PERSONAS.filter((p) => !taken.has(p.id) && !taken.has(normText(p.name))).map((p) => ({
    id: p.id,
    name: p.name,
    name_norm: normText(p.name),
    description: p.description,
    condition: JSON.stringify(p.condition),
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  if (rows.length > 0) await db.insertInto('personas').values(rows).execute();
}
