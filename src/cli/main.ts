/**
 * The `quorum` command line. Each command is a thin call into store/engine code.
 *
 * Output conventions: a command's result goes to stdout (the token of `token create` is the ONLY
 * thing on its stdout, so `TOKEN=$(quorum token create --role admin)` works); progress and
 * messages go to stderr. Errors print `error: <message>` on stderr and exit with status 1.
 */
import { probability, suggestCommand } from './suggest.ts';
import { fillGapsCommand } from './fill-gaps.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  DEFAULT_DATABASE_URL,
  openDatabase,
  type Database,
  migrate,
  createToken,
  listTokens,
  revokeToken,
  USER_ROLES,
  type TokenInfo,
  type UserRole,
  createUser,
  ensureSignInAdmin,
  findUserByEmail,
  listUsers,
  type User,
  createSignInLink,
  signInUrl,
  type LinkPurpose,
} from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import { existingData, loadDemo } from './demo.ts';
import { DEMO_DEFAULTS } from './demo-data.ts';
import { exportOptions, parseKind, runExport, type ExportFlags } from './export.ts';
import type { ExportKind } from '../domain/index.ts';

/** The HTTP stack (Fastify, Swagger) loads only for the commands that serve: the others start faster. */
const loadServer = () => import('./serve.ts');

const out = (line = '') => process.stdout.write(`${line}\n`);
const info = (line = '') => process.stderr.write(`${line}\n`);

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// ---- argument parsers --------------------------------------------------------------------------

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('It must be a whole number.');
    if (n < min || n > max) throw new InvalidArgumentError(`It must be between ${min} and ${max}.`);
    return n;
  };
}
const parsePort = integer(0, 65_535);

// ---- errors ------------------------------------------------------------------------------------

/**
 * Whether an error says something was not found. "Not there" often means "wrong database" (the
 * default one instead of the one meant), so such errors name the database they looked in.
 */
function aboutMissing(err: QuorumError): boolean {
  return err.code === 'not_found' || [err.message, ...err.errors.map((e) => e.message)].some((m) => m.includes('does not exist'));
}

/** A one-line, user-facing description of any error; `database` is the one the command opened, if any. */
export function describeError(err: unknown, database?: string | null): string {
  if (err instanceof QuorumError) {
    const details = err.errors.filter((e) => e.message !== err.message).map((e) => `\n  ${e.field}: ${e.message}`);
    return err.message + (database && aboutMissing(err) ? ` (in database ${database})` : '') + details.join('');
  }
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || (err instanceof AggregateError && err.errors.some((e) => (e as NodeJS.ErrnoException).code === 'ECONNREFUSED'))) {
      return 'cannot connect to the database server (connection refused); is PostgreSQL running, and is DATABASE_URL right?';
    }
    if (code === '3D000') return `${err.message} (create it first, e.g. createdb, or fix DATABASE_URL)`;
    if (code === 'SQLITE_CANTOPEN') return `cannot open the SQLite database file (${err.message}); check the path in DATABASE_URL`;
    return err.message || String(code ?? err.name);
  }
  return String(err);
}

// ---- helpers -----------------------------------------------------------------------------------

interface GlobalOptions {
  databaseUrl: string;
}

function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

/** The database the running command opened (password redacted), for error messages. */
let openedDatabase: string | null = null;

/**
 * Opens the command's database. When neither --database-url nor DATABASE_URL chose it, says so
 * once on stderr: a silently created data/quorum.db in whatever directory the command ran in is
 * the classic "where did my data go".
 */
function openFor(cmd: Command): Database {
  const url = globals(cmd).databaseUrl;
  if (cmd.getOptionValueSourceWithGlobals('databaseUrl') === 'default') {
    const file = path.resolve(url.slice('sqlite:'.length));
    info(`Using the default database ${url} (${file}); set DATABASE_URL or --database-url to use another.`);
  }
  const database = openDatabase(url);
  openedDatabase = safeUrl(database.url);
  return database;
}

