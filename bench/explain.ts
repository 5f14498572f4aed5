/**
 * `npx tsx bench/explain.ts <cache meta .json> [accounts] [SET …]`: EXPLAIN (ANALYZE, BUFFERS) of
 * the rule assignment of a creation job's batch (`assignmentSql`, the first `accounts` accounts of
 * the audience, 5,000 by default) on PostgreSQL, over the database `bench/profile.ts --keep`
 * leaves (quorum_bench_profile); the optional statement runs first in the same transaction (e.g.
 * `set local work_mem = '64MB'`). A SELECT: nothing is written.
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/store/db.ts';
import { loadPlan } from '../src/engine/generation/plan.ts';
import { assignmentSql } from '../src/engine/generation/assignment-sql.ts';
import fs from 'node:fs';
const meta = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8'));
const n = Number(process.argv[3] ?? 5000);
const database = openDatabase('postgres://postgres@127.0.0.1:5432/quorum_bench_profile');
const plan = await loadPlan(database.db, 'postgres', meta.config.solutionInterestId, { descendantDepth: 0 }, null);
const ids = (await database.db.selectFrom('account_list_members').select('account_id').where('list_id', '=', meta.config.listId).orderBy('account_id').execute()).map((r) => r.account_id);
const q = assignmentSql(plan, ids.slice(0, n), Date.now())!;
const c = q.compile(database.db);
const opts = process.argv[4] ?? '';
await database.db.transaction().execute(async (trx) => {
  if (opts) await sql.raw(opts).execute(trx);
  const t = performance.now();
  const r = await trx.executeQuery({ ...c, sql: `explain (analyze, buffers) ${c.sql}` } as never);
  console.log(`${n} accounts: ${Math.round(performance.now() - t)} ms`);
  for (const row of r.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN']);
});
await database.close();
