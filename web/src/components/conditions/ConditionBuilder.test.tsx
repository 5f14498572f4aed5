// @vitest-environment jsdom
/**
 * The condition builder round-trips the whole condition language: what it is shown comes back
 * unchanged (a fixed corpus of every leaf kind and operator class, and random conditions from
 * fast-check), it never emits on its own, and edits emit exactly the JSON they should.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import fc from 'fast-check';
import { useState } from 'react';
import catalogue from './fixtures.test-data.json';
import { ConditionBuilder, type Condition, type Subject } from './index.ts';
import { BOOLEAN_OPS, DATE_OPS, NUMBER_OPS, SCORE_OPS, STRING_OPS, type ConditionError, type ScoreTest } from './types.ts';

// The API client takes `fetch` when it is created (on import): route it to the fake from the start.
const fetchRoute = vi.hoisted(() => {
  const route: { fn: (input: RequestInfo | URL) => Promise<Response> } = { fn: () => Promise.reject(new Error('fetch before the fake')) };
  globalThis.fetch = ((input: RequestInfo | URL) => route.fn(input)) as typeof fetch;
  return route;
});

const REFS = {
  '/api/v1/personas': { data: [{ id: 'psn_it', name: 'IT leadership' }, { id: 'psn_sec', name: 'Security' }], nextCursor: null },
  '/api/v1/account-lists': { data: [{ id: 'lst_named', name: 'Named accounts', kind: 'static' }, { id: 'lst_dyn', name: 'Big software', kind: 'dynamic' }], nextCursor: null },
  '/api/v1/activity-types': { data: [{ key: 'email_opened', label: 'Email opened' }, { key: 'form_filled', label: 'Form filled' }, { key: 'event_attended', label: 'Event attended' }] },
  '/api/v1/roles': { data: [{ id: 'rol_decision_maker', name: 'Decision Maker' }, { id: 'rol_champion', name: 'Champion' }], nextCursor: null },
  '/api/v1/solution-interests': { data: [{ id: 'si_sec', name: 'Security suite', stageModelId: 'stm_1' }], nextCursor: null },
  '/api/v1/roles-templates': { data: [], nextCursor: null },
  '/api/v1/stage-models': { data: [{ id: 'stm_1', name: 'Pipeline', stages: [{ key: 'qualified', name: 'Qualified' }, { key: 'won', name: 'Won' }] }], nextCursor: null },
  '/api/v1/accounts': { data: [{ id: 'acc_parent', name: 'Acme Holding', domain: 'acme.test' }], nextCursor: null },
} as Record<string, unknown>;

function fakeFetch(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  let body: unknown;
  if (url.pathname === '/api/v1/condition-fields') body = { subject: url.searchParams.get('subject'), fields: catalogue[url.searchParams.get('subject') as Subject], customKeysTruncated: false, sampledRows: 1 };
  else if (url.pathname.startsWith('/api/v1/accounts/')) body = { id: url.pathname.split('/').pop(), name: 'Acme Holding' };
  else body = REFS[url.pathname];
  if (body === undefined) return Promise.resolve(new Response(JSON.stringify({ status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } }));
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

beforeAll(() => {
  fetchRoute.fn = fakeFetch;
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  Element.prototype.scrollIntoView ??= () => {};
});
afterEach(() => cleanup());

const clients: QueryClient[] = [];
function newClient(): QueryClient {
  const c = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  clients.push(c);
  return c;
}
// One client for the property runs, so references are fetched once.
const shared = newClient();

function show(subject: Subject, value: Condition | null, opts: { errors?: ConditionError[]; client?: QueryClient; readOnly?: boolean } = {}) {
  const onChange = vi.fn<(c: Condition | null) => void>();
  const utils = render(
    <MantineProvider env="test">
      <QueryClientProvider client={opts.client ?? shared}>
        <ConditionBuilder subject={subject} value={value} onChange={onChange} errors={opts.errors} readOnly={opts.readOnly} label="Condition" />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...utils, onChange };
}

/** A stateful host: the builder's output fed back in, as a page does. */
function Host({ subject, initial, onValue }: { subject: Subject; initial: Condition | null; onValue: (c: Condition | null) => void }) {
  const [value, setValue] = useState<Condition | null>(initial);
  return (
    <ConditionBuilder
      subject={subject}
      value={value}
      onChange={(c) => {
        setValue(c);
        onValue(c);
      }}
    />
  );
}
async function host(subject: Subject, initial: Condition | null) {
  const onValue = vi.fn<(c: Condition | null) => void>();
  const client = newClient();
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <Host subject={subject} initial={initial} onValue={onValue} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  // The catalogue and the references are loaded (as they are when a person starts editing).
  await waitFor(() => {
    const fields = client.getQueryState(['condition-fields', subject]);
    if (fields) expect(fields.status).toBe('success');
    for (const key of [['personas'], ['activity-types'], ['account-lists'], ['lookups']]) expect(client.getQueryState(key)?.status, JSON.stringify(key) + String(client.getQueryState(key)?.error)).toBe('success');
  });
  const last = () => onValue.mock.calls.at(-1)?.[0];
  return { onValue, last };
}

