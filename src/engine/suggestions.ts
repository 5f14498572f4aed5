/**
 * Learned member suggestions (issue 10), the engine side: a suggestions job trains a solution
 * interest's model (domain/suggestions over the store's keyset pages of groups and their people;
 * on SQLite the runner runs it in a worker thread) and/or proposes members with it; users confirm
 * suggestions (the person becomes a manual member, through the manual member actions) or dismiss
 * them (remembered per group, person and role). Template induction reads the same pages.
 *
 * Decisions: pending suggestions are not members — they live in `member_suggestions`, so
 * completeness, engagement, maintenance and explain never count them; a run replaces a group's
 * pending suggestions; confirmed and dismissed ones are the record that the next training reads.
 */
import type { Kysely } from 'kysely';
import {
  type DB,
  type Database,
  type Actor,
  audit,
  toJson,
  getSolutionInterest,
  getRolesTemplate,
  createRolesTemplate,
  groupPeoplePage,
  saveSuggestionModel,
  getSuggestionModel,
  replacePendingSuggestions,
  pendingSuggestion,
  decideSuggestion,
  type RolesTemplate,
  type SolutionInterest,
  type StoredSuggestionModel,
  type StoredGroupPerson,
} from '../store/index.ts';
import { QuorumError, utcDay } from '../domain/index.ts';
import {
  DEFAULT_THRESHOLD,
  ModelTrainer,
  induceTemplate,
  suggestForGroup,
  type InducedRole,
  type InductionOptions,
  type JudgedPerson,
  type TrainingOptions,
} from '../domain/suggestions/index.ts';
import { getJob, insertQueuedJob, isSuggestionsParams, SUGGESTIONS_JOB, type Job, type RunOptions, type SuggestionsJobCounts, type SuggestionsJobParams } from './job-records.ts';
import { applyMemberActionsIn, MAX_MEMBER_ACTIONS } from './members.ts';

/** Groups per page read (one transaction per page when proposing). */
export const GROUPS_PER_PAGE = 1000;

export interface SuggestionsJobRequest {
  train: boolean;
  run: boolean;
  training?: Partial<Pick<TrainingOptions, 'includeRuleMembers' | 'ruleWeight' | 'dismissalWeight' | 'negativeRate' | 'epochs' | 'l2' | 'seed'>>;
  threshold?: number | undefined;
}

