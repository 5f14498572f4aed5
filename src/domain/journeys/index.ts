/**
 * Account journeys (SPEC §8): the definition model (model.ts), publish validation (validate.ts),
 * the status machine (status.ts), enrollments and re-entry (enrollment.ts), listen events
 * (events.ts), the editor's node positions (layout.ts), wait times in time zones (wait-time.ts) and the pure engine step (advance.ts).
 */
export {
  ACTION_SETTINGS,
  ACTION_TYPES,
  DEFINITION_FORMAT,
  DURATION_UNITS,
  MAX_ENTRY_LIMIT,
  MAX_HTTP_TIMEOUT_MS,
  MAX_NODES,
  MAX_SPLIT_PATHS,
  MAX_STATUS_LENGTH,
  NODE_ID,
  NO_REENTRY,
  WEEKDAYS,
  definitionSchema,
  durationMs,
  durationSchema,
  latestEnd,
  listenEventSchema,
  mustEndOnSchema,
  nodeSchema,
  reentrySchema,
  successors,
  type ActionSettings,
  type ActionType,
  type Duration,
  type JourneyDefinition,
  type JourneyNode,
  type ListenEvent,
  type MustEndOn,
  type NodeKind,
  type NodeOf,
  type Reentry,
  type Weekday,
} from './model.ts';
export { MAX_COORDINATE, layoutProblems, layoutSchema, pointSchema, pruneLayout, type JourneyLayout, type LayoutProblem, type Point } from './layout.ts';
export { PROBLEM_CODES, cyclesWithoutWait, publishRefusal, validateForPublish, type JourneyProblem, type ProblemCode, type PublishFacts } from './validate.ts';
export {
  EDITABLE_FIELDS,
  JOURNEY_ACTIONS,
  JOURNEY_STATUSES,
  acceptsEntries,
  editProblems,
  isOver,
  transition,
  type EditProblem,
  type EditRefusal,
  type EditableField,
  type JourneyAction,
  type JourneyStatus,
  type TransitionAnswer,
  type TransitionRefusal,
} from './status.ts';
export { entryDecision, nextWakeAt, startEnrollment, type Enrollment, type EnrollmentStatus, type EntryDecision, type PreviousEntry, type SplitFrame, type Token, type TokenState } from './enrollment.ts';
export { eventMatches, scoreHolds, type JourneyEvent } from './events.ts';
export { applyMustEndOn, fromWallClock, offsetAt, waitEnd, wallClock } from './wait-time.ts';
export { MAX_VISITS, advance, type AdvanceFacts, type AdvanceResult, type Effect, type EffectAction, type Move } from './advance.ts';
export { ALERT_TOP_MEMBERS, groupLink, salesAlertMessage, salesAlertPayload, topMembers, type AlertMember, type SalesAlertFacts, type SalesAlertMessage } from './alert.ts';