/** Every node of a condition with its JSON-pointer path (people.where included). */
function nodePaths(c: Condition, path = ''): string[] {
  if ('all' in c) return [path, ...c.all.flatMap((x, i) => nodePaths(x, `${path}/all/${i}`))];
  if ('any' in c) return [path, ...c.any.flatMap((x, i) => nodePaths(x, `${path}/any/${i}`))];
  if ('not' in c) return [path, ...nodePaths(c.not, `${path}/not`)];
  if ('people' in c && c.people.where) return [path, ...nodePaths(c.people.where, `${path}/people/where`)];
  return [path];
}

/** Shown, then wrapped in an all-of group through the root's menu: the emitted JSON is {all: [input]}, the input unchanged. */
async function roundTrip(subject: Subject, c: Condition) {
  const input = structuredClone(c);
  const { onChange, container } = show(subject, c);
  // Every node has its editor.
  const shown = [...container.querySelectorAll('[data-path]')].map((e) => e.getAttribute('data-path'));
  expect(shown).toEqual(nodePaths(c));
  expect(onChange).not.toHaveBeenCalled();
  const root = container.querySelector('[data-path=""]') as HTMLElement;
  const menu = within(root)
    .getAllByRole('button', { name: /^Actions for/ })
    .find((b) => b.closest('[data-path]') === root);
  fireEvent.click(menu as HTMLElement);
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Wrap in a group: all of' }));
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onChange.mock.calls[0]?.[0]).toEqual({ all: [input] });
  expect(c).toEqual(input);
  cleanup();
}

const PERSON_CORPUS: Condition[] = [
  { field: 'jobTitle', op: 'contains', value: 'security' },
  { field: 'jobTitle', op: 'contains', value: ['security', 'infosec'] },
  { field: 'email', op: 'ends_with', value: '@acme.test' },
  { field: 'department', op: 'is_one_of', value: ['IT', 'Security'] },
  { field: 'country', op: 'is_none_of', value: ['US'] },
  { field: 'phone', op: 'is_empty' },
  { field: 'city', op: 'is_not_empty' },
  { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] },
  { field: 'derivedSeniority', op: 'is', value: 'director' },
  { field: 'derivedFunction', op: 'starts_with', value: 'eng' },
  { field: 'derivedFunction', op: 'is_not', value: 'sales' },
  { field: 'engagementScore', op: 'gte', value: 40 },
  { field: 'engagementScore', op: 'between', value: [10, 60.5] },
  { field: 'engagementScore', op: 'is_empty' },
  { field: 'createdAt', op: 'in_last_days', value: 30 },
  { field: 'createdAt', op: 'between', value: ['2024-01-01', '2024-03-31'] },
  { field: 'updatedAt', op: 'before', value: '2025-06-30' },
  { field: 'updatedAt', op: 'after', value: '2025-01-01' },
  { field: 'updatedAt', op: 'lte', value: '2025-01-01' },
  { field: 'unsubscribed', op: 'is_true' },
  { field: 'emailInvalid', op: 'is_false' },
  { field: 'custom.badge', op: 'is', value: 'gold' },
  { field: 'custom.badge', type: 'string', op: 'not_contains', value: 'x' },
  { field: 'custom.score', type: 'number', op: 'between', value: [1, 5] },
  { field: 'custom.joined', type: 'date', op: 'in_last_days', value: 7 },
  { field: 'custom.vip', type: 'boolean', op: 'is_true' },
  { field: 'custom.not_in_data', type: 'date', op: 'eq', value: '2024-02-29' },
  { activity: { type: 'email_opened', atLeast: 3, inLastDays: 30 } },
  { activity: { type: ['form_filled', 'event_attended'], atLeast: 1, inLastDays: 90 } },
  { activity: { type: ['email_opened'], atLeast: 1, inLastDays: 7 } },
  { persona: 'psn_it' },
  { persona: 'psn_unknown' },
  { memberOfList: 'lst_named' },
  { roleInAccount: { op: 'is', value: 'Budget owner' } },
  { roleInAccount: { op: 'is_one_of', value: ['Budget owner', 'Approver'] } },
  { roleInAccount: { op: 'is_empty' } },
  { all: [] },
  { any: [] },
  { not: { field: 'jobTitle', op: 'contains', value: 'intern' } },
  {
    all: [
      { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] }, { field: 'engagementScore', op: 'gt', value: 50 }] },
      { not: { any: [{ field: 'unsubscribed', op: 'is_true' }, { not: { persona: 'psn_sec' } }] } },
      { activity: { type: 'email_opened', atLeast: 2, inLastDays: 14 } },
    ],
  },
];

