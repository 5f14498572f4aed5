/** `quorum destinations list|create`, `quorum activations list|sync`: the /destinations API's main calls, on the database directly. */
import { SYSTEM_ACTOR, createDestination, listActivations, listDestinations, secretBoxFromEnv, type Database } from '../store/index.ts';
import { syncActivation } from '../engine/index.ts';
import { linkedinConfig } from './linkedin-config.ts';

export async function listDestinationsCommand(database: Database, json: boolean, out: (line: string) => void): Promise<void> {
  const all = await listDestinations(database.db);
  if (json) return out(JSON.stringify(all, null, 2));
  for (const d of all) out(`${d.id}  ${d.state.padEnd(13)}  ad account ${d.adAccountId}  ${d.name}${d.stateMessage ? `  (${d.stateMessage})` : ''}`);
}

export async function createDestinationCommand(database: Database, opts: { name: string; adAccount: string }, out: (line: string) => void): Promise<void> {
  const d = await createDestination(database.db, SYSTEM_ACTOR, { name: opts.name, adAccountId: opts.adAccount.trim() }, Date.now());
  out(d.id);
}

export async function listActivationsCommand(database: Database, json: boolean, out: (line: string) => void): Promise<void> {
  const all = await listActivations(database.db);
  if (json) return out(JSON.stringify(all, null, 2));
  for (const a of all) {
    const lists = [a.companyList ? `companies ${a.companyStatus ?? '-'} (${a.companyAudienceSize ?? '?'})` : null, a.contactList ? `contacts ${a.contactStatus ?? '-'} (${a.contactAudienceSize ?? '?'})` : null].filter(Boolean).join(', ');
    out(`${a.id}  ${a.destinationId}  ${a.name}  ${lists}  last sync ${a.lastSyncAt ? new Date(a.lastSyncAt).toISOString() : 'never'}`);
  }
}

export async function syncActivationCommand(database: Database, id: string, out: (line: string) => void): Promise<number> {
  const { settings } = linkedinConfig(process.env, secretBoxFromEnv(process.env));
  const s = await syncActivation(database, settings, id, 'manual', Date.now);
  out(`${s.id}  ${s.status}  companies +${s.companiesAdded} -${s.companiesRemoved}  contacts +${s.contactsAdded} -${s.contactsRemoved}  errors ${s.errors}  retries ${s.retries}${s.message ? `  ${s.message}` : ''}`);
  for (const w of s.warnings) out(`warning: ${w}`);
  return s.status === 'failed' ? 1 : 0;
}
