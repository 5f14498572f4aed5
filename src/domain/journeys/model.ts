/**
 * Account journeys (SPEC §8, issue 12): the definition model. A journey is a versioned JSON graph
 * of nodes; each node names the nodes it leads to by id (`next`, a split's paths, a listen's
 * timeout path, an HTTP call's error path). `null` ends the path there.
 *
 * The schema here is what a Draft must satisfy to be stored: the shape of every node, with the
 * parts a user fills in later left optional (a split path's condition, an action's settings).
 * Whether the graph can run — reachability, settings, conditions, cycles, dates — is publish
 * validation (validate.ts), which reports every problem on its node.
 */
import { z } from 'zod';
import { SCORE_OPS, STRING_OPS, type Condition, type ScoreTest, type StringOp, type StringOperand } from '../conditions/index.ts';

/** The version of the definition format; stored with each definition so later formats can migrate it. */
export const DEFINITION_FORMAT = 1;
export const MAX_NODES = 500;
export const MAX_SPLIT_PATHS = 25;
export const MAX_STATUS_LENGTH = 50;
export const MAX_HTTP_TIMEOUT_MS = 60_000;
export const MAX_ENTRY_LIMIT = 1000;
/** A journey's end date may be at most three calendar years (UTC) after its start: the latest end allowed. */
export function latestEnd(startAt: number): number {
  const d = new Date(startAt);
  d.setUTCFullYear(d.getUTCFullYear() + 3);
  return d.getTime();
}
export const NODE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const nodeId = z.string().regex(NODE_ID, 'node ids start with a letter and use letters, digits, _ and - (at most 64)');
const next = nodeId.nullable().describe('The node this leads to; null ends the path');
const label = z.string().trim().max(100, 'at most 100 characters').optional();

export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
const UNIT_MS: Record<DurationUnit, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 7 * 86_400_000 };
export const durationSchema = z
  .strictObject({
    amount: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100_000, 'at most 100,000'),
    unit: z.enum(DURATION_UNITS),
  })
  .meta({ id: 'JourneyDuration' });
export type Duration = z.infer<typeof durationSchema>;
export function durationMs(d: Duration): number {
  return d.amount * UNIT_MS[d.unit];
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const mustEndOnSchema = z
  .strictObject({
    weekdays: z.array(z.enum(WEEKDAYS)).min(1, 'name at least one weekday').max(7).optional().describe('Allowed weekdays (absent: every day)'),
    timeOfDay: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24 h)')
      .optional()
      .describe('Local time of day the wait ends at (absent: any time on an allowed day)'),
    timeZone: z.string().min(1).max(64).refine(isTimeZone, 'is not a known IANA time zone (e.g. Europe/Paris)'),
  })
  .meta({ id: 'JourneyMustEndOn', description: 'The wait ends at the first instant at or after its end that falls on an allowed weekday at the time of day, in the time zone' });
export type MustEndOn = z.infer<typeof mustEndOnSchema>;

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset, e.g. 2027-03-01T09:00:00Z' });

export const waitSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('duration'), duration: durationSchema }),
  z.strictObject({ type: z.literal('until'), until: instant }),
]);

const scoreTestSchema = z.strictObject({ op: z.enum(SCORE_OPS), value: z.union([z.number(), z.tuple([z.number(), z.number()])]) });
const stringTestSchema = z.strictObject({ op: z.enum(STRING_OPS), value: z.union([z.string(), z.array(z.string())]).optional() });
const ids = z.array(z.string().min(1).max(100)).max(100);

/** The events a listen step waits for; each with the filters its kind allows. */
export const listenEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('memberAssigned'), solutionInterestId: z.string().min(1).max(100), roleIds: ids.optional() }),
  z.strictObject({ type: z.literal('memberRemoved'), solutionInterestId: z.string().min(1).max(100), roleIds: ids.optional() }),
  z.strictObject({ type: z.literal('stageChanged'), solutionInterestId: z.string().min(1).max(100), to: ids.optional(), from: ids.optional() }),
  z.strictObject({ type: z.literal('statusChanged'), solutionInterestId: z.string().min(1).max(100), newValue: stringTestSchema.optional(), previousValue: stringTestSchema.optional() }),
  z.strictObject({ type: z.literal('completenessChanged'), solutionInterestId: z.string().min(1).max(100), newValue: scoreTestSchema.optional(), previousValue: scoreTestSchema.optional() }),
  z.strictObject({ type: z.literal('engagementChanged'), solutionInterestId: z.string().min(1).max(100), newValue: scoreTestSchema.optional(), previousValue: scoreTestSchema.optional() }),
  z.strictObject({ type: z.literal('personActivity'), activityTypes: z.array(z.string().min(1).max(100)).min(1, 'name at least one activity type').max(100) }),
]);
export type ListenEvent = z.infer<typeof listenEventSchema>;

