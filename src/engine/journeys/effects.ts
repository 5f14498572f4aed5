/**
 * Performing a journey's effects (the outbox `journey_effects`, written by each step), each once:
 *
 * - Database actions (members, stage, status, another journey) run in ONE transaction with the
 *   record of their outcome, under the effect row's lock, after checking it is still pending: a
 *   crash before the commit leaves nothing done, and a retry after the commit finds it done.
 *   They are also conditional by nature (a member already there, a stage already reached: nothing
 *   changes), so even a second performer acts once.
 * - List membership goes through the list store's own transaction, then records the outcome;
 *   adding an account twice is a no-op, so a crash between the two repeats nothing visible.
 * - Sales alerts and HTTP calls leave the database: a lease (claimEffect) keeps other workers off,
 *   the parts already done are stored before the next (an email sent is not sent again because a
 *   webhook failed), and what goes out carries the effect key (a stable Message-ID; a
 *   `webhook-id` / `Idempotency-Key` header) so a receiver can drop the one resend a crash
 *   between sending and recording can cause. Transient failures retry with backoff; the last one
 *   fails the effect, and a failed HTTP call takes its node's error path.
 *
 * Activating to a destination (activate.ts) adds the account to an activation and queues its sync
 * in one transaction with the record, like the database actions.
 *
 * An action refused by the rules (a stage move the model does not allow, a person who may not be
 * added) is `skipped` with the reason, as SPEC §8 asks.
 */
import { sql, type Kysely } from 'kysely';
import {
  admitEnrollments,
  addAccountListMembers,
  entryHistories,
  finishEffect,
  getBuyingGroup,
  getJourney,
  listBuyingGroupMembers,
  lockPendingEffect,
  lockPendingEffects,
  finishEffects,
  groupIdsOf,
  listMembersAmong,
  removeAccountListMembers,
  retryEffectAt,
  saveEffectProgress,
  wakeEnrollments,
  SYSTEM_ACTOR,
  type Database,
  type DB,
  type EffectStatus,
  type StoredEffect,
} from '../../store/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { acceptsEntries, entryDecision, groupLink, salesAlertMessage, salesAlertPayload, startEnrollment, type Effect, type EffectAction, type SalesAlertFacts } from '../../domain/journeys/index.ts';
import { PUBLIC_ONLY, outcomeOf, postWebhook, type AddressPolicy, type Resolver, type RetryPolicy } from '../../integrations/webhooks/index.ts';
import { applyMemberActionsIn } from '../members.ts';
import { moveStageIn, setStatusLabelIn } from '../stages.ts';
import type { Mailer } from './mailer.ts';
import { activateAccount } from './activate.ts';

export interface EffectDeps {
  database: Database;
  mailer: Mailer | null;
  /** Base URL of the web app, for the link in a sales alert (QUORUM_PUBLIC_URL). */
  publicUrl: string | null;
  addressPolicy?: AddressPolicy;
  resolver?: Resolver;
  /** Deadline of a sales alert webhook (an HTTP call node has its own). Default 15 s. */
  webhookTimeoutMs?: number;
  retry?: RetryPolicy;
  random?: () => number;
  log?: (line: string) => void;
}

export type EffectOutcome = { status: Exclude<EffectStatus, 'pending'> | 'retry'; result: string };

/** 30 s, 1 min, 2 min, 4 min, then failed (an HTTP call then takes its error path): a journey should not stall for a day. */
export const JOURNEY_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

async function groupOf(db: Kysely<DB>, accountId: string, solutionInterestId: string): Promise<string | null> {
  const r = await db.selectFrom('buying_groups').select('id').where('account_id', '=', accountId).where('solution_interest_id', '=', solutionInterestId).executeTakeFirst();
  return r?.id ?? null;
}

const noGroup = (si: string) => `the account has no buying group for solution interest ${si}`;

/** Performs one claimed effect and records its outcome; wakes the enrollment when it waits for the result. */
export async function performEffect(deps: EffectDeps, claimed: StoredEffect, now: number): Promise<EffectOutcome> {
  const outcome = await perform(deps, claimed, now);
  if (outcome.status === 'retry') return outcome;
  if (outcome.status === 'failed') deps.log?.(`journey effect ${claimed.effect.key} failed: ${outcome.result}`);
  return outcome;
}

