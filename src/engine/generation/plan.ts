/**
 * Generation plans: what a generation run needs of the configuration (solution interest, Live
 * roles template, personas, entry stage), loaded once per job, and cached per solution interest
 * against a cheap configuration signature for real-time maintenance; with the facts of the plan's
 * rule conditions (walked once, domain/conditions conditionFacts).
 */
import { sql, type Kysely } from 'kysely';
import {
  type DB,
  type Engine,
  getRolesTemplate,
  type TemplateRole,
  getSolutionInterest,
  loadPersonaConditions,
  getStageModel,
} from '../../store/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { conditionFacts, type Condition, type ConditionFacts } from '../../domain/conditions/index.ts';
import { initialStage } from '../../domain/stages/index.ts';

export interface GenerationOptions {
  /** Also consider people of descendant accounts, down to this depth (0 = the account only). */
  descendantDepth: number;
}

/**
 * A compiled rule-assignment statement kept on a cached plan (assignment-sql.ts): the text and
 * parameters, and where the ids go. Declared with the plan that holds them, so that
 * assignment-sql.ts depends on the plan and not the other way round.
 */
export interface CompiledAssignment {
  sql: string;
  parameters: readonly unknown[];
  /** Where the account ids and person ids go in `parameters` (each its own, or all in one array). */
  accountAt: number[];
  accountArrayAt: number;
  personAt: number[];
}

export interface GenerationPlan {
  engine: Engine;
  solutionInterestId: string;
  solutionInterestName: string;
  templateId: string;
  roles: TemplateRole[];
  personas: Map<string, Condition>;
  options: GenerationOptions;
  jobId: string | null;
  /**
   * The stage new groups start in: the entry stage of the solution interest's Live stage model
   * when it has exactly one (domain/stages initialStage); null otherwise or when absent.
   */
  entryStage?: string | null;
  /** Compiled rule-assignment queries, shared by the plans of one cached configuration (see `cachedPlan`). */
  compiled?: Map<string, CompiledAssignment>;
}

export async function loadPlan(db: Kysely<DB>, engine: Engine, solutionInterestId: string, options: GenerationOptions, jobId: string | null): Promise<GenerationPlan> {
  const si = await getSolutionInterest(db, solutionInterestId);
  const template = await getRolesTemplate(db, si.templateId);
  if (template.status !== 'live') {
    throw QuorumError.field('invalid_state', '/solutionInterestId', `the roles template ${template.id} of solution interest ${si.id} is not Live`);
  }
  const stageModel = si.stageModelId ? await getStageModel(db, si.stageModelId) : null;
  return {
    engine,
    solutionInterestId: si.id,
    solutionInterestName: si.name,
    templateId: template.id,
    roles: template.roles,
    personas: await loadPersonaConditions(db),
    options,
    jobId,
    entryStage: stageModel && stageModel.status === 'live' ? initialStage(stageModel) : null,
  };
}

interface CachedPlan {
  signature: string;
  plan: GenerationPlan;
}

/** Plans by engine and solution interest, with the configuration signature they were loaded at. */
const planCache = new Map<string, CachedPlan>();
const PLAN_CACHE_MAX = 100;

/**
 * The configuration a plan depends on, as one cheap value: the number of rows, the sum of the
 * versions and the last update time over the solution interests, roles templates, personas and
 * account lists. Any edit bumps a version (and an update time); creating or deleting a row changes
 * the count. (Account lists are in for callers that cache audience definitions with it.)
 */
export const CONFIG_SIGNATURE_SQL = sql<Record<string, unknown>>`select count(*) as cfg_n, sum(version) as cfg_v, max(updated_at) as cfg_u from (
    select version, updated_at from solution_interests union all select version, updated_at from roles_templates
    union all select version, updated_at from personas union all select version, updated_at from account_lists) as cfg`;

/** The signature from a row holding CONFIG_SIGNATURE_SQL's columns (other columns ignored). */
export function configSignatureOf(row: Record<string, unknown>): string {
  return ['cfg_n', 'cfg_v', 'cfg_u'].map((k) => (row[k] == null ? '' : String(row[k]))).join('|');
}

export async function configSignature(db: Kysely<DB>): Promise<string> {
  const { rows } = await CONFIG_SIGNATURE_SQL.execute(db);
  return configSignatureOf(rows[0] ?? {});
}

/**
 * `loadPlan`, cached per solution interest for real-time maintenance (a single change must not
 * re-read and re-parse the template and personas): the configuration signature (read by the
 * caller with other things, or here) decides whether the cached plan still holds; any change to a
 * solution interest, template or persona reloads it. The cached plan also keeps its compiled
 * rule-assignment statements.
 */
export async function cachedPlan(db: Kysely<DB>, engine: Engine, solutionInterestId: string, options: GenerationOptions, jobId: string | null, signature?: string): Promise<GenerationPlan> {
  const key = `${engine}|${solutionInterestId}`;
  const sig = signature ?? (await configSignature(db));
  const hit = planCache.get(key);
  if (hit && hit.signature === sig) return { ...hit.plan, options, jobId };
  const plan = await loadPlan(db, engine, solutionInterestId, options, jobId);
  if (planCache.size >= PLAN_CACHE_MAX) planCache.clear();
  const compiled = new Map<string, CompiledAssignment>();
  planCache.set(key, { signature: sig, plan: { ...plan, compiled } });
  return { ...plan, compiled };
}

/** What the plan's auto-assigned rule conditions contain (walked once per plan's roles and personas). */
const ruleFactsCache = new WeakMap<TemplateRole[], { personas: Map<string, Condition>; facts: ConditionFacts }>();
export function ruleFacts(plan: Pick<GenerationPlan, 'roles' | 'personas'>): ConditionFacts {
  const hit = ruleFactsCache.get(plan.roles);
  if (hit && hit.personas === plan.personas) return hit.facts;
  const facts = conditionFacts(plan.roles.flatMap((r) => (r.autoAssign && r.condition ? [r.condition] : [])), plan.personas);
  ruleFactsCache.set(plan.roles, { personas: plan.personas, facts });
  return facts;
}