export const ACTION_TYPES = [
  'assignToBuyingGroup',
  'removeFromBuyingGroup',
  'updateStage',
  'updateStatus',
  'salesAlert',
  'addToList',
  'removeFromList',
  'addToJourney',
  'activate',
  'callHttp',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/**
 * A condition inside a definition: any JSON object here. A Draft may hold one half written; publish
 * validation checks it with `validateCondition` for its subject (account or person), which names
 * the exact place of each problem — a generic union mismatch from zod would not.
 */
const conditionSchema = z
  .record(z.string(), z.unknown(), { error: 'must be a condition object (SPEC §3), e.g. { "field": "employees", "op": "gte", "value": 500 }' })
  .meta({ description: 'A condition in the condition language (SPEC §3); checked when the journey is published' }) as unknown as z.ZodType<Condition>;

const siId = z.string().min(1, 'choose a solution interest').max(100);
const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000);

/**
 * The settings each action needs to run, checked at publish (a Draft may hold incomplete ones).
 * `where`: the people an assign / remove acts on — in a people split, the path's people; elsewhere
 * the account's related people (active relations) — narrowed by this person condition when given.
 */
export const ACTION_SETTINGS = {
  assignToBuyingGroup: z.strictObject({ solutionInterestId: siId, roleId: z.string().min(1, 'choose a role').max(100), where: conditionSchema.optional() }),
  removeFromBuyingGroup: z.strictObject({ solutionInterestId: siId, where: conditionSchema.optional() }),
  updateStage: z.strictObject({ solutionInterestId: siId, stage: z.string().min(1, 'choose a stage').max(50) }),
  updateStatus: z.strictObject({
    solutionInterestId: siId,
    status: z.string().trim().min(1, 'must not be empty').max(MAX_STATUS_LENGTH, `status labels are at most ${MAX_STATUS_LENGTH} characters`),
  }),
  salesAlert: z
    .strictObject({
      solutionInterestId: siId,
      email: z.strictObject({ to: z.array(z.email('must be an email address')).min(1, 'name at least one recipient').max(50) }).optional(),
      webhook: z.strictObject({ url }).optional(),
    })
    .refine((s) => s.email || s.webhook, { message: 'a sales alert needs an email, a webhook or both', path: ['email'] }),
  addToList: z.strictObject({ listId: z.string().min(1, 'choose a static list').max(100) }),
  removeFromList: z.strictObject({ listId: z.string().min(1, 'choose a static list').max(100) }),
  addToJourney: z.strictObject({ journeyId: z.string().min(1, 'choose a Live journey').max(100) }),
  /** Adds the account (its company, and its buying groups' members) to an activation of the destination, then syncs it. */
  activate: z.strictObject({ destinationId: z.string().min(1, 'choose a destination').max(100), activationId: z.string().min(1, 'choose an activation of the destination').max(100) }),
  callHttp: z.strictObject({
    url,
    method: z.enum(['POST', 'PUT', 'PATCH', 'GET']).default('POST'),
    timeoutMs: z.number().int().min(100, 'at least 100 ms').max(MAX_HTTP_TIMEOUT_MS, `at most ${MAX_HTTP_TIMEOUT_MS} ms`),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'header names use letters, digits and -'), z.string().max(2000)).optional(),
  }),
} as const satisfies Record<ActionType, z.ZodType>;
export type ActionSettings = { [K in ActionType]: z.output<(typeof ACTION_SETTINGS)[K]> };

const conditionOpt = conditionSchema.optional().describe('Absent in a Draft; required to publish');

const pathSchema = z.strictObject({ label, condition: conditionOpt, next });
const nodeBase = { id: nodeId, label };

