/**
 * Issue 12's done-when journey end to end, over the API and in the browser: a static list of demo
 * accounts → split by completeness ≥ 70 → yes: sales alert by email (received by a real SMTP
 * server on loopback) → no: wait 5 days → listen for "member assigned" (10-day timeout) → update
 * stage. The API server and a JourneyWorker in this process share one clock that the test moves
 * forward by days; the server runs no journey loop of its own, so only the test's ticks move
 * accounts. The details page must draw the same per-node counters as GET /journeys/{id}/counters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { DAY_MS, type Clock } from '../../src/domain/clock.ts';
import { smtpConfig, smtpMailer, type Mailer } from '../../src/engine/journeys/mailer.ts';
import { JourneyWorker } from '../../src/engine/journeys/worker.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../../src/engine/journeys/smtp-receiver.testdata.ts';

/** The system clock moved forward by the test: time keeps flowing, so "after" stays after. */
class ShiftedClock implements Clock {
  private offset = 0;
  now(): number {
    return Date.now() + this.offset;
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

interface Group {
  id: string;
  accountId: string;
  accountName: string;
  name: string;
  stage: string | null;
  completeness: number;
  completenessDisplay: number;
  missingRoleIds: string[];
  requiredRoles: { roleId: string }[];
}
interface Counters {
  entered: number;
  active: number;
  nodes: { nodeId: string; entered: number; waitingHere: number; passed: number }[];
}

const NODES = ['start', 'ready', 'alert', 'pause', 'hear', 'stage'] as const;
const SALES = 'sales@example.com';

describe('journey flow: list → split → sales alert / wait → listen → stage, clock moved by the test', () => {
  const clock = new ShiftedClock();
  let server: WebServer;
  let smtp: SmtpReceiver;
  let mailer: Mailer;
  let worker: JourneyWorker;
  let b: BrowserSession | undefined;
  let journeyId = '';
  let siId = '';
  const high: Group[] = [];
  const low: Group[] = [];

  const group = async (id: string) => (await server.api<Group>('GET', `/buying-groups/${id}`)).body;

  beforeAll(async () => {
    server = await startWebServer({ clock });
    smtp = await startSmtpReceiver();
    // The mailer as `quorum serve` configures it, from the environment.
    mailer = smtpMailer(smtpConfig({ QUORUM_SMTP_URL: smtp.url, QUORUM_SMTP_FROM: 'Quorum Alerts <alerts@quorum.test>' })!);
    worker = new JourneyWorker({ database: server.db, clock, mailer, publicUrl: `${server.baseUrl}/`, addressPolicy: { allowPrivate: true, allowCidrs: [] } });
    await server.createUser('ada@example.com', 'admin');

    // The demo's solution interest with a Live stage model (aware → engaged is allowed), and two of its groups on each side of 70 %.
    const sis = await server.api<{ data: { id: string; stageModelId: string | null }[] }>('GET', '/solution-interests?limit=500');
    siId = sis.body.data.find((s) => s.stageModelId)!.id;
    const groups = async (q: string, n: number) => (await server.api<{ data: Group[] }>('GET', `/buying-groups?solutionInterestId=${siId}&${q}&limit=${n}`)).body.data;
    high.push(...(await groups('completenessMin=70', 2)));
    low.push(...(await groups('completenessBelow=70', 2)));
    expect([high.length, low.length], 'groups of the demo at ≥ 70 % and below').toEqual([2, 2]);
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    mailer?.close();
    await smtp?.close();
    await server?.close();
  });

  const counters = async () => (await server.api<Counters>('GET', `/journeys/${journeyId}/counters`)).body;
  const byNode = (c: Counters) => Object.fromEntries(c.nodes.map((n) => [n.nodeId, [n.entered, n.waitingHere, n.passed]]));
  const tick = () => worker.tick(clock.now());

  it('builds the journey over the API: a static list, the graph, published Live from now', async () => {
    const list = await server.api<{ id: string }>('POST', '/account-lists', { name: 'Journey flow targets', kind: 'static' });
    expect(list.status).toBe(201);
    expect((await server.api('POST', `/account-lists/${list.body.id}/members`, { accountIds: [...high, ...low].map((g) => g.accountId) })).status).toBeLessThan(300);
    const definition = {
      nodes: [
        { id: 'start', kind: 'entry', listId: list.body.id, next: 'ready' },
        { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Complete', condition: { buyingGroup: { solutionInterestId: siId, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
        { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: siId, email: { to: [SALES] } }, next: null },
        { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
        { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: siId }, timeout: { amount: 10, unit: 'days' }, next: 'stage', timeoutNext: null },
        { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: siId, stage: 'engaged' }, next: null },
      ],
    };
    const created = await server.api<{ id: string; version: number }>('POST', '/journeys', { name: 'Completeness flow', definition, endAt: new Date(clock.now() + 90 * DAY_MS).toISOString() });
    expect(created.status).toBe(201);
    journeyId = created.body.id;
    const res = await fetch(`${server.baseUrl}/api/v1/journeys/${journeyId}/publish`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'if-match': `"${created.body.version}"` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('live');
    // Nothing moves until the test ticks: the server runs no journey loop.
    expect(byNode(await counters()).start).toEqual([0, 0, 0]);
  });

  it('admits the list; the complete groups get a sales alert by email, the others wait', async () => {
    expect(await tick()).toMatchObject({ admitted: 4, stepped: 4, effects: { done: 2, skipped: 0, failed: 0 } });
    const mails = await smtp.waitFor(2);
    expect(mails).toHaveLength(2);
    const expected = await Promise.all(high.map((g) => group(g.id)));
    for (const g of expected) {
      const mail = mails.find((m) => m.headers.get('subject')!.startsWith(`Sales alert: ${g.accountName} — `));
      expect(mail, g.accountName).toBeDefined();
      expect(mail!.envelopeTo).toEqual([SALES]);
      expect(mail!.envelopeFrom).toBe('alerts@quorum.test');
      expect(mail!.headers.get('subject')).toBe(`Sales alert: ${g.accountName} — ${g.name} is ${g.completenessDisplay}% complete`);
      const link = `${server.baseUrl}/buying-groups/${g.id}`;
      expect(mail!.text).toContain(`Account: ${g.accountName}`);
      expect(mail!.text).toContain(`Buying group: ${g.name}`);
      expect(mail!.text).toContain(`Completeness: ${g.completenessDisplay}%`);
      expect(mail!.text).toContain(`Open the group: ${link}`);
      expect(mail!.html).toContain(`<a href="${link}">Open the group</a>`);
    }
    expect(byNode(await counters())).toEqual({ start: [4, 0, 4], ready: [4, 0, 4], alert: [2, 0, 2], pause: [2, 2, 0], hear: [0, 0, 0], stage: [0, 0, 0] });
    // The same moment again: nothing more happens, no second email.
    expect(await tick()).toMatchObject({ admitted: 0, stepped: 0, effects: { done: 0 } });
    expect(smtp.messages).toHaveLength(2);
  });

  it('after 5 days the waiting accounts listen; a member assigned over the API moves one to the stage update', async () => {
    clock.advance(5 * DAY_MS - 60_000);
    expect(await tick()).toMatchObject({ stepped: 0 }); // a minute early
    clock.advance(60_000);
    expect(await tick()).toMatchObject({ stepped: 2 });
    expect(byNode(await counters())).toMatchObject({ pause: [2, 0, 2], hear: [2, 2, 0] });

    const [target, other] = low as [Group, Group];
    expect((await group(target.id)).stage).toBe('aware');
    const candidates = await server.api<{ data: { person: { id: string } }[] }>('GET', `/buying-groups/${target.id}/non-members?limit=1`);
    const personId = candidates.body.data[0]!.person.id;
    const roleId = target.missingRoleIds[0] ?? target.requiredRoles[0]!.roleId;
    clock.advance(2 * DAY_MS);
    const assigned = await server.api<{ changes: { kind: string }[] }>('POST', `/buying-groups/${target.id}/members/actions`, { actions: [{ op: 'add', personId, roleId }] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.changes.map((c) => c.kind)).toEqual(['member_added']);
    clock.advance(1000);
    expect(await tick()).toMatchObject({ woken: 1, stepped: 1, effects: { done: 1 } });
    expect((await group(target.id)).stage).toBe('engaged');
    expect((await group(other.id)).stage).toBe('aware');
    expect(byNode(await counters())).toMatchObject({ hear: [2, 1, 1], stage: [1, 0, 1] });
  });

  it('the other listener times out after 10 days', async () => {
    clock.advance(8 * DAY_MS); // 15 days after entry: the listen step began on day 5
    expect(await tick()).toMatchObject({ stepped: 1, effects: { done: 0 } });
    const c = await counters();
    expect(byNode(c)).toEqual({ start: [4, 0, 4], ready: [4, 0, 4], alert: [2, 0, 2], pause: [2, 0, 2], hear: [2, 0, 2], stage: [1, 0, 1] });
    expect([c.entered, c.active]).toEqual([4, 0]);
    expect((await group(low[1]!.id)).stage).toBe('aware');
    expect(smtp.messages).toHaveLength(2);

    // Each account's timeline over the API: where it went, and why.
    const path = async (g: Group) => {
      const t = await server.api<{ data: { journeyId: string; moves: { from: string | null; to: string | null; via: string; at: string }[] }[] }>('GET', `/accounts/${g.accountId}/journeys`);
      return t.body.data.find((e) => e.journeyId === journeyId)!.moves;
    };
    const steps = (moves: { from: string | null; to: string | null; via: string }[]) => moves.map((m) => `${m.from ?? '∅'}→${m.to ?? '∅'}:${m.via}`);
    expect(steps(await path(high[0]!))).toEqual(['∅→start:enter', 'start→ready:next', 'ready→alert:path', 'alert→∅:ok']);
    expect(steps(await path(low[0]!))).toEqual(['∅→start:enter', 'start→ready:next', 'ready→pause:other', 'pause→hear:wake', 'hear→stage:event', 'stage→∅:ok']);
    const timedOut = await path(low[1]!);
    expect(steps(timedOut)).toEqual(['∅→start:enter', 'start→ready:next', 'ready→pause:other', 'pause→hear:wake', 'hear→∅:timeout']);
    // Logical times: 5 days in the wait, 10 in the listen step.
    const at = (i: number) => Date.parse(timedOut[i]!.at);
    expect([at(3) - at(0), at(4) - at(3)]).toEqual([5 * DAY_MS, 10 * DAY_MS]);
  });

  it('draws the same counters on the nodes of the details page', async () => {
    b = await openBrowser();
    const { page } = b;
    await signIn(page, server.baseUrl, 'ada@example.com');
    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    const node = (id: string) => page.locator(`[data-testid="journey-node"][data-node-id="${id}"]`);
    await node('start').getByTestId('counter-entered').waitFor();
    const shown: Record<string, number[]> = {};
    for (const id of NODES) {
      const count = async (f: string) => Number(await node(id).getByTestId(`counter-${f}`).getAttribute('data-count'));
      shown[id] = [await count('entered'), await count('waitingHere'), await count('passed')];
    }
    expect(shown).toEqual(byNode(await counters()));
    expect(shown).toEqual({ start: [4, 0, 4], ready: [4, 0, 4], alert: [2, 0, 2], pause: [2, 0, 2], hear: [2, 0, 2], stage: [1, 0, 1] });
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/journey-flow-details.png', fullPage: true });

    // The drill-down behind a counter: the account whose stage the journey moved.
    await node('stage').getByTestId('counter-passed').click();
    const rows = page.getByTestId('node-accounts').getByTestId('node-account-row');
    await expect.poll(async () => rows.locator('td:first-child').allInnerTexts()).toEqual([low[0]!.accountName]);
    expect(await a11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await node('alert').getByTestId('counter-passed').click();
    await expect.poll(async () => (await rows.locator('td:first-child').allInnerTexts()).sort()).toEqual(high.map((g) => g.accountName).sort());
    expect(b.problems).toEqual([]);
  });
});
