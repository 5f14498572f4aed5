/**
 * One import: detect (format, encoding, delimiter, mapping), stream the rows, validate each with
 * the pure rules (domain/imports/), write in batches of `batchSize` rows — one transaction per
 * batch, its changes announced once so that maintenance runs per batch — and count every row
 * inserted, updated, unchanged or rejected. A bad row is a problem of that row only.
 *
 * Duplicate keys inside a batch: the last row wins; the earlier one is not applied (unchanged,
 * with a problem naming the row that superseded it), so a second run of the same file finds
 * every row unchanged. Duplicates farther apart than a batch are applied in file order.
 *
 * A dry run does the same work in one transaction that is rolled back at the end: the counts are
 * exactly what a run would do (rows that depend on earlier rows of the file included), nothing
 * stays written, and maintenance is not run.
 */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR, dialectOf, insertActivities, linkParents, upsertAccounts, upsertPeople, upsertRelations, type AccountBatchOutcome, type BatchOutcome, type BatchRow, type DB } from '../../store/index.ts';
import { QuorumError, normText, systemClock } from '../../domain/index.ts';
import {
  CUSTOM_TYPES,
  ROW_READERS,
  fieldInfos,
  resolveMapping,
  zeroCounts,
  type AccountImportRow,
  type AccountRef,
  type ActivityImportRow,
  type ImportRow,
  type MemberImportRow,
  type PersonImportRow,
  type RelationImportRow,
  type RowProblem,
} from '../../domain/imports/index.ts';
import { openRows, sniff } from './reader.ts';
import { importMembers } from './members.ts';
import { PROBLEM_CSV_HEADER, problemLine } from './report.ts';
import { MAX_PROBLEMS_KEPT, type ColumnMapping, type DetectedImport, type ImportOptions, type ImportProgress, type ImportResult, type ImportSource, type ImportType } from './types.ts';

const SAMPLE_ROWS = 5;
/** Rows written by a run past which the planner statistics of the tables it wrote are refreshed. */
const REFRESH_STATISTICS_AFTER = 10_000;

/**
 * The tables a run of each type writes, directly or through maintenance (groups and members).
 * A large import into a young database leaves PostgreSQL with no statistics until autovacuum
 * comes round (a minute or more on a busy server); the list and export queries planned without
 * them ran nested loops over whole tables (a gap-list export of 50,000 groups: 290 s for its
 * first page, 85 ms once analysed). So the run re-samples them itself.
 */
const TABLES_WRITTEN: Record<ImportType, readonly (keyof DB & string)[]> = {
  accounts: ['accounts', 'buying_groups'],
  people: ['people', 'account_people', 'buying_group_members', 'buying_groups'],
  relations: ['account_people', 'buying_group_members', 'buying_groups'],
  activities: ['activities', 'people', 'buying_groups'],
  members: ['buying_group_members', 'buying_groups'],
};
export const DEFAULT_IMPORT_BATCH = 10_000;