const ACCOUNT_CORPUS: Condition[] = [
  { field: 'industry', op: 'is', value: 'Software' },
  { field: 'employees', op: 'gte', value: 1000 },
  { field: 'annualRevenue', op: 'between', value: [1e6, 5e7] },
  { field: 'annualRevenue', op: 'neq', value: 0 },
  { field: 'country', op: 'is_one_of', value: ['DE', 'FR'] },
  { field: 'createdAt', op: 'gt', value: '2024-01-01' },
  { field: 'custom.tier', op: 'is', value: 'gold' },
  { field: 'custom.seats', type: 'number', op: 'lt', value: 10 },
  { field: 'custom.renewal', type: 'date', op: 'between', value: ['2026-01-01', '2026-12-31'] },
  { field: 'custom.strategic', type: 'boolean', op: 'is_false' },
  { memberOfList: 'lst_named' },
  { descendantOf: 'acc_parent' },
  { people: { atLeast: 2 } },
  { people: { atLeast: 1, relationType: 'employee' } },
  { people: { atLeast: 3, relationType: ['employee', 'contractor'], where: { all: [{ field: 'derivedSeniority', op: 'is', value: 'vp' }, { roleInAccount: { op: 'contains', value: 'budget' } }] } } },
  { people: { atLeast: 1, where: { not: { persona: 'psn_it' } } } },
  { people: { atLeast: 1, where: { activity: { type: ['email_opened', 'form_filled'], atLeast: 2, inLastDays: 30 } } } },
  { buyingGroup: { solutionInterestId: 'si_sec' } },
  { buyingGroup: { solutionInterestId: 'si_sec', active: true, stage: 'qualified' } },
  { buyingGroup: { solutionInterestId: 'si_sec', active: false, stage: ['qualified', 'won'], status: { op: 'is', value: 'Hot' } } },
  { buyingGroup: { solutionInterestId: 'si_sec', completeness: { op: 'lt', value: 50 }, engagement: { op: 'between', value: [20, 80] } } },
  { buyingGroup: { solutionInterestId: 'si_sec', status: { op: 'is_empty' }, roleCount: [{ roleId: 'rol_decision_maker', atMost: 0 }, { roleId: 'rol_champion', atLeast: 1, atMost: 3 }] } },
  { not: { buyingGroup: { solutionInterestId: 'si_sec', active: true } } },
  {
    any: [
      { all: [{ field: 'industry', op: 'is', value: 'software' }, { not: { field: 'employees', op: 'lt', value: 100 } }] },
      { people: { atLeast: 2, where: { any: [{ field: 'custom.badge', op: 'is', value: 'gold' }, { memberOfList: 'lst_named' }] } } },
    ],
  },
];

describe('ConditionBuilder: JSON → UI → JSON unchanged', () => {
  it.each(PERSON_CORPUS.map((c) => [JSON.stringify(c), c] as const))('person %s', async (_name, c) => roundTrip('person', c));
  it.each(ACCOUNT_CORPUS.map((c) => [JSON.stringify(c), c] as const))('account %s', async (_name, c) => roundTrip('account', c));

  it('the corpus has every kind of node', () => {
    const kinds = new Set<string>();
    const visit = (c: Condition): void => {
      kinds.add(Object.keys(c).find((k) => !['op', 'value', 'type'].includes(k)) as string);
      if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
      else if ('people' in c && c.people.where) visit(c.people.where);
    };
    [...PERSON_CORPUS, ...ACCOUNT_CORPUS].forEach(visit);
    expect([...kinds].sort()).toEqual(['activity', 'all', 'any', 'buyingGroup', 'descendantOf', 'field', 'memberOfList', 'not', 'people', 'persona', 'roleInAccount']);
  });
});

