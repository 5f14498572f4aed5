/**
 * Dry run of a roles template (issue 3): what a creation job with this template would do over an
 * audience (or explicit accounts), writing nothing. Role assignment runs through generation's own
 * SQL (`ruleAssignments`) with a plan built from the template — Draft templates included — so the
 * counts are the job's counts; reconciliation with a solution interest's current groups runs
 * through the same `reconcileRules`, so precedence is respected exactly as a job would.
 * Sample matches are explained person by person in TypeScript (domain/assignment/explain.ts).
 */
import type { Kysely } from 'kysely';
import {
  type DB,
  type Engine,
  getRolesTemplate,
  resolveRoleDefinitions,
  getSolutionInterest,
  getAccountList,
  loadPersonaConditions,
  descendantScope,
  factsNeeds,
  loadPersonFacts,
  storedScope,
} from '../store/index.ts';
import { QuorumError, type ErrorDetail, utcDay } from '../domain/index.ts';
import { isActiveRelation } from '../domain/conditions/index.ts';
import {
  explainPerson,
  matchedWords,
  reconcileRules,
  skipReason,
  strength,
  upgradeChanges,
  type MemberSource,
  type MemberState,
} from '../domain/assignment/index.ts';
import type { RoleDefinitionInput } from '../domain/templates/index.ts';
import { audienceAccountIds } from './audience.ts';
import { ruleAssignments, type GenerationPlan } from './generation/index.ts';
import { conditionNames, planConditions } from './explain.ts';

export const MAX_PREVIEW_ACCOUNT_IDS = 1000;
export const SAMPLES_PER_ROLE = 5;
/** Diff entries listed per kind (the counts are always complete). */
export const DIFF_ITEMS_LISTED = 50;
const BATCH = 500;

export interface PreviewInput {
  templateId: string;
  audienceId?: string | undefined;
  accountIds?: readonly string[] | undefined;
  /** Diff against the current membership of this solution interest's groups. */
  solutionInterestId?: string | undefined;
  descendantDepth?: number | undefined;
  /**
   * The template's role definitions as being edited, evaluated instead of the stored ones
   * (checked exactly as a save checks them; nothing is written).
   */
  roles?: RoleDefinitionInput[] | undefined;
}

export interface PreviewSample {
  accountId: string;
  accountName: string;
  personId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  matchedRoleIds: string[];
  summary: string;
}

export interface PreviewRole {
  priority: number;
  roleId: string;
  roleName: string;
  autoAssign: boolean;
  /** Group memberships rules would give this role (a person in two groups counts twice). */
  count: number;
  samples: PreviewSample[];
}

export interface DiffItem {
  accountId: string;
  personId: string;
  email: string;
  /** added / removed / kept / stays removed: the role concerned (kept: the role kept). */
  roleId: string | null;
  /** role changed: from → to. */
  fromRoleId?: string;
  toRoleId?: string;
  /** kept / stays removed: the stronger source, and what rules would give. */
  source?: MemberSource;
  ruleRoleId?: string | null;
}

export interface PreviewDiff {
  solutionInterestId: string;
  solutionInterestName: string;
  /** Groups of the solution interest among the accounts considered. */
  groupsExisting: number;
  groupsCreated: number;
  groupsReactivated: number;
  membersAdded: number;
  membersRemoved: number;
  rolesChanged: number;
  /** Members set by a stronger source (manual, journey, import) whom rules would change or remove: kept. */
  membersKept: number;
  /** People removed by a stronger source whom rules would add: they stay removed. */
  membersStayingRemoved: number;
  /**
   * Previewing another template than the solution interest's (an upgrade): members set by a
   * stronger source whose role the template lacks, handed back to rules (their change, if any,
   * is among added / removed / role changed). Always 0 for the solution interest's own template.
   */
  membersReleased: number;
  /** True when the template is not the solution interest's: the diff is what POST …/upgrade-template would do. */
  templateUpgrade: boolean;
  added: DiffItem[];
  removed: DiffItem[];
  roleChanged: DiffItem[];
  kept: DiffItem[];
  stayingRemoved: DiffItem[];
  released: DiffItem[];
}