async function activeGroupCount(db: Kysely<DB>, solutionInterestId: string): Promise<number> {
  const r = await db.selectFrom('buying_groups').select((eb) => eb.fn.countAll<number>().as('n')).where('solution_interest_id', '=', solutionInterestId).where('active', '=', 1).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function emptySuggestionsCounts(): SuggestionsJobCounts {
  return { groupsRead: 0, peopleRead: 0, examples: 0, groupsTrained: 0, suggestionsProposed: 0, trainMs: null };
}

/** Queues a suggestions job (audited). 404 for an unknown solution interest; running needs a model unless the job trains one. */
export async function enqueueSuggestionsJob(db: Kysely<DB>, actor: Actor, solutionInterestId: string, req: SuggestionsJobRequest, now: number): Promise<Job> {
  await getSolutionInterest(db, solutionInterestId);
  if (!req.train && !req.run) throw QuorumError.field('validation_failed', '/train', 'a suggestions job must train, run, or both');
  if (req.run && !req.train && !(await getSuggestionModel(db, solutionInterestId))) {
    throw QuorumError.field('conflict', '/id', `solution interest ${solutionInterestId} has no trained model yet: train one first (POST /solution-interests/${solutionInterestId}/suggestions/train)`);
  }
  const total = (await activeGroupCount(db, solutionInterestId)) * ((req.train ? 1 : 0) + (req.run ? 1 : 0));
  const params: SuggestionsJobParams = { kind: 'suggestions', solutionInterestId, train: req.train, run: req.run, training: { ...req.training }, ...(req.threshold !== undefined ? { threshold: req.threshold } : {}), actor };
  return db.transaction().execute((trx) => insertQueuedJob(trx, actor, { type: SUGGESTIONS_JOB, params, total, counts: { cursor: null, suggestions: emptySuggestionsCounts() } }, now));
}

/** A suggestions job, or 404 for any other job. */
export async function getSuggestionsJob(db: Kysely<DB>, id: string): Promise<Job & { params: SuggestionsJobParams }> {
  const job = await getJob(db, id);
  if (!isSuggestionsParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${id} is not a suggestions job`);
  return job as Job & { params: SuggestionsJobParams };
}

/** The roles a solution interest's model learns: those of its Live template, in order. */
async function templateRoleIds(db: Kysely<DB>, solutionInterestId: string, known?: SolutionInterest): Promise<{ roleIds: string[]; template: RolesTemplate }> {
  const si = known ?? (await getSolutionInterest(db, solutionInterestId));
  const template = await getRolesTemplate(db, si.templateId);
  return { roleIds: template.roles.map((r) => r.roleId), template };
}

/** Pages of a solution interest's groups with their people, in group id order. */
async function* groupPages(db: Kysely<DB>, solutionInterestId: string, now: number, groupIds?: readonly string[]) {
  let after: string | null = null;
  for (;;) {
    const page = await groupPeoplePage(db, { solutionInterestId, afterGroupId: after, limit: GROUPS_PER_PAGE, now, ...(groupIds ? { groupIds } : {}) });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.groupId;
    if (page.length < GROUPS_PER_PAGE) return;
  }
}

type Progress = (delta: Partial<SuggestionsJobCounts>, groups: number) => Promise<void>;

/** Trains and stores a solution interest's model. Refused (409) when no group has a confirmed member. */
export async function trainSuggestionModel(db: Kysely<DB>, solutionInterestId: string, training: SuggestionsJobRequest['training'], now: number, jobId: string | null = null, progress?: Progress): Promise<StoredSuggestionModel> {
  const { roleIds } = await templateRoleIds(db, solutionInterestId);
  const trainer = new ModelTrainer(roleIds, now, training);
  for await (const page of groupPages(db, solutionInterestId, now)) {
    const before = trainer.stats.examples;
    let people = 0;
    for (const g of page) {
      trainer.addGroup(g.people);
      people += g.people.length;
    }
    await progress?.({ groupsRead: page.length, peopleRead: people, examples: trainer.stats.examples - before }, page.length);
  }
  const started = Date.now();
  const model = trainer.finish();
  if (!model) {
    throw QuorumError.field('conflict', '/id', `no buying group of solution interest ${solutionInterestId} has a confirmed member (manual, journey or import) to learn from: confirm some members first`);
  }
  await progress?.({ groupsTrained: trainer.stats.groups, trainMs: Date.now() - started }, 0);
  const stored: StoredSuggestionModel = { solutionInterestId, model, stats: trainer.stats, options: { ...trainer.options }, trainedAt: now, jobId };
  await saveSuggestionModel(db, stored);
  return stored;
}

/**
 * Proposes members for a solution interest's groups (all, or `groupIds`) with its stored model,
 * replacing each group's pending suggestions; one transaction per page of groups.
 */
export async function proposeSuggestions(db: Kysely<DB>, solutionInterestId: string, now: number, opts: { threshold?: number | undefined; groupIds?: readonly string[] } = {}, progress?: Progress): Promise<{ groups: number; proposed: number }> {
  const stored = await getSuggestionModel(db, solutionInterestId);
  if (!stored) throw QuorumError.field('conflict', '/id', `solution interest ${solutionInterestId} has no trained model yet: train one first`);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  let groups = 0;
  let proposed = 0;
  for await (const page of groupPages(db, solutionInterestId, now, opts.groupIds)) {
    const n = await db.transaction().execute(async (trx) => {
      let inPage = 0;
      for (const g of page) {
        const list = suggestForGroup(stored.model, g.people, now, threshold);
        inPage += await replacePendingSuggestions(trx, { accountId: g.accountId, groupId: g.groupId, solutionInterestId }, list, now);
      }
      return inPage;
    });
    groups += page.length;
    proposed += n;
    await progress?.({ suggestionsProposed: n }, page.length);
  }
  return { groups, proposed };
}

/** Runs a claimed suggestions job to its end (failures become the job's error). */
export async function runSuggestionsJob(database: Database, jobId: string, opts: RunOptions): Promise<Job> {
  const { db } = database;
  const job = await getSuggestionsJob(db, jobId);
  const p = job.params;
  const counts = emptySuggestionsCounts();
  let done = 0;
  const write = async (status: Job['status'] | null, error: string | null = null) => {
    const at = opts.now();
    await db
      .updateTable('jobs')
      .set({ progress_done: done, counts: toJson({ cursor: null, suggestions: counts }), heartbeat_at: at, ...(status ? { status, error, finished_at: at, locked_by: null } : {}) })
      .where('id', '=', jobId)
      .execute();
    const j = await getJob(db, jobId);
    if (!status) await opts.onProgress?.(j);
    return j;
  };
  const progress: Progress = async (delta, groups) => {
    for (const [k, v] of Object.entries(delta) as [keyof SuggestionsJobCounts, number][]) counts[k] = k === 'trainMs' ? v : (counts[k] ?? 0) + v;
    done += groups;
    // write() has just read the job back: its cancel flag is current.
    if ((await write(null)).cancelRequested) throw new Cancelled();
  };
  try {
    if (job.cancelRequested) return await write('cancelled');
    if (p.train) await trainSuggestionModel(db, p.solutionInterestId, p.training, opts.now(), jobId, progress);
    if (p.run) await proposeSuggestions(db, p.solutionInterestId, opts.now(), { threshold: p.threshold }, progress);
    return await write('succeeded');
  } catch (e) {
    if (e instanceof Cancelled) return write('cancelled');
    return write('failed', e instanceof Error ? e.message : String(e));
  }
}

class Cancelled extends Error {}

export interface SuggestionRef {
  buyingGroupId: string;
  personId: string;
}

export interface DecisionResult {
  confirmed: number;
  dismissed: number;
}

/** Up to MAX_MEMBER_ACTIONS at a time, all or nothing. */
function checkBatch(items: readonly SuggestionRef[]): void {
  if (items.length === 0) throw QuorumError.field('validation_failed', '/items', 'send at least one suggestion');
  if (items.length > MAX_MEMBER_ACTIONS) throw QuorumError.field('validation_failed', '/items', `at most ${MAX_MEMBER_ACTIONS} suggestions per call (got ${items.length})`);
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const key = `${it.buyingGroupId}|${it.personId}`;
    if (seen.has(key)) throw QuorumError.field('validation_failed', `/items/${i}`, `suggestion ${it.buyingGroupId} / ${it.personId} is listed twice`);
    seen.add(key);
  });
}

/**
 * Confirms pending suggestions: each person becomes a manual member with the suggested role
 * (through the manual member actions: events, scores, audit), the suggestion is marked
 * confirmed. One transaction; groups in id order (row locks on PostgreSQL).
 */
export async function confirmSuggestions(db: Kysely<DB>, actor: Actor, items: readonly SuggestionRef[], now: number): Promise<DecisionResult> {
  checkBatch(items);
  return db.transaction().execute(async (trx) => {
    const byGroup = new Map<string, { personId: string; roleId: string; accountId: string; index: number }[]>();
    for (const [index, it] of items.entries()) {
      const s = await pendingSuggestion(trx, it.buyingGroupId, it.personId).catch((e: unknown) => {
        throw e instanceof QuorumError ? QuorumError.field('not_found', `/items/${index}`, e.message) : e;
      });
      byGroup.set(it.buyingGroupId, [...(byGroup.get(it.buyingGroupId) ?? []), { personId: it.personId, roleId: s.roleId, accountId: s.accountId, index }]);
    }
    for (const groupId of [...byGroup.keys()].sort()) {
      const list = byGroup.get(groupId)!;
      await applyMemberActionsIn(trx, actor, groupId, list.map((x) => ({ op: 'add' as const, personId: x.personId, roleId: x.roleId })), now, 'manual');
      for (const x of list) await decideSuggestion(trx, { accountId: x.accountId, buyingGroupId: groupId, personId: x.personId, roleId: x.roleId }, 'confirmed', actor.userId, now);
    }
    await audit(trx, actor, { action: 'update', entityType: 'suggestion', entityId: items[0]!.buyingGroupId, after: { confirmed: items }, at: now });
    return { confirmed: items.length, dismissed: 0 };
  });
}

/** Dismisses pending suggestions: remembered, never proposed again for that role. One transaction. */
export async function dismissSuggestions(db: Kysely<DB>, actor: Actor, items: readonly SuggestionRef[], now: number): Promise<DecisionResult> {
  checkBatch(items);
  return db.transaction().execute(async (trx) => {
    for (const [index, it] of items.entries()) {
      const s = await pendingSuggestion(trx, it.buyingGroupId, it.personId).catch((e: unknown) => {
        throw e instanceof QuorumError ? QuorumError.field('not_found', `/items/${index}`, e.message) : e;
      });
      await decideSuggestion(trx, { accountId: s.accountId, buyingGroupId: it.buyingGroupId, personId: it.personId, roleId: s.roleId }, 'dismissed', actor.userId, now);
    }
    await audit(trx, actor, { action: 'update', entityType: 'suggestion', entityId: items[0]!.buyingGroupId, after: { dismissed: items }, at: now });
    return { confirmed: 0, dismissed: items.length };
  });
}

export interface InducedTemplate {
  template: RolesTemplate;
  roles: InducedRole[];
  /** People the rules were learned from (in groups with a confirmed member). */
  people: number;
}

function judged(p: StoredGroupPerson): JudgedPerson | null {
  const m = p.member;
  const base = { personId: p.personId, jobTitle: p.jobTitle, department: p.department, derivedSeniority: p.derivedSeniority, derivedFunction: p.derivedFunction };
  if (m && !m.removed) return m.source === 'manual' || m.source === 'journey' || m.source === 'import' ? { ...base, roleId: m.roleId } : null;
  return { ...base, roleId: null };
}

/**
 * Induces role conditions from a solution interest's confirmed members and saves them as a Draft
 * roles template (the Live template's roles, bands and requirements, with the induced conditions;
 * roles nothing was induced for keep no condition and are not auto-assigned). 409 when no group
 * has a confirmed member.
 */
export async function induceTemplateFor(db: Kysely<DB>, actor: Actor, solutionInterestId: string, now: number, options: Partial<InductionOptions> = {}, name?: string): Promise<InducedTemplate> {
  const si = await getSolutionInterest(db, solutionInterestId);
  const { roleIds, template } = await templateRoleIds(db, solutionInterestId, si);
  const people: JudgedPerson[] = [];
  for await (const page of groupPages(db, solutionInterestId, now)) {
    for (const g of page) {
      const rows = g.people.map(judged).filter((x): x is JudgedPerson => x !== null);
      if (rows.some((r) => r.roleId !== null)) people.push(...rows);
    }
  }
  if (!people.some((p) => p.roleId !== null)) {
    throw QuorumError.field('conflict', '/id', `no buying group of solution interest ${solutionInterestId} has a confirmed member (manual, journey or import) to learn from`);
  }
  const induced = induceTemplate(people, roleIds, options, now);
  const byRole = new Map(template.roles.map((r) => [r.roleId, r]));
  const inducedIds = new Set(induced.map((r) => r.roleId));
  const roles = [
    ...induced.map((r) => ({ ...byRole.get(r.roleId)!, autoAssign: true, condition: r.condition })),
    ...template.roles.filter((r) => !inducedIds.has(r.roleId)).map((r) => ({ ...r, autoAssign: false, condition: null })),
  ].map((r) => ({ roleId: r.roleId, weightingBand: r.weightingBand, autoAssign: r.autoAssign, condition: r.condition, required: r.required, membersRequired: r.membersRequired }));
  const description = `Induced on ${utcDay(now)} from ${people.length} people of "${si.name}"'s buying groups: ` + induced.map((r) => `${byRole.get(r.roleId)?.roleName ?? r.roleId} precision ${(r.precision * 100).toFixed(0)}%, recall ${(r.recall * 100).toFixed(0)}%`).join('; ');
  const created = await createRolesTemplate(db, actor, { name: name ?? `${si.name.slice(0, 150)} (induced ${new Date(now).toISOString().slice(0, 19).replace('T', ' ')})`, description: description.slice(0, 2000), roles }, now);
  return { template: created, roles: induced, people: people.length };
}
