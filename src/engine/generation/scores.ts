/**
 * Stored group scores (SPEC §5): refreshed from the current members when membership changes,
 * written in bulk, and recomputed over every group (compare-and-set). The arithmetic is the pure
 * `groupScores` (domain/scoring/group-scores.ts).
 */
import { sql, type Kysely } from 'kysely';
import { type DB, rawQuery, getRolesTemplate, type TemplateRole, activeWeightingModel, dialectOf } from '../../store/index.ts';
import {
  byPersonId,
  DEFAULT_WEIGHTING_MODEL,
  groupScores,
  scoreModel,
  type GroupScores,
  type ScoreModel,
} from '../../domain/scoring/index.ts';
import { writeEvents, type PendingEvent } from '../events.ts';

/**
 * Recomputes completeness and engagement of the given groups from their current members and
 * stores them (exactly) when they changed, returning the change events. `k` is the active
 * weighting model's transform constant (read from the store when not given). Members are summed
 * in person-id order, so the same members give the same double whichever path asks. On
 * PostgreSQL the group rows are locked (in id order) before the members' raw values are read, so
 * two transactions refreshing the same group never store a value computed from a stale read.
 */
export async function refreshGroupScores(trx: Kysely<DB>, roles: readonly TemplateRole[], groups: readonly { accountId: string; groupId: string }[], now: number, k?: number): Promise<PendingEvent[]> {
  const events: PendingEvent[] = [];
  if (groups.length === 0) return events;
  let kk = k;
  const model = scoreModel(roles);
  const dialect = dialectOf(trx);
  for (let i = 0; i < groups.length; i += 500) {
    const part = groups.slice(i, i + 500);
    const ids = part.map((g) => g.groupId);
    // The active weighting model's K comes with the stored scores (one statement less per change).
    const stored = await dialect
      .withRowLocks(
        trx
          .selectFrom('buying_groups')
          .select(['id', 'completeness', 'engagement', 'engagement_raw'])
          .$if(kk === undefined, (q) => q.select((eb) => eb.selectFrom('weighting_models').select('k').where('active', '=', 1).orderBy('id').limit(1).as('active_k')))
          .where('id', 'in', ids),
        (q) => q.orderBy('id').forNoKeyUpdate(),
      )
      .execute();
    if (kk === undefined) {
      const first = stored[0] as { active_k?: number | null } | undefined;
      kk = first ? (first.active_k ?? DEFAULT_WEIGHTING_MODEL.k) : (await activeWeightingModel(trx)).k;
    }
    const members = await trx
      .selectFrom('buying_group_members as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['m.buying_group_id', 'm.person_id', 'm.role_id', 'p.engagement_raw'])
      .where('m.buying_group_id', 'in', ids)
      .where('m.removed', '=', 0)
      .execute();
    const storedById = new Map(stored.map((s) => [s.id, s]));
    const byGroup = new Map<string, { personId: string; roleId: string; raw: number }[]>();
    for (const m of members) {
      let list = byGroup.get(m.buying_group_id);
      if (!list) byGroup.set(m.buying_group_id, (list = []));
      list.push({ personId: m.person_id, roleId: m.role_id, raw: m.engagement_raw });
    }
    const writes: { accountId: string; groupId: string; scores: GroupScores }[] = [];
    for (const g of part) {
      const s = groupScores(model, (byGroup.get(g.groupId) ?? []).sort(byPersonId), kk as number);
      const before = storedById.get(g.groupId);
      if (!before || before.completeness !== s.completeness || before.engagement_raw !== s.raw || before.engagement !== s.engagement) writes.push({ accountId: g.accountId, groupId: g.groupId, scores: s });
      if (before && before.completeness !== s.completeness) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'completeness_changed', from: before.completeness, to: s.completeness } });
      if (before && before.engagement !== s.engagement) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'engagement_changed', from: before.engagement, to: s.engagement } });
    }
    await writeGroupScores(trx, writes, now);
  }
  return events;
}

