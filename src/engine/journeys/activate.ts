/**
 * The journey action "activate to a destination": the account is added to the named activation
 * of a LinkedIn destination (store/activation-accounts.ts: its sync then sends the company and
 * its buying groups' members besides what the activation's filter selects) and a sync of that
 * activation is queued (an `activation_sync` job, trigger `journey`), or joined when one is
 * already queued — so a thousand accounts reaching the action at once make one sync, not a
 * thousand. The job runner runs it; its outcome is in the activation's sync history.
 *
 * Once: the addition, the job and the effect's record commit in one transaction under the
 * effect's row lock (a retry after a crash finds it done; before the commit nothing happened).
 *
 * A sync that already holds the activation's lease may have read its lists before this account
 * was added, so joining it could leave the account out until some later sync. The action then
 * keeps the account added and tries again later (JOURNEY_RETRY_POLICY) to queue a sync of its
 * own; at the last try it is done, saying the account goes with the activation's next sync.
 * (Queued syncs are safe to join: a sync claims the lease — an update of the activation's row,
 * which this transaction holds locked — before it reads the lists.)
 */
import type { Kysely } from 'kysely';
import { addActivationAccount, finishEffect, lockPendingEffect, retryEffectAt, SYSTEM_ACTOR, type DB, type StoredEffect } from '../../store/index.ts';
import type { Effect } from '../../domain/journeys/index.ts';
import { outcomeOf, type RetryPolicy } from '../../integrations/webhooks/index.ts';
import { enqueueLockedActivationSync, lockActivation } from '../linkedin/sync-job.ts';

export type ActivateOutcome = { status: 'done' | 'skipped' | 'retry'; result: string };

export async function activateAccount(
  db: Kysely<DB>,
  claimed: StoredEffect,
  e: Extract<Effect, { type: 'activate' }>,
  now: number,
  retry: { policy: RetryPolicy; random: () => number },
): Promise<ActivateOutcome> {
  return db.transaction().execute(async (trx): Promise<ActivateOutcome> => {
    if (!(await lockPendingEffect(trx, e.key))) return { status: 'done', result: 'already performed' };
    const finish = async (o: ActivateOutcome & { status: 'done' | 'skipped' }) => {
      await finishEffect(trx, e.key, o.status, o.result, now);
      return o;
    };
    // An effect of a journey published before the action named an activation.
    if (!e.activationId) return finish({ status: 'skipped', result: 'the action names no activation of the destination (published before it had to): duplicate the journey and choose one' });
    const a = await trx
      .selectFrom('activations as a')
      .innerJoin('destinations as d', 'd.id', 'a.destination_id')
      .select(['a.id', 'a.name', 'a.destination_id', 'd.name as destination_name'])
      .where('a.id', '=', e.activationId)
      .executeTakeFirst();
    // Checked at publish; deleted (or moved) since.
    if (!a) return finish({ status: 'skipped', result: `activation ${e.activationId} no longer exists` });
    if (a.destination_id !== e.destinationId) return finish({ status: 'skipped', result: `activation "${a.name}" is not an activation of destination ${e.destinationId}` });
    await lockActivation(trx, a.id);
    const added = await addActivationAccount(trx, a.id, e.accountId, e.journeyId, now);
    const what = `${added ? 'added to' : 'already in'} activation "${a.name}" (destination "${a.destination_name}")`;
    const lease = await trx.selectFrom('activations').select('sync_lease_until').where('id', '=', a.id).executeTakeFirstOrThrow();
    if (lease.sync_lease_until !== null && Number(lease.sync_lease_until) > now) {
      const o = outcomeOf(retry.policy, claimed.tries, null, null, now, retry.random);
      if (o.kind === 'retry') {
        const why = `${what}; a sync of the activation is running, which may have read its lists already: queueing another once it ends`;
        await retryEffectAt(trx, e.key, o.at, why);
        return { status: 'retry', result: why };
      }
      return finish({ status: 'done', result: `${what}; a sync of the activation was running at every try: the account goes with its next sync` });
    }
    const { job, coalesced } = await enqueueLockedActivationSync(trx, SYSTEM_ACTOR, a.id, 'journey', now);
    return finish({ status: 'done', result: `${what}; ${coalesced ? `joined sync job ${job.id} (${job.status}, not yet reading the lists)` : `sync job ${job.id} queued`}` });
  });
}