async function perform(deps: EffectDeps, claimed: StoredEffect, now: number): Promise<EffectOutcome> {
  const e = claimed.effect;
  const db = deps.database.db;
  switch (e.type) {
    case 'assignToBuyingGroup':
    case 'removeFromBuyingGroup':
    case 'updateStage':
    case 'updateStatus':
    case 'addToJourney':
      return inTransaction(db, e, now, (trx) => databaseAction(trx, e, now));
    case 'addToList':
    case 'removeFromList':
      return afterwards(db, e, now, async () => {
        const change = e.type === 'addToList' ? await addAccountListMembers(db, SYSTEM_ACTOR, e.listId, [e.accountId], now) : await removeAccountListMembers(db, SYSTEM_ACTOR, e.listId, [e.accountId], now);
        return { status: 'done', result: change.changed ? (e.type === 'addToList' ? 'added to the list' : 'removed from the list') : e.type === 'addToList' ? 'already in the list' : 'not in the list' };
      });
    case 'activate':
      return activateAccount(db, claimed, e, now, { policy: deps.retry ?? JOURNEY_RETRY_POLICY, random: deps.random ?? Math.random });
    case 'salesAlert':
      return salesAlert(deps, claimed, e, now);
    case 'callHttp':
      return callHttp(deps, claimed, e, now);
  }
}

async function record(db: Kysely<DB>, key: string, o: EffectOutcome, now: number): Promise<EffectOutcome> {
  if (o.status !== 'retry') await finishEffect(db, key, o.status, o.result, now);
  return o;
}

/**
 * Records the outcome of an effect its enrollment waits for (an HTTP call: ok or error path) and
 * wakes the enrollment, in one transaction: a crash between the two would leave the enrollment
 * waiting for a result already recorded, with nothing left to wake it.
 */
async function recordAndWake(db: Kysely<DB>, claimed: StoredEffect, o: EffectOutcome, now: number): Promise<EffectOutcome> {
  const status = o.status;
  if (status === 'retry') return o;
  await db.transaction().execute(async (trx) => {
    await finishEffect(trx, claimed.effect.key, status, o.result, now);
    await wakeEnrollments(trx, [claimed.enrollmentId], now);
  });
  return o;
}

/** Runs `act` and records its outcome in one transaction; a refusal by the rules rolls back and is recorded as skipped. */
async function inTransaction(db: Kysely<DB>, e: Effect, now: number, act: (trx: Kysely<DB>) => Promise<EffectOutcome>): Promise<EffectOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await lockPendingEffect(trx, e.key))) return { status: 'done', result: 'already performed' } as EffectOutcome;
      const o = await act(trx);
      if (o.status !== 'retry') await finishEffect(trx, e.key, o.status, o.result, now);
      return o;
    });
  } catch (err) {
    if (err instanceof QuorumError) return record(db, e.key, { status: 'skipped', result: err.message }, now);
    throw err;
  }
}

/** An action with its own transaction (the list store's), then the record: the action is a no-op when repeated. */
async function afterwards(db: Kysely<DB>, e: Effect, now: number, act: () => Promise<EffectOutcome>): Promise<EffectOutcome> {
  let o: EffectOutcome;
  try {
    o = await act();
  } catch (err) {
    if (!(err instanceof QuorumError)) throw err;
    o = { status: 'skipped', result: err.message };
  }
  return record(db, e.key, o, now);
}

type DbAction = Extract<EffectAction, { type: 'assignToBuyingGroup' | 'removeFromBuyingGroup' | 'updateStage' | 'updateStatus' | 'addToJourney' }>;

type GroupLookup = (accountId: string, solutionInterestId: string) => Promise<string | null>;

