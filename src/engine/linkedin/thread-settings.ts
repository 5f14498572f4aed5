/**
 * LinkedIn settings across a worker thread boundary (engine/runner.ts → job-thread.ts): plain
 * data only (structured clone), so the secret box travels as its keys and the runtime is the
 * real one in the thread (tests that inject a runtime run jobs inline).
 */
import { SecretBox } from '../../store/index.ts';
import type { LinkedInConfig, ListLimits } from '../../integrations/linkedin/index.ts';
import type { LinkedInSettings } from './sync.ts';

export interface LinkedInThreadData {
  config: LinkedInConfig | null;
  keys: Buffer[] | null;
  limits?: ListLimits | undefined;
  refreshMarginMs?: number | undefined;
}

export function linkedinThreadData(s: LinkedInSettings): LinkedInThreadData {
  return { config: s.config, keys: s.secrets?.exportKeys() ?? null, limits: s.limits, refreshMarginMs: s.refreshMarginMs };
}

export function linkedinFromThreadData(d: LinkedInThreadData): LinkedInSettings {
  const [primary, ...previous] = d.keys ?? [];
  return {
    config: d.config,
    secrets: primary ? new SecretBox(Buffer.from(primary), previous.map((k) => Buffer.from(k))) : null,
    ...(d.limits ? { limits: d.limits } : {}),
    ...(d.refreshMarginMs !== undefined ? { refreshMarginMs: d.refreshMarginMs } : {}),
  };
}