function sampleText(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = v == null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

/** Reads the first rows only: what the file is and how its columns will be read. */
export async function detectImport(_db: Kysely<DB>, source: ImportSource, type: ImportType, mapping?: ColumnMapping): Promise<DetectedImport> {
  if (!ROW_READERS[type]) throw QuorumError.field('validation_failed', '/type', `unknown import type "${String(type)}" (accounts, people, relations, activities or members)`);
  const sniffed = await sniff(source);
  const stream = await openRows(source, sniffed);
  const sample: Record<string, string>[] = [];
  try {
    for await (const item of stream.items) {
      if ('raw' in item) sample.push(sampleText(item.raw));
      if (sample.length >= SAMPLE_ROWS) break;
    }
  } finally {
    await stream.items.return(undefined);
    stream.close();
  }
  const resolved = resolveMapping(type, stream.columns, mapping);
  return {
    format: sniffed.format,
    ...(sniffed.delimiter !== undefined ? { delimiter: sniffed.delimiter } : {}),
    encoding: sniffed.encoding,
    columns: stream.columns,
    mapping: resolved.mapping,
    unmapped: resolved.unmapped,
    fields: fieldInfos(type),
    missingRequired: resolved.missingRequired,
    mappingErrors: resolved.errors,
    sample,
  };
}

/** The key two rows of one batch must not share (the later one wins). */
function keyOf(type: ImportType, v: ImportRow): string | null {
  const ref = (a: AccountRef | null) => (a ? `${a.externalIds.map(normText).join(';')}|${normText(a.domain ?? '')}|${normText(a.name ?? '')}` : '');
  switch (type) {
    case 'people':
      return `p:${normText((v as PersonImportRow).email)}`;
    case 'accounts': {
      const a = v as AccountImportRow;
      return a.externalId ? `e:${normText(a.externalId)}` : a.domain ? `d:${normText(a.domain)}` : `n:${normText(a.name)}`;
    }
    case 'relations': {
      const r = v as RelationImportRow;
      return `${normText(r.personEmail ?? '')}|${normText(r.personExternalId ?? '')}|${ref(r.account)}`;
    }
    case 'members': {
      const m = v as MemberImportRow;
      return `${normText(m.solutionInterest)}|${ref(m.account)}|${normText(m.personEmail)}`;
    }
    case 'activities':
      return null;
  }
}

class DryRunDone extends Error {}

/** The column a field comes from (for problem reports), or the field's name. */
function columnFor(mapping: ColumnMapping, ...fields: string[]): string {
  for (const f of fields) {
    const c = Object.keys(mapping).find((k) => mapping[k] === f);
    if (c) return c;
  }
  return fields[0] ?? '';
}

export async function runImport(db: Kysely<DB>, source: ImportSource, opts: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const clock = opts.clock ?? systemClock;
  const actor = opts.actor ?? SYSTEM_ACTOR;
  const type = opts.type;
  const detected = await detectImport(db, source, type, opts.mapping);
  if (detected.mappingErrors.length) throw QuorumError.field('validation_failed', '/mapping', detected.mappingErrors.join('; '));
  if (detected.missingRequired.length) {
    throw QuorumError.field('validation_failed', '/mapping', `no column is mapped to the required field${detected.missingRequired.length > 1 ? 's' : ''} ${detected.missingRequired.join(', ')} (columns: ${detected.columns.join(', ')}); name them in a mapping`);
  }
  const mapping = detected.mapping;
  const keepUnmapped = Boolean(opts.keepUnmapped) && CUSTOM_TYPES.has(type);
  const readRow = ROW_READERS[type];
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_IMPORT_BATCH);
  const dryRun = Boolean(opts.dryRun);
  const counts = zeroCounts();
  const problems: RowProblem[] = [];
  let problemsTotal = 0;
  const report = opts.problemsPath ? fs.createWriteStream(opts.problemsPath) : null;
  report?.write(PROBLEM_CSV_HEADER);
  const addProblems = (ps: readonly RowProblem[]) => {
    for (const p of ps) {
      problemsTotal++;
      if (problems.length < MAX_PROBLEMS_KEPT) problems.push(p);
      report?.write(problemLine(p));
    }
  };
  const cols = {
    account: columnFor(mapping, 'accountExternalId', 'accountDomain', 'accountName'),
    parent: columnFor(mapping, 'parentExternalId', 'parentDomain', 'parentName'),
    person: columnFor(mapping, 'personEmail', 'personExternalId'),
    personEmail: columnFor(mapping, 'personEmail'),
    type: columnFor(mapping, 'type'),
    occurredAt: columnFor(mapping, 'occurredAt'),
    solutionInterest: columnFor(mapping, 'solutionInterest'),
    role: columnFor(mapping, 'role'),
    stage: columnFor(mapping, 'stage'),
    status: columnFor(mapping, 'status'),
  };
  const pendingParents: AccountBatchOutcome['pendingParents'] = [];

  const writeBatch = async (trx: Kysely<DB>, rows: BatchRow<ImportRow>[]): Promise<BatchOutcome> => {
    const batchOpts = { actor, now: clock.now(), announce: !dryRun };
    switch (type) {
      case 'accounts': {
        const out = await upsertAccounts(trx, rows as BatchRow<AccountImportRow>[], cols.parent, batchOpts);
        pendingParents.push(...out.pendingParents);
        return out;
      }
      case 'people':
        return upsertPeople(trx, rows as BatchRow<PersonImportRow>[], cols.account, batchOpts);
      case 'relations':
        return upsertRelations(trx, rows as BatchRow<RelationImportRow>[], { person: cols.person, account: cols.account }, batchOpts);
      case 'activities':
        return insertActivities(trx, rows as BatchRow<ActivityImportRow>[], { person: cols.person, type: cols.type, occurredAt: cols.occurredAt, account: cols.account }, batchOpts);
      case 'members':
        return importMembers(trx, rows as BatchRow<MemberImportRow>[], cols, batchOpts);
    }
  };

  const work = async (inDry: Kysely<DB> | null): Promise<void> => {
    const inTrx = <T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> => (inDry ? fn(inDry) : db.transaction().execute(fn));
    const sniffed = await sniff(source);
    const stream = await openRows(source, sniffed);
    let rowsRead = 0;
    let batch: BatchRow<ImportRow>[] = [];
    let keys = new Map<string, number>();
    const progress = (): ImportProgress => ({ rowsRead, bytesRead: stream.bytesRead(), bytesTotal: sniffed.bytesTotal, counts: { ...counts } });
    const flush = async () => {
      const rows = batch.filter((r) => r !== undefined);
      batch = [];
      keys = new Map();
      if (rows.length === 0) return;
      const out = await inTrx((trx) => writeBatch(trx, rows));
      for (const o of out.outcomes) counts[o]++;
      addProblems(out.problems.sort((a, b) => a.row - b.row));
      opts.onProgress?.(progress());
    };
    try {
      for await (const item of stream.items) {
        if (opts.signal?.aborted) throw new QuorumError('validation_failed', 'the import was cancelled; the batches written before stay written');
        rowsRead++;
        if ('error' in item) {
          counts.rejected++;
          addProblems([{ row: item.row, column: null, value: null, reason: item.error }]);
          continue;
        }
        const outcome = readRow(item.raw, { row: item.row, mapping, keepUnmapped });
        if (!outcome.ok) {
          counts.rejected++;
          addProblems(outcome.problems);
          continue;
        }
        const key = keyOf(type, outcome.value);
        if (key !== null) {
          const earlier = keys.get(key);
          if (earlier !== undefined) {
            const e = batch[earlier] as BatchRow<ImportRow>;
            counts.unchanged++;
            addProblems([{ row: e.row, column: null, value: null, reason: `superseded by row ${item.row} with the same key (the last row wins); this row was not applied` }]);
            batch[earlier] = undefined as unknown as BatchRow<ImportRow>;
          }
          keys.set(key, batch.length);
        }
        batch.push({ row: item.row, value: outcome.value });
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      if (type === 'accounts' && pendingParents.length) {
        const linked = await inTrx((trx) => linkParents(trx, pendingParents, { actor, now: clock.now(), announce: !dryRun }));
        counts.unchanged -= linked.updatedRows.length;
        counts.updated += linked.updatedRows.length;
        addProblems(linked.problems.sort((a, b) => a.row - b.row));
      }
      opts.onProgress?.(progress());
    } finally {
      await stream.items.return(undefined);
      stream.close();
    }
  };

  try {
    if (dryRun) {
      try {
        await db.transaction().execute(async (trx) => {
          await work(trx);
          throw new DryRunDone();
        });
      } catch (e) {
        if (!(e instanceof DryRunDone)) throw e;
      }
    } else {
      await work(null);
      if (counts.inserted + counts.updated >= REFRESH_STATISTICS_AFTER) {
        // Statistics only help the planner: a failure here must not fail an import whose rows are written.
        for (const table of TABLES_WRITTEN[type]) await dialectOf(db).refreshStatistics(db, table).catch(() => undefined);
      }
    }
  } finally {
    if (report) await new Promise<void>((resolve, reject) => report.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  return { counts, problems, problemsTotal, dryRun, durationMs: Date.now() - started, detected };
}
