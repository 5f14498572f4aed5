/**
 * `--type members`: third-party buying group membership (SPEC §4). Each row names an account, a
 * person (by email), a solution interest and a role (by name or id), optionally the group's stage
 * and status. Missing groups are created by generation itself (`generateForAccounts`: the same
 * group, name, rule members and scores a creation job would give), then each group's rows are
 * applied as member actions with source `import` through the manual-action path
 * (`applyMemberActionsIn`: precedence, eligibility, events, score refresh, audit). Precedence
 * decides: an import never undoes a manual or journey decision (the row is unchanged, with a
 * note) and outranks rules.
 */
import type { Kysely } from 'kysely';
import { dialectOf, indexAccounts, indexPeople, resolveAccountRef, resolvePersonRef, type Actor, type BatchOutcome, type BatchRow, type DB, type RowOutcomeKind } from '../../store/index.ts';
import { QuorumError, normText } from '../../domain/index.ts';
import type { MemberAction } from '../../domain/assignment/index.ts';
import type { MemberImportRow, RowProblem } from '../../domain/imports/index.ts';
import { generateForAccounts, loadPlan } from '../generation/index.ts';
import { followedDepth } from '../jobs.ts';
import { applyMemberActionsIn, MAX_MEMBER_ACTIONS } from '../members.ts';
import { moveStageIn, setStatusLabelIn } from '../stages.ts';

export interface MemberColumns {
  account: string;
  personEmail: string;
  solutionInterest: string;
  role: string;
  stage: string;
  status: string;
}

interface Resolved {
  i: number;
  row: number;
  siId: string;
  accountId: string;
  personId: string;
  roleId: string;
  stage: string | null;
  status: string | null;
}

export async function importMembers(trx: Kysely<DB>, rows: readonly BatchRow<MemberImportRow>[], columns: MemberColumns, opts: { actor: Actor; now: number }): Promise<BatchOutcome> {
  const result: BatchOutcome = { outcomes: rows.map(() => 'unchanged'), problems: [] };
  const reject = (i: number, column: string, value: string | null, reason: string) => {
    result.outcomes[i] = 'rejected';
    result.problems.push({ row: (rows[i] as BatchRow<MemberImportRow>).row, column, value, reason });
  };
  const sis = await trx.selectFrom('solution_interests').select(['id', 'name']).execute();
  const siBy = new Map<string, string>();
  for (const s of sis) siBy.set(s.id, s.id).set(`n:${normText(s.name)}`, s.id);
  const roles = await trx.selectFrom('roles').select(['id', 'name']).execute();
  const roleBy = new Map<string, string>();
  for (const r of roles) roleBy.set(r.id, r.id).set(`n:${normText(r.name)}`, r.id);
  const accounts = await indexAccounts(trx, rows.map((r) => r.value.account));
  const people = await indexPeople(trx, rows.map((r) => ({ email: r.value.personEmail, externalId: null })));

  const resolved: Resolved[] = [];
  rows.forEach(({ row, value: v }, i) => {
    const siId = siBy.get(v.solutionInterest) ?? siBy.get(`n:${normText(v.solutionInterest)}`);
    if (!siId) return reject(i, columns.solutionInterest, v.solutionInterest, `no solution interest is named "${v.solutionInterest}" (known: ${sis.map((s) => s.name).slice(0, 10).join(', ') || 'none'})`);
    const roleId = roleBy.get(v.role) ?? roleBy.get(`n:${normText(v.role)}`);
    if (!roleId) return reject(i, columns.role, v.role, `no role is named "${v.role}" (known: ${roles.map((r) => r.name).join(', ')})`);
    const account = resolveAccountRef(accounts, v.account);
    if (!('ids' in account)) return reject(i, columns.account, account.value, account.error);
    if (account.ids.length !== 1) return reject(i, columns.account, v.account.externalIds.join(';'), 'a member row names one account');
    const person = resolvePersonRef(people, { email: v.personEmail, externalId: null });
    if (!('id' in person)) return reject(i, columns.personEmail, person.value, person.error);
    resolved.push({ i, row, siId, accountId: account.ids[0] as string, personId: person.id, roleId, stage: v.stage, status: v.status });
  });

  // Groups: created where missing, by generation, per solution interest.
  const bySi = new Map<string, Resolved[]>();
  for (const r of resolved) bySi.set(r.siId, [...(bySi.get(r.siId) ?? []), r]);
  const groupOf = new Map<string, string>();
  for (const [siId, list] of bySi) {
    const accountIds = [...new Set(list.map((r) => r.accountId))];
    const existing = await trx.selectFrom('buying_groups').select(['id', 'account_id']).where('solution_interest_id', '=', siId).where('account_id', 'in', accountIds).execute();
    for (const g of existing) groupOf.set(`${siId}\u0000${g.account_id}`, g.id);
    const missing = accountIds.filter((a) => !groupOf.has(`${siId}\u0000${a}`)).sort();
    if (missing.length) {
      try {
        const plan = await loadPlan(trx, dialectOf(trx).engine, siId, { descendantDepth: await followedDepth(trx, siId) }, null);
        await generateForAccounts(trx, plan, missing, opts.now);
      } catch (e) {
        if (!(e instanceof QuorumError)) throw e;
        for (const r of list) if (missing.includes(r.accountId)) reject(r.i, columns.solutionInterest, null, `the group cannot be created: ${e.message}`);
        continue;
      }
      const created = await trx.selectFrom('buying_groups').select(['id', 'account_id']).where('solution_interest_id', '=', siId).where('account_id', 'in', missing).execute();
      for (const g of created) groupOf.set(`${siId}\u0000${g.account_id}`, g.id);
    }
  }

  // Members: per group, the rows' adds as source import (a person named twice: the last row wins).
  const byGroup = new Map<string, Resolved[]>();
  for (const r of resolved) {
    if (result.outcomes[r.i] === 'rejected') continue;
    const g = groupOf.get(`${r.siId}\u0000${r.accountId}`);
    if (!g) continue;
    byGroup.set(g, [...(byGroup.get(g) ?? []), r]);
  }
  for (const [groupId, list] of byGroup) {
    let todo = list;
    while (todo.length) {
      const part = todo.slice(0, MAX_MEMBER_ACTIONS);
      const actions: MemberAction[] = part.map((r) => ({ op: 'add', personId: r.personId, roleId: r.roleId }));
      try {
        const applied = await applyMemberActionsIn(trx, opts.actor, groupId, actions, opts.now, 'import');
        for (const c of applied.changes) {
          const r = part[c.index] as Resolved;
          result.outcomes[r.i] = c.kind === 'member_added' ? 'inserted' : 'updated';
        }
        todo = todo.slice(part.length);
      } catch (e) {
        if (!(e instanceof QuorumError) || !e.errors.length) throw e;
        // Invalid actions are taken out (as their rows' problems) and the rest applied again.
        const bad = new Set<number>();
        for (const d of e.errors) {
          const m = /^\/actions\/(\d+)\//.exec(d.field);
          const index = m ? Number(m[1]) : -1;
          const r = part[index];
          if (!r) continue;
          bad.add(index);
          if (/cannot override/.test(d.message)) result.problems.push({ row: r.row, column: columns.role, value: null, reason: `not applied: ${d.message}` });
          else reject(r.i, columns.personEmail, null, d.message);
        }
        if (bad.size === 0) throw e;
        todo = [...part.filter((_, k) => !bad.has(k)), ...todo.slice(part.length)];
      }
    }
    await groupStageAndStatus(trx, groupId, list, columns, opts, result, rows);
  }
  return result;
}