/** Opens the database, runs `fn`, always closes. */
async function withDatabase<T>(cmd: Command, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openFor(cmd);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** `withDatabase` on a database brought to the current schema first (what almost every command needs). */
async function withMigrated<T>(cmd: Command, fn: (database: Database) => Promise<T>): Promise<T> {
  return withDatabase(cmd, async (database) => {
    await migrate(database);
    return fn(database);
  });
}

/** Redacts the password of a postgres:// URL for display. */
function safeUrl(url: string): string {
  try {
    if (!url.startsWith('postgres')) return url;
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

const shortTime = (iso: string | null) => (iso ? `${iso.slice(0, 19).replace('T', ' ')}Z` : '-');

function tokenRows(tokens: TokenInfo[]): string[][] {
  return tokens.map((t) => [t.id, t.name ?? '-', t.userName, t.role, shortTime(t.createdAt), shortTime(t.lastUsedAt), shortTime(t.revokedAt)]);
}

function userRows(users: User[]): string[][] {
  const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString());
  return users.map((u) => [u.id, u.email ?? '-', u.name, u.role, u.active ? 'yes' : 'no', shortTime(iso(u.lastSignInAt))]);
}

/** Where links printed by the CLI point: QUORUM_PUBLIC_URL, else the local server on PORT (3000). */
function defaultBaseUrl(): string {
  return process.env.QUORUM_PUBLIC_URL || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // `echo pw | …` and here-strings add one newline; it is not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function linkFor(database: Database, userId: string, purpose: LinkPurpose, baseUrl: string): Promise<string> {
  const link = await createSignInLink(database.db, userId, purpose, Date.now());
  return signInUrl(baseUrl, link.token);
}

async function migrateAndReport(database: Database, report: (line: string) => void): Promise<void> {
  const { applied } = await migrate(database);
  if (applied.length === 0) report('Database schema is up to date.');
  for (const name of applied) report(`Applied migration ${name}`);
}

// ---- program -----------------------------------------------------------------------------------

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('quorum')
    .description('Quorum: an open-source, self-hosted engine for B2B buying groups.')
    .version(version(), '-v, --version')
    .addOption(
      new Option('--database-url <url>', 'database: sqlite:PATH or postgres://user@host:port/db').env('DATABASE_URL').default(DEFAULT_DATABASE_URL),
    )
    .addHelpText(
      'after',
      `
Database:
  Every command works on one database, chosen by --database-url, else the DATABASE_URL
  environment variable, else ${DEFAULT_DATABASE_URL} (a SQLite file under the current directory,
  created on first use; commands say so on stderr when they use this default).
    sqlite:PATH                              e.g. sqlite:/var/lib/quorum/quorum.db
    postgres://user:password@host:port/db    PostgreSQL

Logging (serve, start):
  JSON lines (pino) on stderr; LOG_LEVEL=fatal|error|warn|info|debug|trace|silent (default info).
  Every 5xx is logged at error with its request id; debug adds one line per request.`,
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true });

  const portOption = () => new Option('-p, --port <port>', 'TCP port (0 picks a free one)').env('PORT').default(3000).argParser(parsePort);
  const hostOption = () => new Option('--host <host>', 'interface to listen on (0.0.0.0 for all)').env('HOST').default('127.0.0.1');

  program
    .command('serve')
    .description('apply pending migrations, then serve the HTTP API (Ctrl+C stops it)')
    .addOption(portOption())
    .addOption(hostOption())
    .action(async (opts: { port: number; host: string }, cmd: Command) => {
      const database = openFor(cmd);
      try {
        await migrateAndReport(database, info);
        const { startServer, closeOnSignals } = await loadServer();
        const server = await startServer(database, opts);
        closeOnSignals(server, database, info);
        out(`Quorum is running at ${server.url} (database: ${safeUrl(database.url)})`);
        out(`API docs: ${server.docsUrl}`);
        out(`OpenAPI:  ${server.openApiUrl}`);
      } catch (err) {
        await database.close();
        throw err;
      }
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async (_opts: unknown, cmd: Command) => {
      await withDatabase(cmd, (database) => migrateAndReport(database, out));
    });

  const token = program.command('token').description('manage API tokens');
  token
    .command('create')
    .description('create an API token; prints the token alone on stdout (it is shown only once)')
    .addOption(new Option('-r, --role <role>', 'what the token may do').choices(USER_ROLES).makeOptionMandatory())
    .option('-n, --name <name>', 'a label to recognise the token by, e.g. "CI" or "Jane\'s laptop"')
    .action(async (opts: { role: UserRole; name?: string }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { token: secret, info: created } = await createToken(database.db, { role: opts.role, name: opts.name ?? null });
        out(secret);
        info(`Created ${created.role} token ${created.id}${created.name ? ` "${created.name}"` : ''} for user "${created.userName}". Store it now: it cannot be shown again.`);
      });
    });
  token
    .command('list')
    .description('list API tokens (never their secrets)')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const tokens = await listTokens(database.db);
        if (opts.json) out(JSON.stringify(tokens, null, 2));
        else if (tokens.length === 0) info('No tokens yet; create one with `quorum token create --role admin`.');
        else out(table(['ID', 'NAME', 'USER', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED'], tokenRows(tokens)));
      });
    });
  token
    .command('revoke')
    .description('revoke an API token by id (tok_…); it stops working at once')
    .argument('<id>', 'token id, as shown by `quorum token list`')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        await revokeToken(database.db, id.trim());
        out(`Revoked token ${id.trim()}`);
      });
    });

  const user = program.command('user').description('manage the people who sign in to the web app');
  const baseUrlOption = () => new Option('--base-url <url>', 'where printed sign-in links point (default: QUORUM_PUBLIC_URL, else http://127.0.0.1:$PORT)');
  user
    .command('create')
    .description('create a user; without a password prints a one-time sign-in link (valid 7 days) alone on stdout')
    .requiredOption('-e, --email <email>', 'the email they sign in with')
    .addOption(new Option('-r, --role <role>', 'what they may do').choices(USER_ROLES).makeOptionMandatory())
    .option('-n, --name <name>', 'display name (default: the part of the email before @)')
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .addOption(baseUrlOption())
    .action(async (opts: { email: string; role: UserRole; name?: string; passwordStdin?: boolean; baseUrl?: string }, cmd: Command) => {
      const password = opts.passwordStdin ? await readStdin() : null;
      await withMigrated(cmd, async (database) => {
        const created = await createUser(database.db, { userId: null }, { email: opts.email, name: opts.name ?? null, role: opts.role, password }, Date.now());
        if (password != null) {
          out(created.id);
          info(`Created ${created.role} user ${created.id} <${created.email}>; they sign in with their email and password.`);
        } else {
          out(await linkFor(database, created.id, 'invite', opts.baseUrl ?? defaultBaseUrl()));
          info(`Created ${created.role} user ${created.id} <${created.email}>. Send them the link above: it signs them in once, within 7 days; they then set a password.`);
        }
      });
    });
  user
    .command('list')
    .description('list users (people and programmatic token users)')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const users = await listUsers(database.db);
        if (opts.json) out(JSON.stringify(users, null, 2));
        else if (users.length === 0) info('No users yet; create one with `quorum user create --email … --role admin`.');
        else out(table(['ID', 'EMAIL', 'NAME', 'ROLE', 'ACTIVE', 'LAST SIGN-IN'], userRows(users)));
      });
    });
  user
    .command('link')
    .description('print a fresh one-time sign-in link (valid 15 minutes) for an existing user, alone on stdout')
    .requiredOption('-e, --email <email>', 'the user’s email')
    .addOption(baseUrlOption())
    .action(async (opts: { email: string; baseUrl?: string }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const row = await findUserByEmail(database.db, opts.email);
        if (!row) throw QuorumError.field('not_found', '/email', `no user has the email ${opts.email.trim()} (see \`quorum user list\`)`);
        if (!row.active) throw QuorumError.field('invalid_state', '/email', `${row.email} is deactivated; an admin can reactivate them in the Users page`);
        out(await linkFor(database, row.id, 'sign_in', opts.baseUrl ?? defaultBaseUrl()));
        info(`The link signs ${row.email} in once, within 15 minutes.`);
      });
    });

  program
    .command('demo')
    .description('load the demo data set (accounts, people, activities, templates, lists) into an empty database')
    .addOption(new Option('--seed <n>', 'random seed: the same seed gives the same data').default(DEMO_DEFAULTS.seed).argParser(integer(0, 2 ** 32 - 1)))
    .addOption(new Option('--accounts <n>', 'number of accounts').default(DEMO_DEFAULTS.accounts).argParser(integer(1, 100_000)))
    .addOption(new Option('--people <n>', 'number of people').default(DEMO_DEFAULTS.people).argParser(integer(1, 1_000_000)))
    .action(async (opts: { seed: number; accounts: number; people: number }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const summary = await loadDemo(database, { ...opts, log: info });
        out(`Loaded the demo data set into ${safeUrl(database.url)} in ${(summary.ms / 1000).toFixed(1)} s:`);
        out(`  ${summary.accounts} accounts, ${summary.people} people, ${summary.relations} relations, ${summary.activities} activities`);
        for (const line of summary.configuration) out(`  ${line}`);
      });
    });

  suggestCommand(program, withDatabase, migrate, out, info);
  fillGapsCommand(program, withDatabase, migrate, out, info);

  program
    .command('generate')
    .description('generate buying groups for a solution interest over an audience (a creation job, run here with a progress bar)')
    .requiredOption('--solution-interest <id>', 'solution interest id (si_…)')
    .requiredOption('--audience <id>', 'account list id (lst_…)')
    .addOption(new Option('--depth <n>', "also consider people of descendant accounts down to this depth (default: the solution interest's stored scope, else 0)").argParser(integer(0, 10)))
    .option('--update-scope', "change the solution interest's stored scope to --depth (all its groups are reconciled)")
    .option('--suggest-where-rules-find-none', "after the rules, store pending suggestions from the solution interest's trained model for roles left without a member (quorum suggest train first)")
    .option('--from-suggestions', "generate by the trained model alone: a group only where it proposes someone, holding its pending suggestions (no rules; not followed; quorum suggest train first)")
    .addOption(new Option('--suggestion-threshold <p>', 'the probability a suggestion needs, between 0 and 1 (default 0.6)').argParser(probability))
    .action(async (opts: { solutionInterest: string; audience: string; depth?: number; updateScope?: boolean; suggestWhereRulesFindNone?: boolean; fromSuggestions?: boolean; suggestionThreshold?: number }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { generate } = await import('./generate.ts');
        const options = {
          descendantDepth: opts.depth,
          updateScope: opts.updateScope ?? false,
          suggestWhereRulesFindNone: opts.suggestWhereRulesFindNone ?? false,
          method: opts.fromSuggestions ? ('suggestions' as const) : ('rules' as const),
          suggestionThreshold: opts.suggestionThreshold,
        };
        const job = await generate(database, { solutionInterestId: opts.solutionInterest.trim(), audienceId: opts.audience.trim(), options }, info);
        out(JSON.stringify({ id: job.id, status: job.status, progress: job.progress, counts: { ...job.counts, cursor: undefined }, error: job.error }, null, 2));
        if (job.status !== 'succeeded') process.exitCode = 1;
      });
    });

  exportOptions(
    program
      .command('export')
      .description('export buying groups, their members or the gap list (one row per group × missing required role) as CSV or JSON Lines, with the filters of GET /buying-groups')
      .argument('<what>', 'groups, members or gaps', parseKind),
  ).action(async (what: ExportKind, opts: ExportFlags, cmd: Command) => {
    await withMigrated(cmd, async (database) => {
      await runExport(database, what, opts, info);
    });
  });

  program
    .command('import <file>')
    .description('import accounts, people, relations, activities or buying group members from a CSV or JSON Lines file (see README)')
    .requiredOption('--type <type>', 'accounts, people, relations, activities or members')
    .option('--mapping <file>', 'a JSON file of "column": "field" (null ignores a column); wins over the recognised headers')
    .option('--dry-run', 'report exactly what would change; write nothing')
    .option('--encoding <encoding>', 'auto (default: UTF-8 unless the file is not valid UTF-8, then Windows-1252), utf-8 or windows-1252/latin1')
    .option('--keep-unmapped', 'keep unmapped columns as custom attributes (accounts, people)')
    .option('--report <file>', 'where to write the problems as CSV (default: <file>.problems.csv beside the file)')
    .addOption(new Option('--batch-size <n>', 'rows per transaction').argParser(integer(1, 100_000)))
    .action(async (file: string, opts: import('./import.ts').ImportCommandOptions, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { importCommand } = await import('./import.ts');
        if (!(await importCommand(database, file, opts, out, info))) process.exitCode = 2;
      });
    });

  program
    .command('worker')
    .description('run queued creation jobs until stopped (several workers may share a PostgreSQL database)')
    .action(async (_opts: unknown, cmd: Command) => {
      const database = openFor(cmd);
      await migrate(database);
      const { runWorker } = await import('./generate.ts');
      await runWorker(database, info);
    });

  const journeys = program.command('journeys').description('account journeys (see README, "Journeys"); a running server runs them too unless QUORUM_JOURNEYS=off');
  journeys
    .command('worker')
    .description('run the journey runtime until stopped: admissions, waits, listen steps, actions (several may share a PostgreSQL database)')
    .option('--once', 'run one round of everything due now, print what it did and exit')
    .action(async (opts: { once?: boolean }, cmd: Command) => {
      const database = openFor(cmd);
      await migrate(database);
      const { runJourneysWorker } = await import('./journeys.ts');
      await runJourneysWorker(database, opts, out, info);
    });

  const webhooks = program.command('webhooks').description('webhook subscriptions (see README, "Webhooks"); a running server delivers');
  webhooks
    .command('list')
    .description('list webhook subscriptions (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { listWebhooksCommand } = await import('./webhooks.ts');
        await listWebhooksCommand(database, opts.json ?? false, out);
      });
    });
  webhooks
    .command('create')
    .description('subscribe a URL; prints the signing secret alone on stdout (shown only once; needs QUORUM_SECRET_KEY)')
    .requiredOption('--url <url>', 'where events are POSTed')
    .requiredOption('--events <types>', 'comma-separated event types (buying_group.member_added,…) or all')
    .option('--solution-interest <id>', "only this solution interest's buying groups")
    .option('--description <text>', 'a label')
    .action(async (opts: { url: string; events: string; solutionInterest?: string; description?: string }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { createWebhookCommand } = await import('./webhooks.ts');
        await createWebhookCommand(database, opts, out, info);
      });
    });
  webhooks
    .command('replay <id>')
    .description('queue finished deliveries of a subscription again: one (--delivery) or a range (--status, --from, --to)')
    .option('--delivery <id>', 'one delivery (msg_…)')
    .option('--status <list>', 'dead (default), succeeded, or dead,succeeded')
    .option('--from <time>', 'deliveries created at or after (ISO 8601)')
    .option('--to <time>', 'deliveries created at or before (ISO 8601)')
    .action(async (id: string, opts: { delivery?: string; status?: string; from?: string; to?: string }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { replayCommand } = await import('./webhooks.ts');
        await replayCommand(database, id.trim(), opts, out);
      });
    });

  const destinations = program.command('destinations').description('LinkedIn destinations (ad accounts); connect them over the API (POST /destinations/{id}/connect)');
  destinations
    .command('list')
    .description('list destinations and their connection state (never their tokens)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { listDestinationsCommand } = await import('./destinations.ts');
        await listDestinationsCommand(database, opts.json ?? false, out);
      });
    });
  destinations
    .command('create')
    .description('create a LinkedIn destination; prints its id')
    .requiredOption('--name <name>', 'a label')
    .requiredOption('--ad-account <id>', 'the numeric LinkedIn ad account id')
    .action(async (opts: { name: string; adAccount: string }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { createDestinationCommand } = await import('./destinations.ts');
        await createDestinationCommand(database, opts, out);
      });
    });
  const activations = program.command('activations').description('LinkedIn activations of buying-group filters (create them over the API: POST /activations)');
  activations
    .command('list')
    .description('list activations with their lists’ LinkedIn status and size')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { listActivationsCommand } = await import('./destinations.ts');
        await listActivationsCommand(database, opts.json ?? false, out);
      });
    });
  activations
    .command('sync <id>')
    .description('sync an activation to LinkedIn now (needs QUORUM_LINKEDIN_* and QUORUM_SECRET_KEY); exit 1 when the run failed')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { syncActivationCommand } = await import('./destinations.ts');
        process.exitCode = await syncActivationCommand(database, id.trim(), out);
      });
    });

  const people = program.command('people').description('people');
  people
    .command('rederive')
    .description("recompute everyone's derived seniority, functions, specialties and title confidence with the title classifier as it is now (after an upgrade); explicit values stay")
    .addOption(new Option('--batch <n>', 'people per batch (default 5000)').argParser(integer(1, 100_000)))
    .action(async (opts: { batch?: number }, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { rederivePeople, REDERIVE_BATCH } = await import('../store/index.ts');
        const { installMaintenance } = await import('../engine/index.ts');
        const batch = opts.batch ?? REDERIVE_BATCH;
        const started = Date.now();
        // Each batch's changed people go through maintenance in the batch's transaction (as an
        // import's rows do), so buying groups and scores follow the new derived values.
        const uninstall = installMaintenance();
        try {
          const p = await rederivePeople(database.db, { batchSize: batch, announce: { now: Date.now() }, onProgress: (x) => info(`  ${x.people} people read, ${x.changed} changed`) });
          out(`Rederived ${p.people} people in ${((Date.now() - started) / 1000).toFixed(2)} s: ${p.changed} changed.`);
          if (p.changed > 0) out('Buying groups of the changed people were brought up to date (membership and scores).');
        } finally {
          uninstall();
        }
      });
    });

  const scores = program.command('scores').description('engagement scores (SPEC §5)');
  scores
    .command('recompute')
    .description("recompute every person's and buying group's engagement now (window decay, active weighting model)")
    .action(async (_opts: unknown, cmd: Command) => {
      await withMigrated(cmd, async (database) => {
        const { recomputeEngagement } = await import('../engine/index.ts');
        const c = await recomputeEngagement(database.db, database.engine, Date.now());
        out(`Recomputed engagement in ${(c.ms / 1000).toFixed(2)} s:`);
        out(`  ${c.people} people (${c.peopleChanged} changed), ${c.groups} buying groups (${c.groupsChanged} changed), ${c.events} events written`);
      });
    });

  program
    .command('start')
    .description('the quick start: migrate, load the demo data into an empty database, create an admin token, serve')
    .addOption(portOption())
    .addOption(hostOption())
    .action(async (opts: { port: number; host: string }, cmd: Command) => {
      const database = openFor(cmd);
      try {
        await migrateAndReport(database, info);
        const existing = await existingData(database.db);
        if (existing.accounts === 0 && existing.people === 0) {
          info('The database is empty: loading the demo data set…');
          const summary = await loadDemo(database, { log: info });
          info(`Demo data loaded in ${(summary.ms / 1000).toFixed(1)} s.`);
        } else {
          info(`The database has ${existing.accounts} accounts and ${existing.people} people; not loading demo data.`);
        }
        const { token: secret } = await createToken(database.db, { role: 'admin', name: 'quorum start' });
        const admin = await ensureSignInAdmin(database.db, Date.now());
        const { startServer, closeOnSignals } = await loadServer();
        const server = await startServer(database, { ...opts, devSecretKey: true });
        closeOnSignals(server, database, info);
        // A newcomer is inside the web app with one click: the link signs the admin in once.
        const signIn = admin ? await linkFor(database, admin.id, 'sign_in', process.env.QUORUM_PUBLIC_URL || server.url) : null;
        out('');
        out(`  Quorum is running at ${server.url}`);
        out(`  API docs:    ${server.docsUrl}`);
        out(`  Admin token: ${secret}`);
        if (signIn && admin) {
          out(`  Sign in:     ${signIn}`);
          out(`               (signs in ${admin.email} once, within 15 minutes; \`quorum user link --email ${admin.email}\` prints a new link)`);
        }
        else out(`  Sign in:     no active admin user has an email; create one with \`quorum user create --email … --role admin\``);
        out('');
        out(`  Try: curl -H "Authorization: Bearer ${secret}" "${server.url}/api/v1/accounts?limit=5"`);
        out(`  Database: ${safeUrl(database.url)} (${database.engine}). Stop with Ctrl+C.`);
        out('');
      } catch (err) {
        await database.close();
        throw err;
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    info(`error: ${describeError(err, openedDatabase)}`);
    if (process.env.QUORUM_DEBUG && err instanceof Error && err.stack) info(err.stack);
    process.exitCode = 1;
  }
}

await main(process.argv);
