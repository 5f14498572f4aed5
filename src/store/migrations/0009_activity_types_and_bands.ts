import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_PATTERN, activityTypeLabel } from '../../domain/index.ts';

/**
 * The activity type registry and editable bands (issue 6):
 * - `activity_types` holds the custom activity types (the SPEC §2 defaults live in code,
 *   domain/activities.ts). Ingestion, weighting models and `activity` conditions accept only the
 *   defaults and these. Custom types already in use — ingested, weighted by a model, or counted by
 *   a stored condition — are registered here, so that nothing stored becomes invalid.
 * - `weighting_models.bands`: a model's own band names and values (JSON object name → 0–100);
 *   null means the SPEC §5 bands.
 */
export function activityTypesAndBands(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';
  const json = engine === 'postgres' ? 'jsonb' : 'text';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('activity_types')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .execute();
    await db.schema.alterTable('weighting_models').addColumn('bands', json).execute();

    const found = new Set<string>();
    const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
    // Any `{ activity: { type } }` leaf, however deep (conditions nest all/any/not).
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        const activity = o.activity as { type?: unknown } | undefined;
        if (activity && typeof activity === 'object') for (const t of [activity.type].flat()) if (typeof t === 'string') found.add(t);
        Object.values(o).forEach(visit);
      }
    };
    for (const r of (await db.selectFrom('activities').select('type').distinct().execute()) as { type: string }[]) found.add(r.type);
    for (const r of (await db.selectFrom('weighting_models').select('weights').execute()) as { weights: unknown }[]) {
      for (const t of Object.keys(parse(r.weights) as object)) found.add(t);
    }
    for (const table of ['personas', 'template_roles', 'account_lists']) {
      for (const r of (await db.selectFrom(table).select('condition').where('condition', 'is not', null).execute()) as { condition: unknown }[]) visit(parse(r.condition));
    }
    const defaults = new Set<string>(ACTIVITY_TYPES);
    const now = Date.now();
    const custom = [...found].filter((t) => !defaults.has(t) && ACTIVITY_TYPE_PATTERN.test(t)).sort();
    for (const key of custom) {
      await db.insertInto('activity_types').values({ key, label: activityTypeLabel(key), description: 'Registered automatically: in use when activity types became a registry', created_at: now, updated_at: now }).execute();
    }
  }

  return { up };
}