export const nodeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...nodeBase, kind: z.literal('entry'), listId: z.string().min(1).max(100).nullable().describe('The account list whose accounts enter'), next }),
    z.strictObject({
      ...nodeBase,
      kind: z.literal('accountSplit'),
      paths: z.array(pathSchema).max(MAX_SPLIT_PATHS, `at most ${MAX_SPLIT_PATHS} paths`).describe('Account conditions, tried in order; the first that holds wins'),
      otherPath: z.strictObject({ next }).nullable().optional().describe('Where accounts that match no path go (absent: they leave the journey)'),
    }),
    z.strictObject({
      ...nodeBase,
      kind: z.literal('peopleSplit'),
      paths: z.array(pathSchema).max(MAX_SPLIT_PATHS, `at most ${MAX_SPLIT_PATHS} paths`).describe('Person conditions, tried in order per person'),
      otherPath: z.strictObject({ next }).nullable().optional(),
      mergeId: nodeId.nullable().describe('The merge node that closes this split'),
    }),
    z.strictObject({ ...nodeBase, kind: z.literal('merge'), next }),
    z.strictObject({ ...nodeBase, kind: z.literal('wait'), wait: waitSchema, mustEndOn: mustEndOnSchema.optional(), next }),
    z.strictObject({
      ...nodeBase,
      kind: z.literal('listen'),
      event: listenEventSchema,
      timeout: durationSchema,
      next: next.describe('Where the account goes when the event happens'),
      timeoutNext: nodeId.nullable().optional().describe('Where it goes when the timeout passes first (absent: the path ends)'),
    }),
    z.strictObject({
      ...nodeBase,
      kind: z.literal('action'),
      action: z.enum(ACTION_TYPES),
      settings: z.record(z.string(), z.unknown()).nullable().describe('The action\'s settings; checked at publish'),
      next,
      errorNext: nodeId.nullable().optional().describe('callHttp only: where the account goes when the call fails or times out'),
    }),
  ])
  .meta({ id: 'JourneyNode' });
export type JourneyNode = z.infer<typeof nodeSchema>;
export type NodeKind = JourneyNode['kind'];
export type NodeOf<K extends NodeKind> = Extract<JourneyNode, { kind: K }>;

export const reentrySchema = z
  .strictObject({
    enabled: z.boolean(),
    delay: durationSchema.optional().describe('How long after the previous entry an account may enter again (absent: at once)'),
    from: z.enum(['end', 'start']).default('end').describe('The delay counts from the end or the start of the previous entry'),
    limit: z.number().int().min(1).max(MAX_ENTRY_LIMIT).optional().describe('At most this many entries per account (absent: no limit)'),
  })
  .meta({ id: 'JourneyReentry' });
export type Reentry = z.infer<typeof reentrySchema>;
export const NO_REENTRY: Reentry = { enabled: false, from: 'end' };

export const definitionSchema = z
  .strictObject({
    format: z.literal(DEFINITION_FORMAT).default(DEFINITION_FORMAT),
    nodes: z
      .array(nodeSchema)
      .max(MAX_NODES, `at most ${MAX_NODES} nodes`)
      .refine((ns) => new Set(ns.map((n) => n.id)).size === ns.length, 'node ids must be unique'),
    reentry: reentrySchema.default(NO_REENTRY),
  })
  .meta({ id: 'JourneyDefinition' });
export type JourneyDefinition = z.output<typeof definitionSchema>;

/** The places a node leads to, with the JSON pointer (inside the node) of each. */
export function successors(n: JourneyNode): { field: string; to: string | null }[] {
  switch (n.kind) {
    case 'entry':
    case 'merge':
    case 'wait':
      return [{ field: '/next', to: n.next }];
    case 'accountSplit':
    case 'peopleSplit':
      return [...n.paths.map((p, i) => ({ field: `/paths/${i}/next`, to: p.next })), ...(n.otherPath ? [{ field: '/otherPath/next', to: n.otherPath.next }] : [])];
    case 'listen':
      return [{ field: '/next', to: n.next }, ...(n.timeoutNext !== undefined ? [{ field: '/timeoutNext', to: n.timeoutNext }] : [])];
    case 'action':
      return [{ field: '/next', to: n.next }, ...(n.errorNext !== undefined ? [{ field: '/errorNext', to: n.errorNext }] : [])];
  }
}

export type { Condition, ScoreTest, StringOp, StringOperand };
