/**
 * `npx tsx bench/explain-gap.ts <postgres-url>`: EXPLAIN (ANALYZE, BUFFERS) of the gap query's
 * page statement ("Decision Maker missing and completeness < 50", first page by name) over a
 * generated tenant (e.g. the one `bench/profile.ts --keep` leaves), and the time of the whole
 * listBuyingGroups call (the page plus its members' coverage).
 */
import { CompiledQuery } from 'kysely';
import { openDatabase } from '../src/store/db.ts';
import { buyingGroupListQuery, listBuyingGroups } from '../src/store/buying-groups.ts';

const database = openDatabase(process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/quorum_bench_profile');
const query = { missingRoleId: ['rol_decision_maker'], completenessBelow: 50, limit: 50 };
const { qb } = await buyingGroupListQuery(database.db, query as never, Date.now());
const c = qb.compile();
const plan = await database.db.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${c.sql}`, [...c.parameters]));
for (const row of plan.rows) process.stdout.write(`${Object.values(row)[0]}\n`);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await listBuyingGroups(database.db, query as never, Date.now());
  process.stdout.write(`listBuyingGroups: ${(performance.now() - t).toFixed(1)} ms\n`);
}
await database.close();