/** Stores scores: one UPDATE per group for a few, one UPDATE … FROM (VALUES …) per 1,000 otherwise. */
export async function writeGroupScores(trx: Kysely<DB>, writes: readonly { accountId: string; groupId: string; scores: GroupScores }[], now: number): Promise<void> {
  if (writes.length <= 2) {
    for (const w of writes) {
      await rawQuery(trx, 'update buying_groups set completeness = ?, engagement = ?, engagement_raw = ?, updated_at = ? where account_id = ? and id = ?', [
        w.scores.completeness,
        w.scores.engagement,
        w.scores.raw,
        now,
        w.accountId,
        w.groupId,
      ]);
    }
    return;
  }
  const dialect = dialectOf(trx);
  const num = (v: number) => dialect.double(v);
  for (let i = 0; i < writes.length; i += 1000) {
    const values = sql.join(writes.slice(i, i + 1000).map((w) => sql`(${w.accountId}, ${w.groupId}, ${num(w.scores.completeness)}, ${num(w.scores.engagement)}, ${num(w.scores.raw)})`));
    await sql`update buying_groups set completeness = v.column3, engagement = v.column4, engagement_raw = v.column5, updated_at = ${now}
      from (values ${values}) as v
      where buying_groups.account_id = v.column1 and buying_groups.id = v.column2`.execute(trx);
  }
}

export interface GroupScoreRecompute {
  groups: number;
  changed: number;
  events: number;
}

/**
 * Recomputes completeness and engagement of every buying group from its current members, in
 * chunks of groups, and stores what changed with its events. Reads take no locks: a changed score
 * is written only if the stored one is still the one read (compare-and-set), so a group that a
 * concurrent transaction refreshed meanwhile keeps that fresher value (it was computed from newer
 * members), and a recompute that finds nothing to change writes nothing. After generation and
 * maintenance nothing should change: the scores are kept current as members change.
 */
export async function recomputeGroupScores(db: Kysely<DB>, now: number, chunk = 5000): Promise<GroupScoreRecompute> {
  const out: GroupScoreRecompute = { groups: 0, changed: 0, events: 0 };
  const dialect = dialectOf(db);
  const kk = (await activeWeightingModel(db)).k;
  const models = new Map<string, ScoreModel>();
  let after = '';
  for (;;) {
    const groups = await db
      .selectFrom('buying_groups')
      .select(['account_id', 'id', 'template_id', 'completeness', 'engagement', 'engagement_raw'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(chunk)
      .execute();
    const last = groups[groups.length - 1];
    if (!last) break;
    const ids = groups.map((g) => g.id);
    const inIds = dialect.inTextList(ids);
    const { rows: members } = await sql<{ buying_group_id: string; person_id: string; role_id: string; raw: number }>`
      select m.buying_group_id, m.person_id, m.role_id, p.engagement_raw as raw
      from buying_group_members as m inner join people as p on p.id = m.person_id
      where m.buying_group_id ${inIds} and m.removed = 0`.execute(db);
    const byGroup = new Map<string, { personId: string; roleId: string; raw: number }[]>();
    for (const m of members) {
      let list = byGroup.get(m.buying_group_id);
      if (!list) byGroup.set(m.buying_group_id, (list = []));
      list.push({ personId: m.person_id, roleId: m.role_id, raw: Number(m.raw) });
    }
    const changes: { g: (typeof groups)[number]; s: GroupScores }[] = [];
    for (const g of groups) {
      let model = models.get(g.template_id);
      if (!model) models.set(g.template_id, (model = scoreModel((await getRolesTemplate(db, g.template_id)).roles)));
      const s = groupScores(model, (byGroup.get(g.id) ?? []).sort(byPersonId), kk);
      if (s.completeness !== g.completeness || s.raw !== g.engagement_raw || s.engagement !== g.engagement) changes.push({ g, s });
    }
    if (changes.length) {
      await db.transaction().execute(async (trx) => {
        const events: PendingEvent[] = [];
        for (const { g, s } of changes) {
          const updated = await trx
            .updateTable('buying_groups')
            .set({ completeness: s.completeness, engagement: s.engagement, engagement_raw: s.raw, updated_at: now })
            .where('account_id', '=', g.account_id)
            .where('id', '=', g.id)
            .where('completeness', '=', g.completeness)
            .where('engagement', '=', g.engagement)
            .where('engagement_raw', '=', g.engagement_raw)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) continue;
          out.changed++;
          if (g.completeness !== s.completeness) events.push({ accountId: g.account_id, buyingGroupId: g.id, event: { type: 'completeness_changed', from: g.completeness, to: s.completeness } });
          if (g.engagement !== s.engagement) events.push({ accountId: g.account_id, buyingGroupId: g.id, event: { type: 'engagement_changed', from: g.engagement, to: s.engagement } });
        }
        await writeEvents(trx, events, now);
        out.events += events.length;
      });
    }
    out.groups += groups.length;
    after = last.id;
    if (groups.length < chunk) break;
  }
  return out;
}
