/**
 * `quorum export groups|members|gaps` — the API's exports (engine/exports.ts) from the command
 * line, over the database directly: the same filters as GET /buying-groups as flags, CSV or
 * JSON Lines, to stdout or to a file (written beside it first and renamed when complete, so a
 * failed export never leaves a half file under the name asked for).
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS, EXPORT_KINDS, GROUP_EXPORT_COLUMNS, type ExportFormat, type ExportKind } from '../domain/index.ts';
import type { BuyingGroupQuery, Database } from '../store/index.ts';

export interface ExportFlags {
  format: ExportFormat;
  out?: string;
  columns?: string;
  shortRoles?: boolean;
  sort?: string;
  search?: string;
  solutionInterest?: string[];
  solutionInterestId?: string[];
  template?: string[];
  templateId?: string[];
  accountId?: string;
  active?: boolean;
  missingRole?: string[];
  missingRoleId?: string[];
  missingRoleMatch?: 'all' | 'any';
  hasMissingRoles?: boolean;
  completenessMin?: number;
  completenessMax?: number;
  completenessBelow?: number;
  engagementMin?: number;
  engagementMax?: number;
  engagementBelow?: number;
  stage?: string[];
  status?: string[];
  hasStatus?: boolean;
  industry?: string[];
  country?: string[];
  accountCondition?: unknown;
}

const repeat = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function score(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('It must be a number from 0 to 100.');
  return n;
}

function yesNo(value: string): boolean {
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new InvalidArgumentError('It must be true or false.');
}

function json(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new InvalidArgumentError('It must be an account condition as JSON, e.g. {"field":"industry","op":"is","value":"Software"}.');
  }
}

/** The flags of `quorum export`, named after the API's query parameters in kebab case. */
export function exportOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'csv or jsonl (JSON Lines)').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file (default: stdout); says "wrote N rows to FILE" on stderr')
    .option('--columns <list>', `groups only: Browse columns, comma-separated (${GROUP_EXPORT_COLUMNS.join(', ')}; default all)`)
    .option('--short-roles', 'gaps only: also required roles held by fewer members than required')
    .option('--sort <key>', 'name, completeness, engagement, createdAt or updatedAt; prefix - for descending (default name)')
    .option('--search <text>', 'free text in the group name')
    .option('--solution-interest <name>', 'solution interest name (repeatable)', repeat)
    .option('--solution-interest-id <id>', 'solution interest id (repeatable)', repeat)
    .option('--template <name>', 'roles template name (repeatable)', repeat)
    .option('--template-id <id>', 'roles template id (repeatable)', repeat)
    .option('--account-id <id>', 'groups of this account')
    .addOption(new Option('--active <bool>', 'true: active groups only; false: inactive ones').argParser(yesNo))
    .option('--missing-role <name>', 'a required role nobody holds, by name (repeatable: all of them missing)', repeat)
    .option('--missing-role-id <id>', 'as --missing-role, by id (repeatable)', repeat)
    .addOption(new Option('--missing-role-match <match>', 'with several missing roles: all (default) or any').choices(['all', 'any']))
    .addOption(new Option('--has-missing-roles <bool>', 'true: groups with a required role nobody holds; false: groups with none').argParser(yesNo))
    .addOption(new Option('--completeness-min <n>', 'completeness ≥ n').argParser(score))
    .addOption(new Option('--completeness-max <n>', 'completeness ≤ n').argParser(score))
    .addOption(new Option('--completeness-below <n>', 'completeness < n').argParser(score))
    .addOption(new Option('--engagement-min <n>', 'engagement ≥ n').argParser(score))
    .addOption(new Option('--engagement-max <n>', 'engagement ≤ n').argParser(score))
    .addOption(new Option('--engagement-below <n>', 'engagement < n').argParser(score))
    .option('--stage <key>', 'stage key (repeatable)', repeat)
    .option('--status <label>', 'status label (repeatable)', repeat)
    .addOption(new Option('--has-status <bool>', 'true: groups with a status label; false: without').argParser(yesNo))
    .option('--industry <name>', "the account's industry (repeatable)", repeat)
    .option('--country <name>', "the account's country (repeatable)", repeat)
    .addOption(new Option('--account-condition <json>', 'an account condition as JSON').argParser(json));
}

export function queryOf(f: ExportFlags): Omit<BuyingGroupQuery, 'limit' | 'cursor'> {
  return {
    sort: f.sort,
    q: f.search,
    solutionInterest: f.solutionInterest,
    solutionInterestId: f.solutionInterestId,
    template: f.template,
    templateId: f.templateId,
    accountId: f.accountId,
    active: f.active,
    missingRole: f.missingRole,
    missingRoleId: f.missingRoleId,
    missingRoleMatch: f.missingRoleMatch,
    hasMissingRoles: f.hasMissingRoles,
    completenessMin: f.completenessMin,
    completenessMax: f.completenessMax,
    completenessBelow: f.completenessBelow,
    engagementMin: f.engagementMin,
    engagementMax: f.engagementMax,
    engagementBelow: f.engagementBelow,
    stage: f.stage,
    statusLabel: f.status,
    hasStatusLabel: f.hasStatus,
    accountIndustry: f.industry,
    accountCountry: f.country,
    accountCondition: f.accountCondition,
  };
}

export function parseKind(value: string): ExportKind {
  if ((EXPORT_KINDS as readonly string[]).includes(value)) return value as ExportKind;
  throw new InvalidArgumentError(`It must be one of ${EXPORT_KINDS.join(', ')}.`);
}

/** Runs one export; returns the rows written. Bad flags throw (QuorumError) before any output. */
export async function runExport(database: Database, kind: ExportKind, f: ExportFlags, info: (line: string) => void): Promise<number> {
  const columns = f.columns?.split(',').map((c) => c.trim()).filter((c) => c !== '');
  // The engine loads only for this command (the others start faster without it).
  const { openExport } = await import('../engine/index.ts');
  const stream = await openExport(database, { kind, format: f.format, columns, shortRoles: f.shortRoles, query: queryOf(f) }, Date.now());
  const source = Readable.from(stream.chunks, { objectMode: false });
  if (!f.out) {
    try {
      await pipeline(source, process.stdout);
    } catch (err) {
      // `quorum export … | head`: the reader left; that ends the export, it is not a failure.
      if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
    }
    return stream.rows();
  }
  const partial = `${f.out}.partial`;
  try {
    await pipeline(source, fs.createWriteStream(partial));
    fs.renameSync(partial, f.out);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  info(`wrote ${stream.rows()} rows to ${f.out}`);
  return stream.rows();
}