/** The last stage and status the group's rows give, set through the stage and status rules. */
async function groupStageAndStatus(trx: Kysely<DB>, groupId: string, list: readonly Resolved[], columns: MemberColumns, opts: { actor: Actor; now: number }, result: BatchOutcome, rows: readonly BatchRow<MemberImportRow>[]): Promise<void> {
  const lastStatus = [...list].reverse().find((r) => r.status !== null);
  const lastStage = [...list].reverse().find((r) => r.stage !== null);
  const mark = (r: Resolved) => {
    if (result.outcomes[r.i] === 'unchanged') result.outcomes[r.i] = 'updated';
  };
  const note = (r: Resolved, column: string, value: string | null, reason: string): RowProblem => ({ row: (rows[r.i] as BatchRow<MemberImportRow>).row, column, value, reason });
  if (lastStatus) {
    try {
      if ((await setStatusLabelIn(trx, opts.actor, groupId, lastStatus.status, opts.now)).changed) mark(lastStatus);
    } catch (e) {
      if (!(e instanceof QuorumError)) throw e;
      result.problems.push(note(lastStatus, columns.status, lastStatus.status, `status not set: ${e.message}`));
    }
  }
  if (lastStage?.stage) {
    const current = await trx.selectFrom('buying_groups').select('stage').where('id', '=', groupId).executeTakeFirst();
    if (current && current.stage !== lastStage.stage) {
      try {
        await moveStageIn(trx, opts.actor, groupId, lastStage.stage, opts.now);
        mark(lastStage);
      } catch (e) {
        if (!(e instanceof QuorumError)) throw e;
        result.problems.push(note(lastStage, columns.stage, lastStage.stage, `stage not set: ${e.message}`));
      }
    }
  }
}

export type { RowOutcomeKind };
