/**
 * LinkedIn Matched Audiences settings from the environment, checked at start-up:
 *   QUORUM_LINKEDIN_CLIENT_ID, QUORUM_LINKEDIN_CLIENT_SECRET   the app's OAuth client (token refresh)
 *   QUORUM_LINKEDIN_SOURCE_PLATFORM   the partner sourcePlatform enum LinkedIn assigned
 *   QUORUM_LINKEDIN_VERSION           LinkedIn-Version header, YYYYMM (default 202604; versions sunset after ~1 year)
 *   QUORUM_LINKEDIN_API_URL           default https://api.linkedin.com/rest
 *   QUORUM_LINKEDIN_TOKEN_URL         default https://www.linkedin.com/oauth/v2/accessToken
 *   QUORUM_LINKEDIN_BATCH_SIZE        elements per streaming request (default 5000; LinkedIn's maximum is unpublished)
 *   QUORUM_LINKEDIN_MAX_RECORDS       records per list (default 300000)
 *   QUORUM_LINKEDIN_MIN_MATCHED       matched members a campaign needs to serve (default 300)
 *   QUORUM_LINKEDIN_SYNC_TICK_MS      how often the scheduler looks for due activations (default 60000; 0: off)
 * Without the first three, destinations can be configured but not synced. Credentials are sealed
 * with QUORUM_SECRET_KEY (the webhooks' key).
 */
import type { SecretBox } from '../store/index.ts';
import type { LinkedInSettings } from '../engine/index.ts';
import { DEFAULT_LINKEDIN_CONFIG, DEFAULT_LIST_LIMITS } from '../integrations/linkedin/index.ts';
import { wholeEnv } from './env-number.ts';

export function linkedinConfig(env: NodeJS.ProcessEnv, secrets: SecretBox | null): { settings: LinkedInSettings; tickMs: number } {
  const clientId = env.QUORUM_LINKEDIN_CLIENT_ID?.trim();
  const clientSecret = env.QUORUM_LINKEDIN_CLIENT_SECRET?.trim();
  const sourcePlatform = env.QUORUM_LINKEDIN_SOURCE_PLATFORM?.trim();
  const version = env.QUORUM_LINKEDIN_VERSION?.trim() || DEFAULT_LINKEDIN_CONFIG.version;
  if (!/^\d{6}$/.test(version)) throw new Error(`QUORUM_LINKEDIN_VERSION must be YYYYMM (e.g. 202604); got "${version}"`);
  const configured = Boolean(clientId && clientSecret && sourcePlatform);
  return {
    settings: {
      config: configured
        ? {
            ...DEFAULT_LINKEDIN_CONFIG,
            apiBaseUrl: env.QUORUM_LINKEDIN_API_URL?.trim() || DEFAULT_LINKEDIN_CONFIG.apiBaseUrl,
            tokenUrl: env.QUORUM_LINKEDIN_TOKEN_URL?.trim() || DEFAULT_LINKEDIN_CONFIG.tokenUrl,
            version,
            clientId: clientId!,
            clientSecret: clientSecret!,
            sourcePlatform: sourcePlatform!,
            batchSize: wholeEnv(env, 'QUORUM_LINKEDIN_BATCH_SIZE', DEFAULT_LINKEDIN_CONFIG.batchSize, 1, 100_000),
          }
        : null,
      secrets,
      limits: { maxRecordsPerList: wholeEnv(env, 'QUORUM_LINKEDIN_MAX_RECORDS', DEFAULT_LIST_LIMITS.maxRecordsPerList, 1, 100_000_000), minMatchedToServe: wholeEnv(env, 'QUORUM_LINKEDIN_MIN_MATCHED', DEFAULT_LIST_LIMITS.minMatchedToServe, 0, 1_000_000) },
    },
    tickMs: wholeEnv(env, 'QUORUM_LINKEDIN_SYNC_TICK_MS', 60_000, 0, 2 ** 31 - 1),
  };
}
