import { describe, expect, it } from 'vitest';
import { JOURNEY_ACTIONS, JOURNEY_STATUSES, acceptsEntries, editProblems, transition, type JourneyStatus } from './status.ts';
import { latestEnd } from './model.ts';
import { DAY, T0 } from './journeys.testdata.ts';

describe('journey status machine', () => {
  it('allows exactly the transitions of the life cycle', () => {
    const table = Object.fromEntries(
      JOURNEY_STATUSES.map((s) => [s, Object.fromEntries(JOURNEY_ACTIONS.map((a) => { const r = transition(s, a); return [a, r.ok ? (r.to ?? 'copy') : r.code]; }))]),
    );
    expect(table).toEqual({
      draft: { publish: 'live', close: 'not_live', finish: 'not_running', abort: 'aborted', duplicate: 'copy' },
      live: { publish: 'not_draft', close: 'closed', finish: 'finished', abort: 'aborted', duplicate: 'copy' },
      closed: { publish: 'not_draft', close: 'not_live', finish: 'finished', abort: 'aborted', duplicate: 'copy' },
      finished: { publish: 'not_draft', close: 'not_live', finish: 'not_running', abort: 'already_over', duplicate: 'copy' },
      aborted: { publish: 'not_draft', close: 'not_live', finish: 'not_running', abort: 'already_over', duplicate: 'copy' },
    });
    const refused = transition('closed', 'publish');
    expect(refused.ok || refused.message).toBe('only a Draft can be published; this journey is Closed');
  });

  it('accepts entries only while Live and from the start date', () => {
    expect(acceptsEntries('live', null, T0)).toBe(true);
    expect(acceptsEntries('live', T0 + 1, T0)).toBe(false);
    expect(acceptsEntries('live', T0, T0)).toBe(true);
    for (const s of ['draft', 'closed', 'finished', 'aborted'] as JourneyStatus[]) expect(acceptsEntries(s, null, T0)).toBe(false);
  });

  it('lets a Draft change anything, a Live journey only its end date, a finished one nothing', () => {
    const live = { status: 'live' as const, startAt: T0, publishedAt: T0 - DAY };
    expect(editProblems({ ...live, status: 'draft' }, ['name', 'definition', 'startAt'], undefined, T0)).toEqual([]);
    expect(editProblems(live, ['endAt'], T0 + 10 * DAY, T0 + DAY)).toEqual([]);
    expect(editProblems(live, ['definition', 'endAt'], T0 + 10 * DAY, T0 + DAY).map((p) => `${p.code} ${p.field}`)).toEqual(['frozen /definition']);
    expect(editProblems(live, ['endAt'], T0, T0 + DAY).map((p) => p.code)).toEqual(['end_in_past']);
    expect(editProblems(live, ['endAt'], null, T0 + DAY).map((p) => p.code)).toEqual(['end_in_past']);
    expect(editProblems(live, ['endAt'], latestEnd(T0) + 1, T0 + DAY).map((p) => p.code)).toEqual(['end_too_late']);
    expect(editProblems({ ...live, status: 'closed' }, ['endAt'], T0 + 5 * DAY, T0 + DAY)).toEqual([]);
    expect(editProblems({ ...live, status: 'aborted' }, ['endAt'], T0 + 5 * DAY, T0 + DAY).map((p) => p.code)).toEqual(['over']);
  });
});