async function databaseAction(trx: Kysely<DB>, e: DbAction & Effect, now: number, groupFor: GroupLookup = (a, si) => groupOf(trx, a, si)): Promise<EffectOutcome> {
  switch (e.type) {
    case 'assignToBuyingGroup':
    case 'removeFromBuyingGroup': {
      const groupId = await groupFor(e.accountId, e.solutionInterestId);
      if (!groupId) return { status: 'skipped', result: noGroup(e.solutionInterestId) };
      const actions = e.personIds.map((personId) => (e.type === 'assignToBuyingGroup' ? { op: 'add' as const, personId, roleId: e.roleId } : { op: 'remove' as const, personId }));
      const r = await applyMemberActionsIn(trx, SYSTEM_ACTOR, groupId, actions, now, 'journey');
      const words = [`${r.changes.length} membership change${r.changes.length === 1 ? '' : 's'}`, ...r.unchanged.map((u) => `${u.personId}: ${u.reason}`)];
      return { status: 'done', result: words.join('; ') };
    }
    case 'updateStage': {
      const groupId = await groupFor(e.accountId, e.solutionInterestId);
      if (!groupId) return { status: 'skipped', result: noGroup(e.solutionInterestId) };
      const group = await trx.selectFrom('buying_groups').select('stage').where('id', '=', groupId).executeTakeFirstOrThrow();
      if (group.stage === e.stage) return { status: 'done', result: `already at stage "${e.stage}"` };
      const m = await moveStageIn(trx, SYSTEM_ACTOR, groupId, e.stage, now);
      return { status: 'done', result: `stage ${m.from ?? '(none)'} → ${m.to}` };
    }
    case 'updateStatus': {
      const groupId = await groupFor(e.accountId, e.solutionInterestId);
      if (!groupId) return { status: 'skipped', result: noGroup(e.solutionInterestId) };
      const r = await setStatusLabelIn(trx, SYSTEM_ACTOR, groupId, e.status, now);
      return { status: 'done', result: r.changed ? `status "${r.from ?? ''}" → "${r.to ?? ''}"` : 'status already set' };
    }
    case 'addToJourney': {
      const target = await getJourney(trx, e.targetJourneyId);
      if (!acceptsEntries(target.status, target.startAt, now) || (target.endAt !== null && target.endAt <= now)) {
        return { status: 'skipped', result: `journey "${target.name}" is ${target.status} and takes no entries now` };
      }
      const entry = target.definition.nodes.find((n) => n.kind === 'entry');
      if (!entry) return { status: 'skipped', result: `journey "${target.name}" has no entry node` };
      const d = entryDecision(target.definition.reentry, (await entryHistories(trx, target.id, [e.accountId])).get(e.accountId) ?? [], now);
      if (!d.enter) return { status: 'skipped', result: `the account may not enter journey "${target.name}" now (${d.reason})` };
      const added = await admitEnrollments(trx, [startEnrollment({ journeyId: target.id, accountId: e.accountId, entryNumber: d.entryNumber }, entry.id, now)], entry.id, now);
      return { status: 'done', result: added ? `entered journey "${target.name}" (entry ${d.entryNumber})` : 'already entered' };
    }
  }
}

// ---- leaving the database ----------------------------------------------------------------------

/** The parts of a sales alert already done, kept in the effect's `result` between tries. */
interface AlertProgress {
  email?: string;
  webhook?: string;
  errors?: string[];
}

function progressOf(result: string | null): AlertProgress {
  if (!result?.startsWith('{')) return {};
  try {
    return JSON.parse(result) as AlertProgress;
  } catch {
    return {};
  }
}

async function alertFacts(db: Kysely<DB>, e: Extract<Effect, { type: 'salesAlert' }>, publicUrl: string | null): Promise<SalesAlertFacts | null> {
  const groupId = await groupOf(db, e.accountId, e.solutionInterestId);
  if (!groupId) return null;
  const g = await getBuyingGroup(db, groupId);
  const members = await listBuyingGroupMembers(db, groupId, { removed: false, limit: 500 });
  const roleNames = new Map((await db.selectFrom('roles').select(['id', 'name']).where('id', 'in', [...g.missingRoleIds, '']).execute()).map((r) => [r.id, r.name]));
  const si = await db.selectFrom('solution_interests').select('name').where('id', '=', g.solutionInterestId).executeTakeFirst();
  const journey = await db.selectFrom('journeys').select('name').where('id', '=', e.journeyId).executeTakeFirst();
  return {
    journeyName: journey?.name ?? e.journeyId,
    groupId,
    groupName: g.name,
    accountId: g.accountId,
    accountName: g.accountName,
    solutionInterestName: si?.name ?? g.solutionInterestId,
    stage: g.stage,
    statusLabel: g.statusLabel,
    completeness: g.completenessDisplay,
    engagement: g.engagementDisplay,
    missingRoles: g.missingRoleIds.map((id) => roleNames.get(id) ?? id),
    members: members.data.map((m) => ({ name: [m.firstName, m.lastName].filter(Boolean).join(' ') || m.email, email: m.email, title: m.jobTitle, role: m.roleName, engagement: m.personEngagementDisplay })),
    link: groupLink(publicUrl, groupId),
  };
}

/** Retry with backoff while tries are left, else fail. */
function retryOrFail(deps: EffectDeps, tries: number, now: number): { at: number } | null {
  const o = outcomeOf(deps.retry ?? JOURNEY_RETRY_POLICY, tries, null, null, now, deps.random ?? Math.random);
  return o.kind === 'retry' ? { at: o.at } : null;
}