// ---- random valid conditions (mirrors the generators of src/store/conditions-sql.testdata.ts) ----

const text = fc.constantFrom('security', 'IT', 'Director', 'acme', 'Budget owner', 'ß', '  padded  ', 'x%_\\');
const texts = fc.uniqueArray(text, { minLength: 1, maxLength: 3 });
const num = fc.oneof(fc.integer({ min: -10, max: 6000 }), fc.constantFrom(0.5, 99.75));
const day = fc.constantFrom('2024-01-01', '2024-02-29', '2025-06-30', '2026-12-31');

function stringOperand(op: string): fc.Arbitrary<string | string[] | undefined> {
  if (op === 'is_empty' || op === 'is_not_empty') return fc.constant(undefined);
  if (op === 'is_one_of' || op === 'is_none_of') return texts;
  return fc.oneof({ arbitrary: text, weight: 3 }, { arbitrary: texts, weight: 1 });
}

function fieldLeaf(subject: Subject): fc.Arbitrary<Condition> {
  const builtins = catalogue[subject].filter((f) => f.group !== 'custom');
  const customs = ['badge', 'score', 'joined', 'vip', 'other_key'].flatMap((k) => (['string', 'number', 'date', 'boolean'] as const).map((type) => ({ path: `custom.${k}`, type, values: undefined as string[] | undefined, custom: true })));
  const fields = [...builtins.map((f) => ({ path: f.path, type: f.type as 'string' | 'number' | 'date' | 'boolean', values: 'values' in f ? (f.values as string[]) : undefined, custom: false })), ...customs];
  return fc.constantFrom(...fields).chain((f) => {
    const typed = (c: Record<string, unknown>, withType: boolean) => (f.custom && (f.type !== 'string' || withType) ? { ...c, type: f.type } : c) as unknown as Condition;
    const body = (op: string, value: unknown) => (value === undefined ? { field: f.path, op } : { field: f.path, op, value });
    switch (f.type) {
      case 'string':
        return fc.tuple(fc.constantFrom(...STRING_OPS), fc.boolean()).chain(([op, t]) =>
          (f.values ? (op === 'is_empty' || op === 'is_not_empty' ? fc.constant(undefined) : op === 'is_one_of' || op === 'is_none_of' ? fc.uniqueArray(fc.constantFrom(...f.values), { minLength: 1, maxLength: 3 }) : fc.constantFrom(...f.values)) : stringOperand(op)).map((v) =>
            typed(body(op, v), t),
          ),
        );
      case 'number':
        return fc.constantFrom(...NUMBER_OPS).chain((op) =>
          (op === 'is_empty' || op === 'is_not_empty' ? fc.constant(undefined) : op === 'between' ? fc.tuple(num, num).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]) : num).map((v) => typed(body(op, v), false)),
        );
      case 'date':
        return fc.constantFrom(...DATE_OPS).chain((op) =>
          (op === 'is_empty' || op === 'is_not_empty'
            ? fc.constant(undefined)
            : op === 'in_last_days'
              ? fc.integer({ min: 1, max: 365 })
              : op === 'between'
                ? fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]))
                : day
          ).map((v) => typed(body(op, v), false)),
        );
      case 'boolean':
        return fc.constantFrom(...BOOLEAN_OPS).map((op) => typed({ field: f.path, op }, false));
    }
  });
}

function conditionArb(subject: Subject, depth: number): fc.Arbitrary<Condition> {
  const leaves: fc.Arbitrary<Condition>[] = [fieldLeaf(subject), fieldLeaf(subject), fc.constantFrom('lst_named', 'lst_unknown').map((memberOfList) => ({ memberOfList }))];
  if (subject === 'person') {
    leaves.push(
      fc
        .record({
          type: fc.oneof(fc.constantFrom('email_opened', 'form_filled', 'never_seen'), fc.uniqueArray(fc.constantFrom('email_opened', 'form_filled', 'event_attended'), { minLength: 1, maxLength: 3 })),
          atLeast: fc.integer({ min: 1, max: 4 }),
          inLastDays: fc.integer({ min: 1, max: 70 }),
        })
        .map((activity) => ({ activity })),
      fc.constantFrom(...STRING_OPS).chain((op) => stringOperand(op).map((value) => ({ roleInAccount: value === undefined ? { op } : { op, value } }))),
      fc.constantFrom('psn_it', 'psn_sec').map((persona) => ({ persona })),
    );
  } else {
    leaves.push(
      fc.constant({ descendantOf: 'acc_parent' }),
      fc
        .record(
          {
            atLeast: fc.integer({ min: 1, max: 3 }),
            where: conditionArb('person', 1),
            relationType: fc.oneof(fc.constantFrom('employee' as const, 'contractor' as const), fc.uniqueArray(fc.constantFrom('employee' as const, 'contractor' as const), { minLength: 1, maxLength: 2 })),
          },
          { requiredKeys: ['atLeast'] },
        )
        .map((people) => ({ people })),
      buyingGroupArb(),
    );
  }
  const leaf = fc.oneof(...leaves);
  if (depth === 0) return leaf;
  const sub = conditionArb(subject, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: fc.array(sub, { maxLength: 3 }).map((all) => ({ all })), weight: 2 },
    { arbitrary: fc.array(sub, { maxLength: 3 }).map((any) => ({ any })), weight: 2 },
    { arbitrary: sub.map((c) => ({ not: c })), weight: 1 },
  );
}