export interface Preview {
  templateId: string;
  templateName: string;
  templateStatus: 'draft' | 'live';
  evaluatedAt: number;
  audienceId: string | null;
  descendantDepth: number;
  accountsConsidered: number;
  accountsSkipped: number;
  skipped: { accountId: string; reason: string }[];
  /** (group account, person) pairs rules look at: people with an active relation in scope. */
  peopleConsidered: number;
  /** Of those, the pairs that get a role. */
  peopleAssigned: number;
  roles: PreviewRole[];
  diff: PreviewDiff | null;
}

function validation(errors: ErrorDetail[]): QuorumError {
  return new QuorumError('validation_failed', errors.map((e) => e.message).join('; '), errors);
}

/** The accounts to consider, sorted, with their names; unknown ids are refused. */
async function resolveAccounts(db: Kysely<DB>, engine: Engine, input: PreviewInput, now: number): Promise<{ ids: string[]; names: Map<string, string> }> {
  const hasAudience = input.audienceId !== undefined;
  const hasIds = input.accountIds !== undefined;
  if (hasAudience === hasIds) {
    throw validation([{ field: '/', message: hasAudience ? 'send either audienceId or accountIds, not both' : 'send audienceId (an account list) or accountIds (at most 1000 accounts)' }]);
  }
  let ids: string[];
  if (input.audienceId !== undefined) {
    try {
      await getAccountList(db, input.audienceId);
    } catch (e) {
      if (e instanceof QuorumError && e.code === 'not_found') throw validation([{ field: '/audienceId', message: `account list ${input.audienceId} does not exist` }]);
      throw e;
    }
    ids = await audienceAccountIds(db, engine, input.audienceId, now);
  } else {
    const given = input.accountIds ?? [];
    if (given.length === 0) throw validation([{ field: '/accountIds', message: 'list at least one account' }]);
    if (given.length > MAX_PREVIEW_ACCOUNT_IDS) {
      throw validation([{ field: '/accountIds', message: `at most ${MAX_PREVIEW_ACCOUNT_IDS} account ids per preview (got ${given.length}); use an audience for more` }]);
    }
    ids = [...new Set(given)].sort();
  }
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const a of await db.selectFrom('accounts').select(['id', 'name']).where('id', 'in', ids.slice(i, i + BATCH)).execute()) names.set(a.id, a.name);
  }
  if (input.accountIds !== undefined) {
    const errors: ErrorDetail[] = [];
    input.accountIds.forEach((id, i) => {
      if (!names.has(id)) errors.push({ field: `/accountIds/${i}`, message: `account ${id} does not exist` });
    });
    if (errors.length) {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more unknown account${errors.length > 2 ? 's' : ''})` : '';
      throw new QuorumError('validation_failed', `${errors[0]!.message}${more}; nothing was previewed`, errors.slice(0, 100));
    }
  }
  return { ids, names };
}

type PreviewTemplate = Awaited<ReturnType<typeof getRolesTemplate>>;
type SolutionInterest = Awaited<ReturnType<typeof getSolutionInterest>>;
type Sample = { accountId: string; personId: string };

/** The template (stored, or with the definitions as being edited), the solution interest, the accounts and the plan to run. */
async function previewSetup(db: Kysely<DB>, engine: Engine, input: PreviewInput, now: number) {
  const stored = await getRolesTemplate(db, input.templateId);
  const template: PreviewTemplate = input.roles === undefined ? stored : { ...stored, roles: await resolveRoleDefinitions(db, input.roles) };
  const si = input.solutionInterestId === undefined ? null : await getSolutionInterest(db, input.solutionInterestId).catch((e: unknown) => {
    if (e instanceof QuorumError && e.code === 'not_found') throw validation([{ field: '/solutionInterestId', message: `solution interest ${input.solutionInterestId} does not exist` }]);
    throw e;
  });
  const { ids, names } = await resolveAccounts(db, engine, input, now);
  // Without a depth, a solution interest's stored scope (what its jobs and maintenance use), else 0.
  const depth = Math.max(0, input.descendantDepth ?? (si ? ((await storedScope(db, si.id)) ?? 0) : 0));
  const plan: GenerationPlan = {
    engine,
    solutionInterestId: si?.id ?? '',
    solutionInterestName: si?.name ?? '',
    templateId: template.id,
    roles: template.roles,
    personas: await loadPersonaConditions(db),
    options: { descendantDepth: depth },
    jobId: null,
  };
  return { template, si, ids, names, depth, plan };
}

function emptyDiff(si: SolutionInterest, templateId: string): PreviewDiff {
  return {
    solutionInterestId: si.id,
    solutionInterestName: si.name,
    groupsExisting: 0,
    groupsCreated: 0,
    groupsReactivated: 0,
    membersAdded: 0,
    membersRemoved: 0,
    rolesChanged: 0,
    membersKept: 0,
    membersStayingRemoved: 0,
    membersReleased: 0,
    templateUpgrade: si.templateId !== templateId,
    added: [],
    removed: [],
    roleChanged: [],
    kept: [],
    stayingRemoved: [],
    released: [],
  };
}

function listItem(items: DiffItem[], item: Omit<DiffItem, 'email'>): void {
  if (items.length < DIFF_ITEMS_LISTED) items.push({ ...item, email: '' });
}

/** Distinct people with an active relation in each group account's scope, summed over the batch. */
async function peopleConsideredIn(db: Kysely<DB>, batch: readonly string[], scopes: Map<string, Map<string, number>>, today: string): Promise<number> {
  const scopeAccounts = [...new Set([...scopes.values()].flatMap((m) => [...m.keys()]))];
  const peopleOf = new Map<string, Set<string>>();
  for (let j = 0; j < scopeAccounts.length; j += BATCH) {
    const rels = await db.selectFrom('account_people').select(['account_id', 'person_id', 'ended_on']).where('account_id', 'in', scopeAccounts.slice(j, j + BATCH)).execute();
    for (const r of rels) {
      if (!isActiveRelation(r.ended_on, today)) continue;
      let set = peopleOf.get(r.account_id);
      if (!set) peopleOf.set(r.account_id, (set = new Set()));
      set.add(r.person_id);
    }
  }
  let considered = 0;
  for (const accountId of batch) {
    const people = new Set<string>();
    for (const a of scopes.get(accountId)?.keys() ?? []) for (const p of peopleOf.get(a) ?? []) people.add(p);
    considered += people.size;
  }
  return considered;
}

/** The current members of the solution interest's groups of a batch, by group id. */
async function currentMembers(db: Kysely<DB>, groupIds: readonly string[]): Promise<Map<string, Map<string, MemberState>>> {
  const current = new Map<string, Map<string, MemberState>>();
  for (let j = 0; j < groupIds.length; j += BATCH) {
    const rows = await db
      .selectFrom('buying_group_members')
      .select(['buying_group_id', 'person_id', 'role_id', 'source', 'removed'])
      .where('buying_group_id', 'in', groupIds.slice(j, j + BATCH))
      .execute();
    for (const r of rows) {
      let m = current.get(r.buying_group_id);
      if (!m) current.set(r.buying_group_id, (m = new Map()));
      m.set(r.person_id, { personId: r.person_id, roleId: r.role_id, source: r.source, removed: r.removed === 1 });
    }
  }
  return current;
}

/** Adds one batch to the diff against the solution interest's current groups. */
async function diffBatch(db: Kysely<DB>, diff: PreviewDiff, si: SolutionInterest, template: PreviewTemplate, batch: readonly string[], desired: Map<string, Map<string, string>>): Promise<void> {
  const templateRoleIds = new Set(template.roles.map((r) => r.roleId));
  const groups = await db.selectFrom('buying_groups').select(['account_id', 'id', 'active', 'template_id']).where('solution_interest_id', '=', si.id).where('account_id', 'in', batch).execute();
  const groupOf = new Map(groups.map((g) => [g.account_id, g]));
  const current = await currentMembers(db, groups.map((g) => g.id));
  for (const accountId of batch) {
    const g = groupOf.get(accountId);
    const want = desired.get(accountId) ?? new Map<string, string>();
    const state = g ? (current.get(g.id) ?? new Map<string, MemberState>()) : new Map<string, MemberState>();
    if (!g) diff.groupsCreated++;
    else {
      diff.groupsExisting++;
      if (g.active === 0) diff.groupsReactivated++;
    }
    // A group on another template than this one: the diff is the upgrade's (the same pure
    // upgradeChanges the template upgrade job applies); on this template: a creation job's.
    const { changes, released } = g && g.template_id !== template.id ? upgradeChanges(state, want, templateRoleIds) : { changes: reconcileRules(state, want), released: [] as string[] };
    diff.membersReleased += released.length;
    for (const personId of released) {
      const st = state.get(personId) as MemberState;
      listItem(diff.released, { accountId, personId, roleId: st.roleId, source: st.source, ruleRoleId: want.get(personId) ?? null });
    }
    for (const c of changes) {
      if (c.kind === 'member_added') {
        diff.membersAdded++;
        listItem(diff.added, { accountId, personId: c.personId, roleId: c.roleId });
      } else if (c.kind === 'member_removed') {
        diff.membersRemoved++;
        listItem(diff.removed, { accountId, personId: c.personId, roleId: c.roleId });
      } else {
        diff.rolesChanged++;
        listItem(diff.roleChanged, { accountId, personId: c.personId, roleId: null, fromRoleId: c.fromRoleId, toRoleId: c.toRoleId });
      }
    }
    for (const [personId, st] of [...state].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (strength(st.source) <= strength('rule') || released.includes(personId)) continue;
      const ruleRoleId = want.get(personId) ?? null;
      if (!st.removed && ruleRoleId !== st.roleId) {
        diff.membersKept++;
        listItem(diff.kept, { accountId, personId, roleId: st.roleId, source: st.source, ruleRoleId });
      } else if (st.removed && ruleRoleId !== null) {
        diff.membersStayingRemoved++;
        listItem(diff.stayingRemoved, { accountId, personId, roleId: st.roleId, source: st.source, ruleRoleId });
      }
    }
  }
}

/** Explains the samples person by person (and fills in the diff items' emails): a function from sample and role to its explanation. */
async function sampleExplainer(
  db: Kysely<DB>,
  setup: { template: PreviewTemplate; plan: GenerationPlan; names: Map<string, string>; depth: number },
  sampled: readonly Sample[],
  sampleScopes: Map<string, Map<string, number>>,
  diff: PreviewDiff | null,
  now: number,
): Promise<(s: Sample, roleId: string) => PreviewSample> {
  const { template, plan, names, depth } = setup;
  const today = utcDay(now);
  const conditions = planConditions(plan);
  const loaded = await loadPersonFacts(db, sampled.map((s) => s.personId), now, factsNeeds(conditions, plan.personas));
  const sentenceNames = await conditionNames(db, conditions, plan.personas, [...new Set(sampled.flatMap((s) => [...(sampleScopes.get(s.accountId)?.keys() ?? [])]))]);
  const persons = new Map<string, { email: string; first_name: string | null; last_name: string | null; job_title: string | null }>();
  const diffPeople = diff ? [...diff.added, ...diff.removed, ...diff.roleChanged, ...diff.kept, ...diff.stayingRemoved, ...diff.released].map((d) => d.personId) : [];
  const wanted = [...new Set([...sampled.map((s) => s.personId), ...diffPeople])];
  for (let i = 0; i < wanted.length; i += BATCH) {
    for (const p of await db.selectFrom('people').select(['id', 'email', 'first_name', 'last_name', 'job_title']).where('id', 'in', wanted.slice(i, i + BATCH)).execute()) persons.set(p.id, p);
  }
  if (diff) {
    for (const items of [diff.added, diff.removed, diff.roleChanged, diff.kept, diff.stayingRemoved, diff.released]) for (const d of items) d.email = persons.get(d.personId)?.email ?? '';
  }
  const roleName = (id: string | null) => template.roles.find((r) => r.roleId === id)?.roleName ?? id ?? '';
  return (s, roleId) => {
    const facts = loaded.people.get(s.personId);
    const p = persons.get(s.personId);
    const scope = sampleScopes.get(s.accountId) ?? new Map([[s.accountId, 0]]);
    let summary = `Gets ${roleName(roleId)}`;
    let matchedRoleIds: string[] = [roleId];
    if (facts) {
      const ex = explainPerson({
        roles: template.roles.map((r) => ({ roleId: r.roleId, roleName: r.roleName, autoAssign: r.autoAssign, condition: r.condition })),
        facts,
        ctx: { now, personas: plan.personas, listMembers: loaded.listMembers, names: sentenceNames },
        groupAccount: { id: s.accountId, name: names.get(s.accountId) ?? s.accountId },
        descendantDepth: depth,
        scope: facts.relations
          .filter((r) => scope.has(r.accountId))
          .map((r) => ({ accountId: r.accountId, accountName: sentenceNames.get(r.accountId) ?? r.accountId, depth: scope.get(r.accountId) ?? 0, endedOn: r.endedOn, active: isActiveRelation(r.endedOn, today) })),
        membership: null,
      });
      matchedRoleIds = ex.matchedRoleIds;
      const first = ex.roles.find((r) => r.outcome === 'first_match');
      summary = `Gets ${roleName(roleId)}${first ? ` (${first.reason.replace(/^matched: /, '')})` : ''}: ${matchedWords(ex.roles)}`;
    }
    return {
      accountId: s.accountId,
      accountName: names.get(s.accountId) ?? s.accountId,
      personId: s.personId,
      email: p?.email ?? '',
      firstName: p?.first_name ?? null,
      lastName: p?.last_name ?? null,
      jobTitle: p?.job_title ?? null,
      matchedRoleIds,
      summary,
    };
  };
}

/** Dry run: counts per role, samples with explanations, and the diff against a solution interest's groups. Writes nothing. */
export async function previewTemplate(db: Kysely<DB>, engine: Engine, input: PreviewInput, now: number): Promise<Preview> {
  const setup = await previewSetup(db, engine, input, now);
  const { template, si, ids, names, depth, plan } = setup;

  // Accounts the job would skip (generation's rule).
  const skipped: { accountId: string; reason: string }[] = [];
  const present: string[] = [];
  for (const id of ids) {
    const reason = skipReason(names.get(id));
    if (reason === null) present.push(id);
    else skipped.push({ accountId: id, reason });
  }

  const counts = new Map<string, number>(template.roles.map((r) => [r.roleId, 0]));
  const samples = new Map<string, Sample[]>(template.roles.map((r) => [r.roleId, []]));
  const sampleScopes = new Map<string, Map<string, number>>();
  let peopleConsidered = 0;
  let peopleAssigned = 0;
  const diff = si ? emptyDiff(si, template.id) : null;
  for (let i = 0; i < present.length; i += BATCH) {
    const batch = present.slice(i, i + BATCH);
    const desired = await ruleAssignments(db, plan, batch, now);
    const scopes = await descendantScope(db, batch, depth);
    peopleConsidered += await peopleConsideredIn(db, batch, scopes, utcDay(now));
    for (const accountId of batch) {
      const assigned = desired.get(accountId) ?? new Map<string, string>();
      peopleAssigned += assigned.size;
      for (const personId of [...assigned.keys()].sort()) {
        const roleId = assigned.get(personId) as string;
        counts.set(roleId, (counts.get(roleId) ?? 0) + 1);
        const s = samples.get(roleId);
        if (s && s.length < SAMPLES_PER_ROLE) {
          s.push({ accountId, personId });
          sampleScopes.set(accountId, scopes.get(accountId) ?? new Map([[accountId, 0]]));
        }
      }
    }
    if (diff && si) await diffBatch(db, diff, si, template, batch, desired);
  }

  const sampleOf = await sampleExplainer(db, setup, [...samples.values()].flat(), sampleScopes, diff, now);
  return {
    templateId: template.id,
    templateName: template.name,
    templateStatus: template.status,
    evaluatedAt: now,
    audienceId: input.audienceId ?? null,
    descendantDepth: depth,
    accountsConsidered: present.length,
    accountsSkipped: skipped.length,
    skipped: skipped.slice(0, 100),
    peopleConsidered,
    peopleAssigned,
    roles: template.roles.map((r, i) => ({
      priority: i + 1,
      roleId: r.roleId,
      roleName: r.roleName,
      autoAssign: r.autoAssign,
      count: counts.get(r.roleId) ?? 0,
      samples: (samples.get(r.roleId) ?? []).map((s) => sampleOf(s, r.roleId)),
    })),
    diff,
  };
}
