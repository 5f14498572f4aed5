/**
 * A journey's life: Draft → Live (published now, or at a start date: accounts enter from then) →
 * Closed (no new entries; accounts inside carry on) → Finished (nobody inside, or the end date
 * passed); Aborted at any time before it is over (everyone leaves at once). Duplicate works from
 * any status and makes a new Draft. Once Live only the end date may change.
 */
import { latestEnd } from './model.ts';

export const JOURNEY_STATUSES = ['draft', 'live', 'closed', 'finished', 'aborted'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const JOURNEY_ACTIONS = ['publish', 'close', 'finish', 'abort', 'duplicate'] as const;
export type JourneyAction = (typeof JOURNEY_ACTIONS)[number];

export type TransitionRefusal = 'not_draft' | 'not_live' | 'not_running' | 'already_over';

export type TransitionAnswer = { ok: true; to: JourneyStatus | null } | { ok: false; code: TransitionRefusal; message: string };

const LABEL: Record<JourneyStatus, string> = { draft: 'a Draft', live: 'Live', closed: 'Closed', finished: 'Finished', aborted: 'Aborted' };

/** Whether `action` may happen to a journey in `status`, and the status it leads to (duplicate: null, the journey itself stays as it is). */
export function transition(status: JourneyStatus, action: JourneyAction): TransitionAnswer {
  const refuse = (code: TransitionRefusal, message: string): TransitionAnswer => ({ ok: false, code, message });
  switch (action) {
    case 'publish':
      return status === 'draft' ? { ok: true, to: 'live' } : refuse('not_draft', `only a Draft can be published; this journey is ${LABEL[status]}`);
    case 'close':
      return status === 'live' ? { ok: true, to: 'closed' } : refuse('not_live', `only a Live journey can be closed; this journey is ${LABEL[status]}`);
    case 'finish':
      return status === 'live' || status === 'closed' ? { ok: true, to: 'finished' } : refuse('not_running', `only a Live or Closed journey can finish; this journey is ${LABEL[status]}`);
    case 'abort':
      return isOver(status) ? refuse('already_over', `this journey is already ${LABEL[status]}`) : { ok: true, to: 'aborted' };
    case 'duplicate':
      return { ok: true, to: null };
  }
}

export function isOver(status: JourneyStatus): boolean {
  switch (status) {
    case 'finished':
    case 'aborted':
      return true;
    case 'draft':
    case 'live':
    case 'closed':
      return false;
  }
}

/** Whether accounts may enter now. */
export function acceptsEntries(status: JourneyStatus, startAt: number | null, now: number): boolean {
  return status === 'live' && (startAt === null || startAt <= now);
}

export const EDITABLE_FIELDS = ['name', 'description', 'definition', 'startAt', 'endAt'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type EditRefusal = 'frozen' | 'over' | 'end_in_past' | 'end_too_late' | 'end_before_start';

export interface EditProblem {
  code: EditRefusal;
  field: `/${EditableField}`;
  message: string;
}

/**
 * What an edit may change: everything in a Draft (its dates are checked at publish); once Live or
 * Closed only the end date, which must stay in the future and within 3 years of the start;
 * nothing once Finished or Aborted. The layout (node positions, layout.ts) is not an editable
 * field here: it is cosmetic and changes in any status.
 */
export function editProblems(j: { status: JourneyStatus; startAt: number | null; publishedAt: number | null }, changed: readonly EditableField[], newEndAt: number | null | undefined, now: number): EditProblem[] {
  if (j.status === 'draft') return [];
  if (isOver(j.status)) return changed.map((f) => ({ code: 'over', field: `/${f}`, message: `this journey is ${LABEL[j.status]}: nothing can change` }));
  const out: EditProblem[] = [];
  for (const f of changed) {
    if (f !== 'endAt') out.push({ code: 'frozen', field: `/${f}`, message: `${f} cannot change once a journey is ${LABEL[j.status]}; only the end date can (duplicate it to change more)` });
  }
  if (changed.includes('endAt')) {
    const start = j.startAt ?? j.publishedAt ?? now;
    if (newEndAt === null || newEndAt === undefined) out.push({ code: 'end_in_past', field: '/endAt', message: 'a Live journey needs an end date' });
    else if (newEndAt <= now) out.push({ code: 'end_in_past', field: '/endAt', message: 'the new end date must be in the future' });
    else if (newEndAt <= start) out.push({ code: 'end_before_start', field: '/endAt', message: 'the end date must be after the start' });
    else if (newEndAt > latestEnd(start)) out.push({ code: 'end_too_late', field: '/endAt', message: 'the end date may be at most 3 years after the start' });
  }
  return out;
}