function buyingGroupArb(): fc.Arbitrary<Condition> {
  const score = fc.constantFrom(...SCORE_OPS).chain((op): fc.Arbitrary<ScoreTest> =>
    op === 'between' ? fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => ({ op, value: [Math.min(a, b), Math.max(a, b)] as [number, number] })) : fc.integer({ min: 0, max: 100 }).map((value) => ({ op, value })),
  );
  return fc
    .record(
      {
        solutionInterestId: fc.constantFrom('si_sec', 'si_other'),
        active: fc.boolean(),
        stage: fc.oneof(fc.constantFrom('qualified', 'won'), fc.uniqueArray(fc.constantFrom('qualified', 'won', 'lost'), { minLength: 1, maxLength: 3 })),
        status: fc.constantFrom(...STRING_OPS).chain((op) => stringOperand(op).map((value) => (value === undefined ? { op } : { op, value }))),
        completeness: score,
        engagement: score,
        roleCount: fc.array(
          fc.record({ roleId: fc.constantFrom('rol_decision_maker', 'rol_champion'), atLeast: fc.integer({ min: 0, max: 3 }), atMost: fc.integer({ min: 3, max: 5 }) }, { requiredKeys: ['roleId'] }).filter((r) => r.atLeast !== undefined || r.atMost !== undefined),
          { minLength: 1, maxLength: 2 },
        ),
      },
      { requiredKeys: ['solutionInterestId'] },
    )
    .map((buyingGroup) => ({ buyingGroup }) as Condition);
}

describe('ConditionBuilder: random valid conditions round-trip', () => {
  for (const subject of ['person', 'account'] as const) {
    it(`${subject} conditions`, async () => {
      await fc.assert(
        fc.asyncProperty(conditionArb(subject, 3), async (c) => {
          await roundTrip(subject, c);
        }),
        { numRuns: 40 },
      );
      // 40 renders of deep conditions in jsdom: well over a minute when the machine is busy.
    }, 240_000);
  }
});