async function salesAlert(deps: EffectDeps, claimed: StoredEffect, e: Extract<Effect, { type: 'salesAlert' }>, now: number): Promise<EffectOutcome> {
  const db = deps.database.db;
  const facts = await alertFacts(db, e, deps.publicUrl);
  if (!facts) return record(db, e.key, { status: 'skipped', result: noGroup(e.solutionInterestId) }, now);
  const progress = progressOf(claimed.result);
  const transient: string[] = [];
  const permanent: string[] = [];
  if (e.email && !progress.email) {
    if (!deps.mailer) permanent.push('email: no SMTP server is configured (set QUORUM_SMTP_URL)');
    else {
      const m = salesAlertMessage(facts);
      try {
        const sent = await deps.mailer.send({ to: e.email.to, subject: m.subject, text: m.text, html: m.html, key: e.key });
        progress.email = `sent to ${e.email.to.join(', ')} (${sent.messageId})`;
        // Stored before the webhook is tried: a retry for the webhook does not send the email again.
        await saveEffectProgress(db, e.key, JSON.stringify(progress));
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        (code !== undefined && code >= 500 && code < 600 ? permanent : transient).push(`email: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  if (e.webhook && !progress.webhook) {
    const body = JSON.stringify(salesAlertPayload(facts, e.key, now));
    const res = await postWebhook(e.webhook.url, { 'webhook-id': e.key, 'idempotency-key': e.key }, body, { policy: deps.addressPolicy ?? PUBLIC_ONLY, timeoutMs: deps.webhookTimeoutMs ?? 15_000, maxResponseBytes: 16 * 1024, resolver: deps.resolver });
    if (res.status !== null && res.status >= 200 && res.status < 300) progress.webhook = `HTTP ${res.status}`;
    else if (isFinal(res)) permanent.push(`webhook: ${res.error ?? `HTTP ${res.status}`}`);
    else transient.push(`webhook: ${res.error ?? `HTTP ${res.status}`}`);
  }
  const done = [progress.email ? `email ${progress.email}` : null, progress.webhook ? `webhook ${progress.webhook}` : null].filter(Boolean).join('; ');
  if (transient.length) {
    const retry = retryOrFail(deps, claimed.tries, now);
    if (retry) {
      await retryEffectAt(db, e.key, retry.at, JSON.stringify({ ...progress, errors: transient }));
      return { status: 'retry', result: transient.join('; ') };
    }
    permanent.push(...transient);
  }
  if (permanent.length) return record(db, e.key, { status: 'failed', result: [done, ...permanent].filter(Boolean).join('; ') }, now);
  return record(db, e.key, { status: 'done', result: done }, now);
}

/** A 4xx (other than timeout / too many requests) or a refused address will not change on a retry. */
function isFinal(res: { status: number | null; error: string | null }): boolean {
  if (res.status === null) return res.error?.startsWith('refused:') ?? false;
  return res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
}

async function callHttp(deps: EffectDeps, claimed: StoredEffect, e: Extract<Effect, { type: 'callHttp' }>, now: number): Promise<EffectOutcome> {
  const db = deps.database.db;
  const body = JSON.stringify({ id: e.key, journeyId: e.journeyId, accountId: e.accountId, nodeId: e.nodeId, at: new Date(e.at).toISOString() });
  const res = await postWebhook(e.url, { ...e.headers, 'idempotency-key': e.key }, body, { policy: deps.addressPolicy ?? PUBLIC_ONLY, timeoutMs: e.timeoutMs, maxResponseBytes: 16 * 1024, resolver: deps.resolver, method: e.method });
  if (res.status !== null && res.status >= 200 && res.status < 300) return recordAndWake(db, claimed, { status: 'done', result: `HTTP ${res.status}` }, now);
  const why = res.error ?? `HTTP ${res.status}`;
  if (!isFinal(res)) {
    const retry = retryOrFail(deps, claimed.tries, now);
    if (retry) {
      await retryEffectAt(db, e.key, retry.at, why);
      return { status: 'retry', result: why };
    }
  }
  return recordAndWake(db, claimed, { status: 'failed', result: why }, now);
}

// ---- in batches ---------------------------------------------------------------------------------

const isDbAction = (e: Effect): e is DbAction & Effect =>
  e.type === 'assignToBuyingGroup' || e.type === 'removeFromBuyingGroup' || e.type === 'updateStage' || e.type === 'updateStatus' || e.type === 'addToJourney';

/**
 * Performs a claimed batch of effects, with the same outcomes as `performEffect` one by one but
 * fewer transactions: the database actions in ONE transaction (each under a savepoint, so a
 * refusal by the rules rolls back only its own effect, recorded as skipped), the list changes one
 * store call per list, and what leaves the database one by one. Outcomes in the order of `batch`.
 */
export async function performEffects(deps: EffectDeps, batch: readonly StoredEffect[], now: number): Promise<EffectOutcome[]> {
  const outcomes = new Map<string, EffectOutcome>();
  const db = deps.database.db;
  const actions = batch.filter((c) => isDbAction(c.effect));
  if (actions.length) {
    await db.transaction().execute(async (trx) => {
      const pending = await lockPendingEffects(trx, actions.map((c) => c.effect.key));
      // The batch's groups in one read (effects neither create nor delete groups).
      const groups = await groupIdsOf(trx, actions.map((c) => c.effect.accountId));
      const group: GroupLookup = async (a, si) => groups.get(`${a}/${si}`) ?? null;
      const finished: { key: string; status: Exclude<EffectStatus, 'pending'>; result: string }[] = [];
      for (const [i, c] of actions.entries()) {
        const e = c.effect as DbAction & Effect;
        if (!pending.has(e.key)) {
          outcomes.set(e.key, { status: 'done', result: 'already performed' });
          continue;
        }
        let o: EffectOutcome;
        if (e.type !== 'addToJourney' && !groups.has(`${e.accountId}/${e.solutionInterestId}`)) o = { status: 'skipped', result: noGroup(e.solutionInterestId) };
        else {
          const point = sql.raw(`journey_effect_${i}`);
          await sql`savepoint ${point}`.execute(trx);
          try {
            o = await databaseAction(trx, e, now, group);
          } catch (err) {
            if (!(err instanceof QuorumError)) throw err;
            await sql`rollback to savepoint ${point}`.execute(trx);
            o = { status: 'skipped', result: err.message };
          }
          await sql`release savepoint ${point}`.execute(trx);
        }
        if (o.status !== 'retry') finished.push({ key: e.key, status: o.status, result: o.result });
        outcomes.set(e.key, o);
      }
      await finishEffects(trx, finished, now);
    });
  }
  const lists = new Map<string, StoredEffect[]>();
  for (const c of batch) {
    if (c.effect.type !== 'addToList' && c.effect.type !== 'removeFromList') continue;
    const k = `${c.effect.type}:${c.effect.listId}`;
    lists.set(k, [...(lists.get(k) ?? []), c]);
  }
  for (const group of lists.values()) for (const [key, o] of await listChanges(deps, group, now)) outcomes.set(key, o);
  for (const c of batch) if (!outcomes.has(c.effect.key)) outcomes.set(c.effect.key, await performEffect(deps, c, now));
  return batch.map((c) => outcomes.get(c.effect.key)!);
}

/** Effects of one kind (add or remove) on one list: one store call for their accounts, then each outcome recorded. */
async function listChanges(deps: EffectDeps, group: readonly StoredEffect[], now: number): Promise<Map<string, EffectOutcome>> {
  const db = deps.database.db;
  const first = group[0]!.effect as Extract<Effect, { type: 'addToList' | 'removeFromList' }>;
  const adding = first.type === 'addToList';
  const accountIds = group.map((c) => c.effect.accountId);
  const out = new Map<string, EffectOutcome>();
  const members = await listMembersAmong(db, first.listId, accountIds);
  try {
    if (adding) await addAccountListMembers(db, SYSTEM_ACTOR, first.listId, accountIds, now);
    else await removeAccountListMembers(db, SYSTEM_ACTOR, first.listId, accountIds, now);
  } catch (err) {
    if (!(err instanceof QuorumError)) throw err;
    // One bad account (deleted since) refuses the whole call: each alone then, with its own reason.
    for (const c of group) out.set(c.effect.key, await performEffect(deps, c, now));
    return out;
  }
  for (const c of group) {
    // In the batch's order, as one by one would: the second add of an account finds it there.
    const was = members.has(c.effect.accountId);
    if (adding) members.add(c.effect.accountId);
    else members.delete(c.effect.accountId);
    out.set(c.effect.key, { status: 'done', result: adding ? (was ? 'already in the list' : 'added to the list') : was ? 'removed from the list' : 'not in the list' });
  }
  await finishEffects(db, [...out].map(([key, o]) => ({ key, status: 'done' as const, result: o.result })), now);
  return out;
}
