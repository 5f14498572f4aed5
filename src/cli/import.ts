/**
 * `quorum import <file> --type …`: prints what the file is (format, encoding, delimiter) and the
 * mapping with the unmapped columns BEFORE anything is written, then progress on stderr, then the
 * counts (stdout) and where the problem report is.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import { customKeyOf } from '../domain/imports/index.ts';
import { IMPORT_TYPES, detectImport, installMaintenance, runImport, type ColumnMapping, type ImportEncoding, type ImportType } from '../engine/index.ts';

export interface ImportCommandOptions {
  type: string;
  mapping?: string;
  dryRun?: boolean;
  encoding?: string;
  keepUnmapped?: boolean;
  report?: string;
  batchSize?: number;
}

function readMapping(file: string): ColumnMapping {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw QuorumError.field('validation_failed', '/mapping', `cannot read the mapping file ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw QuorumError.field('validation_failed', '/mapping', `the mapping file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => v !== null && typeof v !== 'string')) {
    throw QuorumError.field('validation_failed', '/mapping', `the mapping file ${file} must be one JSON object of "column": "field" (or null to ignore the column)`);
  }
  return value as ColumnMapping;
}

const shown = (d: string | undefined) => (d === '\t' ? 'tab' : d === undefined ? '' : `"${d}"`);

export async function importCommand(database: Database, file: string, opts: ImportCommandOptions, out: (line: string) => void, info: (line: string) => void): Promise<boolean> {
  if (!(IMPORT_TYPES as readonly string[]).includes(opts.type)) {
    throw QuorumError.field('validation_failed', '/type', `unknown import type "${opts.type}"; use one of ${IMPORT_TYPES.join(', ')}`);
  }
  const type = opts.type as ImportType;
  const encoding = (opts.encoding ?? 'auto').toLowerCase().replace(/^(latin-?1|iso-8859-1|cp1252)$/, 'windows-1252').replace(/^utf8$/, 'utf-8');
  if (!['auto', 'utf-8', 'windows-1252'].includes(encoding)) throw QuorumError.field('validation_failed', '/encoding', `unknown encoding "${opts.encoding}"; use auto, utf-8 or windows-1252 (latin1)`);
  const mapping = opts.mapping ? readMapping(opts.mapping) : undefined;
  const source = { path: file, encoding: encoding as ImportEncoding };

  const d = await detectImport(database.db, source, type, mapping);
  info(`File: ${file} — ${d.format === 'csv' ? `CSV, delimiter ${shown(d.delimiter)}` : 'JSON Lines'}, encoding ${d.encoding}`);
  info(`Mapping (${type}):`);
  const width = Math.max(...d.columns.map((c) => c.length), 6);
  const keeps = Boolean(opts.keepUnmapped) && (type === 'accounts' || type === 'people');
  for (const c of d.columns) {
    const key = keeps && d.unmapped.includes(c) ? customKeyOf(c) : null;
    info(`  ${c.padEnd(width)}  → ${d.mapping[c] ?? (key ? `custom.${key} (kept)` : '(ignored)')}`);
  }
  if (d.unmapped.length) info(`Unmapped columns: ${d.unmapped.join(', ')}${keeps ? ' (kept as custom attributes)' : ' (ignored; --keep-unmapped keeps them as custom attributes)'}`);
  if (d.mappingErrors.length) throw QuorumError.field('validation_failed', '/mapping', d.mappingErrors.join('; '));
  if (d.missingRequired.length) throw QuorumError.field('validation_failed', '/mapping', `no column is mapped to the required field(s) ${d.missingRequired.join(', ')}; name them in --mapping (fields: ${d.fields.map((f) => f.name).join(', ')})`);

  const report = opts.report ?? path.join(path.dirname(path.resolve(file)), `${path.basename(file).replace(/\.[^.]*$/, '')}.problems.csv`);
  info(opts.dryRun ? 'Dry run: nothing will be written.' : 'Importing…');
  const uninstall = installMaintenance();
  let last = 0;
  try {
    const result = await runImport(database.db, source, {
      type,
      ...(mapping ? { mapping } : {}),
      dryRun: Boolean(opts.dryRun),
      keepUnmapped: Boolean(opts.keepUnmapped),
      problemsPath: report,
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      onProgress: (p) => {
        const now = Date.now();
        if (now - last < 1000 && p.bytesRead < p.bytesTotal) return;
        last = now;
        const pct = p.bytesTotal ? Math.min(100, Math.round((p.bytesRead / p.bytesTotal) * 100)) : 100;
        info(`  ${pct}% — ${p.rowsRead} rows read (${p.counts.inserted} inserted, ${p.counts.updated} updated, ${p.counts.unchanged} unchanged, ${p.counts.rejected} rejected)`);
      },
    });
    const c = result.counts;
    out(`${result.dryRun ? 'Dry run (nothing written)' : 'Imported'} in ${(result.durationMs / 1000).toFixed(1)} s: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected`);
    if (result.problemsTotal) {
      out(`${result.problemsTotal} problem${result.problemsTotal === 1 ? '' : 's'} (row, column, value, reason) in ${report}`);
      for (const p of result.problems.slice(0, 5)) info(`  row ${p.row}${p.column ? `, ${p.column}` : ''}${p.value ? ` (${JSON.stringify(p.value.length > 60 ? `${p.value.slice(0, 60)}…` : p.value)})` : ''}: ${p.reason}`);
      if (result.problemsTotal > 5) info(`  … and ${result.problemsTotal - 5} more`);
    } else {
      fs.rmSync(report, { force: true });
      out('No problems.');
    }
    return c.rejected === 0;
  } finally {
    uninstall();
  }
}
