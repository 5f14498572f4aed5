import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/** Id prefixes per entity. Ids are `<prefix>_<ULID>`: unique, and sortable by creation time. */
export const ID_PREFIXES = {
  account: 'acc',
  person: 'per',
  relation: 'rel',
  activity: 'act',
  role: 'rol',
  persona: 'psn',
  rolesTemplate: 'tpl',
  solutionInterest: 'si',
  accountList: 'lst',
  stageModel: 'stm',
  buyingGroup: 'bg',
  job: 'job',
  user: 'usr',
  token: 'tok',
  session: 'ses',
  signInLink: 'lnk',
  audit: 'aud',
  event: 'evt',
  stageChange: 'stc',
  weightingModel: 'wm',
  upload: 'upl',
  webhook: 'wh',
  webhookMessage: 'msg',
  webhookAttempt: 'wha',
  journey: 'jny',
  journeyEnrollment: 'jen',
  destination: 'dst',
  activation: 'atv',
  activationSync: 'syn',
  enrichmentRun: 'enr',
} as const;

export type EntityKind = keyof typeof ID_PREFIXES;

/**
 * Crypto-random numbers in [0, 1) drawn from a pre-filled buffer: ulid's default source asks for
 * fresh random bytes for every character, which costs more than the rest of a small write.
 */
function bufferedRandom(): () => number {
  const buffer = new Uint8Array(4096);
  let i = buffer.length;
  return () => {
    if (i >= buffer.length) {
      randomFillSync(buffer);
      i = 0;
    }
    return (buffer[i++] as number) / 256;
  };
}

const nextUlid = monotonicFactory(bufferedRandom());

export function newId(kind: EntityKind, now: number = Date.now()): string {
  return `${ID_PREFIXES[kind]}_${nextUlid(now)}`;
}

export function hasPrefix(id: string, kind: EntityKind): boolean {
  return id.startsWith(`${ID_PREFIXES[kind]}_`);
}