describe('ConditionBuilder: editing', () => {
  it('does not call onChange when merely shown, also read-only', () => {
    const { onChange } = show('account', ACCOUNT_CORPUS.at(-1) as Condition, { readOnly: true });
    expect(screen.queryAllByRole('button', { name: /^Actions for/ })).toHaveLength(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('changing the operator changes the value input: a number to between offers two numbers', async () => {
    const user = userEvent.setup();
    const { last } = await host('account', { field: 'employees', op: 'gte', value: 500 });
    expect(screen.getByRole('textbox', { name: 'Value of employees' })).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Operator for employees' }));
    await user.click(await screen.findByRole('option', { name: 'between (inclusive)' }));
    expect(last()).toEqual({ field: 'employees', op: 'between', value: [500, 500] });
    expect(screen.getByRole('textbox', { name: 'Minimum of employees' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Maximum of employees' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Value of employees' })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'Operator for employees' }));
    await user.click(await screen.findByRole('option', { name: 'is empty' }));
    expect(last()).toEqual({ field: 'employees', op: 'is_empty' });
    expect(screen.queryByRole('textbox', { name: 'Minimum of employees' })).toBeNull();
  });

  it('a closed-set field offers its values as choices; is one of makes it a list', async () => {
    const user = userEvent.setup();
    const { last } = await host('person', { field: 'derivedSeniority', op: 'is', value: 'vp' });
    await user.click(screen.getByRole('textbox', { name: 'Operator for derived seniority' }));
    await user.click(await screen.findByRole('option', { name: 'is one of' }));
    expect(last()).toEqual({ field: 'derivedSeniority', op: 'is_one_of', value: ['vp'] });
    await user.click(screen.getByRole('textbox', { name: 'Values of derived seniority' }));
    await user.click(await screen.findByRole('option', { name: 'cxo' }));
    expect(last()).toEqual({ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'cxo'] });
  });

  it('a date field: in the last N days, and a custom attribute typed as a number', async () => {
    const user = userEvent.setup();
    const { last } = await host('person', { field: 'custom.score', type: 'number', op: 'gte', value: 2 });
    await user.click(screen.getByRole('textbox', { name: 'Read the custom attribute as' }));
    await user.click(await screen.findByRole('option', { name: 'Date' }));
    expect(last()).toEqual({ field: 'custom.score', type: 'date', op: 'in_last_days', value: 30 });
    expect(screen.getByRole('textbox', { name: 'Days of score' })).toBeTruthy();
  });

  it('adds a leaf to an any group', async () => {
    const user = userEvent.setup();
    const leaf = { field: 'jobTitle', op: 'contains', value: 'security' } as const;
    const { last } = await host('person', { any: [leaf] });
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Persona' }));
    expect(last()).toEqual({ any: [leaf, { persona: 'psn_it' }] });
    await user.click(screen.getAllByRole('button', { name: 'Add condition' })[0] as HTMLElement);
    await user.click(await screen.findByRole('menuitem', { name: 'Activity history' }));
    expect(last()).toEqual({ any: [leaf, { persona: 'psn_it' }, { activity: { type: 'email_opened', atLeast: 1, inLastDays: 30 } }] });
  });

  it('wraps a leaf in not, switches a group from all to any, removes a leaf', async () => {
    const user = userEvent.setup();
    const a = { field: 'unsubscribed', op: 'is_true' } as const;
    const b = { persona: 'psn_sec' } as const;
    const { last } = await host('person', { all: [a, b] });
    const leafA = document.querySelector('[data-path="/all/0"]') as HTMLElement;
    await user.click(within(leafA).getByRole('button', { name: /^Actions for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Negate (wrap in not)' }));
    expect(last()).toEqual({ all: [{ not: a }, b] });
    await user.click(screen.getByRole('radio', { name: 'Any of' }));
    expect(last()).toEqual({ any: [{ not: a }, b] });
    const leafB = document.querySelector('[data-path="/any/1"]') as HTMLElement;
    await user.click(within(leafB).getByRole('button', { name: /^Actions for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove' }));
    expect(last()).toEqual({ any: [{ not: a }] });
    await user.click(screen.getByRole('button', { name: 'Remove not' }));
    expect(last()).toEqual({ any: [a] });
  });

  it('people: a nested person condition is edited with its own builder', async () => {
    const user = userEvent.setup();
    const { last } = await host('account', { people: { atLeast: 2 } });
    await user.click(screen.getByRole('button', { name: 'Only people who…' }));
    expect(last()).toEqual({ people: { atLeast: 2, where: { all: [] } } });
    const where = document.querySelector('[data-path="/people/where"]') as HTMLElement;
    await user.click(within(where).getByRole('button', { name: 'Add condition' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Role in the account' }));
    expect(last()).toEqual({ people: { atLeast: 2, where: { all: [{ roleInAccount: { op: 'is_not_empty' } }] } } });
  });

  it('shows validation messages beside the leaf they concern', async () => {
    const c: Condition = { all: [{ field: 'jobTitle', op: 'contains', value: '' }, { not: { activity: { type: 'nope', atLeast: 1, inLastDays: 30 } } }] };
    show('person', c, {
      client: newClient(),
      errors: [
        { path: '/all/0/value', message: 'must not be empty' },
        { path: '/all/1/not/activity/type', message: '“nope” is not an activity type' },
        { path: '/all', message: 'the group as a whole' },
      ],
    });
    const first = document.querySelector('[data-path="/all/0"]') as HTMLElement;
    await waitFor(() => expect(within(first).getByText('must not be empty')).toBeTruthy());
    const second = document.querySelector('[data-path="/all/1/not"]') as HTMLElement;
    expect(within(second).getByText('“nope” is not an activity type')).toBeTruthy();
    expect(within(first).queryByText('“nope” is not an activity type')).toBeNull();
    expect(screen.getByText('the group as a whole')).toBeTruthy();
  });
});
