/**
 * The journey editor in a real browser, on what a Draft needs beyond the graph: node positions
 * stored with the journey (dragged, saved after the drag, where they were after a reload, on a
 * Live journey too, copied by Duplicate), the person condition (`where`) of assign / remove
 * actions set with the condition builder, and a listen step's filters on the previous and new
 * value (stages as choices from the solution interest's stage model; a status label test; score
 * thresholds and ranges). The saved definition must hold exactly what was set. axe on every page,
 * no console error or failed request; a screenshot of each panel in /tmp/editor-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface Point {
  x: number;
  y: number;
}
interface JourneyBody {
  id: string;
  status: string;
  version: number;
  layout: Record<string, Point>;
  definition: { nodes: { id: string; kind: string; event?: Record<string, unknown>; settings?: Record<string, unknown> | null }[] };
}

describe('web app: journey editor (layout, where, listen filters)', () => {
  let server: WebServer;
  let b: BrowserSession;
  let journeyId = '';
  let siId = '';
  let roleId = '';
  let listId = '';
  let stages: { key: string; name: string }[] = [];

  beforeAll(async () => {
    server = await startWebServer({ accounts: 20, people: 300 });
    await server.createUser('ada@example.com', 'admin');
    listId = (await server.api<{ data: { id: string }[] }>('GET', '/account-lists?limit=500')).body.data[0]!.id;
    roleId = (await server.api<{ data: { id: string }[] }>('GET', '/roles?limit=500')).body.data[0]!.id;
    const sis = (await server.api<{ data: { id: string; stageModelId: string | null }[] }>('GET', '/solution-interests?limit=500')).body.data;
    const withModel = sis.find((s) => s.stageModelId !== null);
    if (!withModel) throw new Error('the demo data has no solution interest with a stage model');
    siId = withModel.id;
    stages = (await server.api<{ stages: { key: string; name: string }[] }>('GET', `/stage-models/${withModel.stageModelId}`)).body.stages;
    if (stages.length < 3) throw new Error('the demo stage model has fewer than 3 stages');
    const created = await server.api<JourneyBody>('POST', '/journeys', {
      name: 'Editor journey',
      definition: {
        nodes: [
          { id: 'start', kind: 'entry', listId, next: 'stage' },
          { id: 'stage', kind: 'listen', event: { type: 'stageChanged', solutionInterestId: siId }, timeout: { amount: 7, unit: 'days' }, next: 'status' },
          { id: 'status', kind: 'listen', event: { type: 'statusChanged', solutionInterestId: siId }, timeout: { amount: 7, unit: 'days' }, next: 'score' },
          { id: 'score', kind: 'listen', event: { type: 'completenessChanged', solutionInterestId: siId }, timeout: { amount: 7, unit: 'days' }, next: 'assign' },
          { id: 'assign', kind: 'action', action: 'assignToBuyingGroup', settings: { solutionInterestId: siId, roleId }, next: 'remove' },
          { id: 'remove', kind: 'action', action: 'removeFromBuyingGroup', settings: { solutionInterestId: siId }, next: null },
        ],
      },
    });
    expect(created.status).toBe(201);
    journeyId = created.body.id;
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const journey = async (id = journeyId) => (await server.api<JourneyBody>('GET', `/journeys/${id}`)).body;
  const node = (id: string) => b.page.locator(`[data-testid="journey-node"][data-node-id="${id}"]`);
  const props = () => b.page.getByTestId('node-properties');
  /** Where the canvas draws a node (its flow position, from the transform xyflow sets). */
  const drawnAt = async (id: string): Promise<Point> => {
    const style = (await b.page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('style')) ?? '';
    const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(style);
    if (!m) throw new Error(`no position in ${style}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  };
  const drag = async (id: string, dx: number, dy: number) => {
    const box = (await node(id).locator('p').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await b.page.mouse.move(x, y);
    await b.page.mouse.down();
    await b.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await b.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await b.page.mouse.up();
  };
  const choose = async (input: Locator, option: string) => {
    await input.click();
    await b.page.getByRole('option', { name: option, exact: true }).click();
  };
  const save = async () => {
    await b.page.getByRole('button', { name: 'Save', exact: true }).click();
    await b.page.getByTestId('saved').waitFor();
  };
  const settle = () => b.page.waitForLoadState('networkidle');

  it('stores a dragged node where it was put: the API has the layout and a reload draws it there', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    await node('assign').waitFor();
    const before = await drawnAt('assign');
    await drag('assign', 120, 90);
    // The canvas moved it right and down (in flow units, past xyflow's drag threshold); the save follows shortly after.
    const after = await drawnAt('assign');
    expect(after.x - before.x).toBeGreaterThan(40);
    expect(after.y - before.y).toBeGreaterThan(30);
    await expect.poll(async () => (await journey()).layout['assign']).toEqual({ x: Math.round(after.x), y: Math.round(after.y) });
    const stored = await journey();
    // Every saved node has a position; moving one is no unsaved change of the graph.
    expect(Object.keys(stored.layout).sort()).toEqual(['assign', 'remove', 'score', 'stage', 'start', 'status']);
    expect(await page.getByTestId('saved').count()).toBe(1);

    await page.reload();
    await node('assign').waitFor();
    expect(await drawnAt('assign')).toEqual(stored.layout['assign']);
    expect(await drawnAt('start')).toEqual(stored.layout['start']);
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/editor-canvas.png' });
    expect(b.problems).toEqual([]);
  });

  it('sets the person condition of assign and remove with the condition builder', async () => {
    const { page } = b;
    await node('assign').click();
    const where = props().getByRole('group', { name: 'Only people who match (optional)' });
    await where.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByRole('menuitem', { name: 'Attribute', exact: true }).click();
    await where.getByRole('textbox', { name: 'Attribute' }).waitFor();
    await choose(where.getByRole('textbox', { name: 'Operator for job title' }), 'contains');
    await where.getByRole('textbox', { name: 'Value of job title' }).fill('data');
    await page.getByTestId('dirty').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/editor-where.png' });

    await node('remove').click();
    const removeWhere = props().getByRole('group', { name: 'Only people who match (optional)' });
    await removeWhere.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByRole('menuitem', { name: 'Attribute', exact: true }).click();
    await choose(removeWhere.getByRole('textbox', { name: 'Operator for job title' }), 'is empty');
    await save();

    const saved = await journey();
    const settings = (id: string) => saved.definition.nodes.find((n) => n.id === id)!.settings;
    expect(settings('assign')).toEqual({ solutionInterestId: siId, roleId, where: { field: 'jobTitle', op: 'contains', value: 'data' } });
    expect(settings('remove')).toEqual({ solutionInterestId: siId, where: { field: 'jobTitle', op: 'is_empty' } });
    // The check after saving finds nothing wrong with them.
    await expect.poll(async () => node('assign').getAttribute('data-invalid')).toBe('false');

    // After a reload the builder shows the saved condition.
    await page.reload();
    await node('assign').click();
    expect(await props().getByRole('group', { name: 'Only people who match (optional)' }).getByRole('textbox', { name: 'Value of job title' }).inputValue()).toBe('data');
    expect(b.problems).toEqual([]);
  });

  it('sets the previous / new value filters of listen steps: stages as choices, a status label test, score thresholds and ranges', async () => {
    const { page } = b;
    await node('stage').click();
    const from = props().getByRole('textbox', { name: 'From these stages (optional)' });
    await from.click();
    await page.getByRole('option', { name: stages[0]!.name, exact: true }).click();
    await page.keyboard.press('Escape');
    const to = props().getByRole('textbox', { name: 'To these stages (optional)' });
    await to.click();
    // Only the stages of the solution interest's stage model are offered.
    expect((await page.getByRole('listbox').getByRole('option').allInnerTexts()).map((t) => t.trim()).sort()).toEqual(stages.map((s) => s.name).sort());
    await page.getByRole('option', { name: stages[1]!.name, exact: true }).click();
    await page.getByRole('option', { name: stages[2]!.name, exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/editor-listen-stage.png' });

    await node('status').click();
    await props().getByRole('checkbox', { name: 'Only when the new status label matches' }).check();
    await choose(props().getByRole('textbox', { name: 'Operator for new status label' }), 'is');
    await props().getByRole('textbox', { name: 'Value of new status label' }).fill('Qualified');
    await props().getByRole('checkbox', { name: 'Only when the previous status label matches' }).check();
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/editor-listen-status.png' });

    await node('score').click();
    await props().getByRole('checkbox', { name: 'Only when the new completeness score matches' }).check();
    await choose(props().getByRole('textbox', { name: 'Operator for new completeness score' }), 'between (inclusive)');
    await props().getByRole('textbox', { name: 'Minimum of new completeness score' }).fill('40');
    await props().getByRole('textbox', { name: 'Maximum of new completeness score' }).fill('80');
    await props().getByRole('checkbox', { name: 'Only when the previous completeness score matches' }).check();
    await props().getByRole('textbox', { name: 'Value of previous completeness score' }).fill('30');
    await props().getByRole('textbox', { name: 'Value of previous completeness score' }).blur();
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/editor-listen-score.png' });
    await save();

    const saved = await journey();
    const event = (id: string) => saved.definition.nodes.find((n) => n.id === id)!.event;
    expect(event('stage')).toEqual({ type: 'stageChanged', solutionInterestId: siId, from: [stages[0]!.key], to: [stages[1]!.key, stages[2]!.key] });
    expect(event('status')).toEqual({ type: 'statusChanged', solutionInterestId: siId, newValue: { op: 'is', value: 'Qualified' }, previousValue: { op: 'is_not_empty' } });
    expect(event('score')).toEqual({ type: 'completenessChanged', solutionInterestId: siId, newValue: { op: 'between', value: [40, 80] }, previousValue: { op: 'gte', value: 30 } });

    // Unchecking a filter removes it.
    await props().getByRole('checkbox', { name: 'Only when the previous completeness score matches' }).uncheck();
    await save();
    expect((await journey()).definition.nodes.find((n) => n.id === 'score')!.event).toEqual({ type: 'completenessChanged', solutionInterestId: siId, newValue: { op: 'between', value: [40, 80] } });
    expect(b.problems).toEqual([]);
  });

  it('moves nodes of a Live journey (only the layout changes) and Duplicate copies the layout', async () => {
    const { page } = b;
    const draft = await journey();
    const dated = await fetch(`${server.baseUrl}/api/v1/journeys/${journeyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${draft.version}"` },
      body: JSON.stringify({ endAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }),
    });
    expect(dated.status).toBe(200);
    const live = await fetch(`${server.baseUrl}/api/v1/journeys/${journeyId}/publish`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'if-match': `"${draft.version + 1}"` } });
    expect(live.status).toBe(200);

    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    await page.getByTestId('journey-status').getByText('Live').waitFor();
    await node('remove').waitFor();
    const before = await drawnAt('remove');
    await drag('remove', -80, 120);
    const after = await drawnAt('remove');
    expect(after).not.toEqual(before);
    await expect.poll(async () => (await journey()).layout['remove']).toEqual({ x: Math.round(after.x), y: Math.round(after.y) });
    const moved = await journey();
    expect(moved.status).toBe('live');
    expect(moved.definition).toEqual((await journey()).definition);
    expect(moved.definition.nodes.find((n) => n.id === 'assign')!.settings).toEqual({ solutionInterestId: siId, roleId, where: { field: 'jobTitle', op: 'contains', value: 'data' } });
    await settle();
    await page.reload();
    await node('remove').waitFor();
    expect(await drawnAt('remove')).toEqual(moved.layout['remove']);
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.waitForURL((u) => /\/journeys\/jny_/.test(u.pathname) && !u.pathname.endsWith(journeyId));
    const copyId = /jny_\w+/.exec(page.url())![0];
    await page.getByTestId('journey-status').getByText('Draft').waitFor();
    expect((await journey(copyId)).layout).toEqual(moved.layout);
    await node('remove').waitFor();
    expect(await drawnAt('remove')).toEqual(moved.layout['remove']);
    expect(await drawnAt('assign')).toEqual(moved.layout['assign']);
    expect(await a11yViolations(page)).toEqual([]);
    await settle();
    expect(b.problems).toEqual([]);

    // In the copy (a Draft): a new node's position is stored by the Save, and a Save sent while a
    // layout save is in flight goes after it with its version (no 412).
    await page.getByRole('toolbar', { name: 'Add a node' }).getByRole('button', { name: 'Merge' }).click();
    await node('merge_1').waitFor();
    await drag('merge_1', 160, 140);
    const layoutSave = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith(`/journeys/${copyId}`));
    await drag('start', 30, -70);
    await layoutSave;
    await save();
    await settle();
    const copy = await journey(copyId);
    expect(copy.definition.nodes.map((n) => n.id)).toContain('merge_1');
    const round = (p: Point) => ({ x: Math.round(p.x), y: Math.round(p.y) });
    expect(copy.layout['merge_1']).toEqual(round(await drawnAt('merge_1')));
    expect(copy.layout['start']).toEqual(round(await drawnAt('start')));
    expect(copy.layout['start']).not.toEqual(moved.layout['start']);
    await page.reload();
    await node('merge_1').waitFor();
    expect(await drawnAt('merge_1')).toEqual(copy.layout['merge_1']);
    expect(b.problems).toEqual([]);
  });
  it('says a drag was not saved when someone else changed the journey meanwhile, and Reload shows their version', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    await node('status').waitFor();
    await settle();
    const mine = await journey();
    const other = await fetch(`${server.baseUrl}/api/v1/journeys/${journeyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${mine.version}"` },
      body: JSON.stringify({ layout: { ...mine.layout, status: { x: 7, y: 7 } } }),
    });
    expect(other.status).toBe(200);
    await drag('status', 90, 60);
    const banner = page.getByTestId('conflict');
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toContain('The node positions you moved were not saved');
    expect(await a11yViolations(page)).toEqual([]);
    await banner.getByRole('button', { name: 'Reload' }).click();
    const dialog = page.getByRole('dialog');
    if (await dialog.count()) await dialog.getByRole('button', { name: 'Discard and reload' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await drawnAt('status')).toEqual({ x: 7, y: 7 });
    expect((await journey()).layout['status']).toEqual({ x: 7, y: 7 });
    expect(b.problems.filter((p) => !/^412 PATCH |status of 412/.test(p))).toEqual([]);
    b.problems.length = 0;
  });
});
