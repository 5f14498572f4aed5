/**
 * The configuration pages in a real browser: Roles (defaults locked, a custom role created and
 * renamed, a concurrent change is a clear conflict), Stages (a Draft built stage by stage, the
 * API's problems beside the right stage, fixed, published, drawn as a graph, duplicated as a
 * draft), Weighting models (created, a weight edited, an API message beside its field, activated)
 * and Activity types; a viewer sees all of it without edit controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface Role {
  id: string;
  name: string;
  version: number;
  isDefault: boolean;
}
interface StageModel {
  id: string;
  name: string;
  status: 'draft' | 'live';
  version: number;
  stages: { key: string; name: string; kind: string }[];
  transitions: { from: string; to: string }[];
}
interface WeightingModel {
  id: string;
  name: string;
  active: boolean;
  weights: Record<string, number>;
}

describe('web app: configuration pages', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer({ accounts: 20, people: 400 });
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const roles = async () => (await server.api<{ data: Role[] }>('GET', '/roles?limit=500')).body.data;
  const stageModels = async () => (await server.api<{ data: StageModel[] }>('GET', '/stage-models?limit=500')).body.data;
  /** Only the failed requests a test provoked on purpose may appear. */
  const expectNoOtherProblems = (allowed: RegExp) => {
    expect(b.problems.filter((p) => !allowed.test(p))).toEqual([]);
    b.problems.length = 0;
  };

  it('locks the default roles, creates and renames a custom role, and says when someone else saved first', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/roles`);
    await page.getByTestId('role-row').first().waitFor();
    const defaults = page.locator('[data-testid="role-row"][data-default="true"]');
    expect(await defaults.count()).toBe(6);
    expect(await defaults.getByTestId('role-locked').count()).toBe(6);
    expect(await defaults.getByRole('button').count()).toBe(0);
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New role' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Procurement');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit Procurement' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Procurement & Legal');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit Procurement & Legal' }).waitFor();
    const renamed = (await roles()).find((r) => r.name === 'Procurement & Legal');
    expect(renamed?.isDefault).toBe(false);

    // Someone else changes it while the dialog is open: a 412, said in words, with a reload.
    await page.getByRole('button', { name: 'Edit Procurement & Legal' }).click();
    const other = await fetch(`${server.baseUrl}/api/v1/roles/${renamed?.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${renamed?.version}"` },
      body: JSON.stringify({ description: 'Changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('dialog').getByLabel('Description').fill('Mine');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone else changed this since you opened it').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByTestId('role-row').filter({ hasText: 'Changed elsewhere' }).waitFor();
    expectNoOtherProblems(/^412 PATCH |status of 412/);
  });

  it('deletes an unused custom role after confirming, and says in words why a used one stays', async () => {
    const { page } = b;
    const used = (await server.api<Role>('POST', '/roles', { name: 'Security reviewer' })).body;
    await server.api('POST', '/roles', { name: 'Temporary' });
    const tpl = await server.api('POST', '/roles-templates', { name: 'Uses the reviewer', roles: [{ roleId: used.id, weightingBand: 'normal', autoAssign: false, required: false }] });
    expect(tpl.status).toBe(201);
    await page.reload();
    await page.getByRole('button', { name: 'Delete Temporary' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete Temporary' }).waitFor({ state: 'detached' });
    expect((await roles()).some((r) => r.name === 'Temporary')).toBe(false);

    await page.getByRole('button', { name: 'Delete Security reviewer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText(/is used by roles template "Uses the reviewer"/).waitFor();
    expect((await roles()).some((r) => r.id === used.id)).toBe(true);
    expect(await a11yViolations(page)).toEqual([]);
    expectNoOtherProblems(/^409 DELETE .*\/roles\/|status of 409/);
  });

  it('builds a stage model, shows the API’s problem beside the right stage, publishes it, draws it and duplicates it', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/stages`);
    await page.getByTestId('stage-model-row').first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New stage model' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Enterprise journey');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/buying-groups\/stages\/stm_/);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add stage' }).click();
    const stages: [string, string][] = [
      ['new', 'New'],
      ['engaged', 'Engaged'],
      ['won', 'Won'],
    ];
    for (const [i, [key, name]] of stages.entries()) {
      await page.getByLabel(`Key of stage ${i + 1}`).fill(key);
      await page.getByLabel(`Name of stage ${i + 1}`).fill(name);
    }
    await page.getByRole('textbox', { name: 'Kind of stage 3' }).click();
    await page.getByRole('option', { name: 'Success' }).click();
    // new → engaged only: "engaged" is a dead end and "won" cannot be reached.
    await page.getByRole('textbox', { name: 'Stages New can move to' }).click();
    await page.getByRole('option', { name: 'Engaged (engaged)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Check' }).click();
    const wonProblem = page.locator('[data-testid="stage-problem"][data-stage="won"]');
    await wonProblem.waitFor();
    expect(await wonProblem.innerText()).toMatch(/cannot be reached from any entry stage/);
    expect(await page.locator('[data-testid="stage-problem"][data-stage="engaged"]').innerText()).toMatch(/dead end/);
    expect(await page.locator('[data-testid="stage-problem"][data-stage="new"]').count()).toBe(0);
    expect(await page.locator('[data-testid="stage-graph"] g[data-flagged]').count()).toBe(2);
    expect(await a11yViolations(page)).toEqual([]);
    // The draft was saved before checking.
    const draft = (await stageModels()).find((m) => m.name === 'Enterprise journey');
    expect(draft?.stages.map((s) => s.key)).toEqual(['new', 'engaged', 'won']);

    await page.getByRole('textbox', { name: 'Stages Engaged can move to' }).click();
    await page.getByRole('option', { name: 'Won (won)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Live models are frozen; duplicate this one as a draft to change it.').waitFor();
    const live = (await stageModels()).find((m) => m.id === draft?.id);
    expect(live?.status).toBe('live');
    expect(live?.transitions).toEqual([
      { from: 'new', to: 'engaged' },
      { from: 'engaged', to: 'won' },
    ]);
    // Read-only now: no inputs, and the graph shows the three stages and two arrows.
    expect(await page.getByRole('button', { name: 'Add stage' }).count()).toBe(0);
    const graph = page.getByTestId('stage-graph');
    expect(await graph.locator('g[data-stage]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-stage')}:${g.getAttribute('data-kind')}`))).toEqual(['new:entry', 'engaged:intermediate', 'won:success']);
    expect(await graph.locator('path[data-transition]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-transition')))).toEqual(['new->engaged', 'engaged->won']);
    expect(await graph.getAttribute('aria-label')).toContain('3 stages, 2 transitions');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Duplicate as draft' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/buying-groups/stages/stm_') && !u.pathname.endsWith(draft?.id ?? ''));
    await page.getByRole('heading', { name: 'Enterprise journey (copy)' }).waitFor();
    await page.getByTestId('stage-card').first().waitFor();
    expect(await page.getByTestId('stage-card').count()).toBe(3);
    const copy = (await stageModels()).find((m) => m.name === 'Enterprise journey (copy)');
    expect(copy?.status).toBe('draft');
    expect(b.problems).toEqual([]);
  });

  it('says when someone else changed the draft first, and reloads it', async () => {
    const { page } = b;
    const copy = (await stageModels()).find((m) => m.name === 'Enterprise journey (copy)');
    if (!copy) throw new Error('no copy');
    expect(page.url()).toContain(copy.id);
    const other = await fetch(`${server.baseUrl}/api/v1/stage-models/${copy.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${copy.version}"` },
      body: JSON.stringify({ description: 'Changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Enterprise journey v2');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Someone else changed this since you opened it').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('Changed elsewhere');
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Enterprise journey (copy)');
    expect((await stageModels()).find((m) => m.id === copy.id)?.name).toBe('Enterprise journey (copy)');
    expectNoOtherProblems(/^412 PATCH |status of 412/);
  });

  it('reorders stages with the keyboard', async () => {
    const { page } = b;
    const keys = () => page.getByTestId('stage-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-stage')));
    expect(await keys()).toEqual(['new', 'engaged', 'won']);
    await page.getByRole('button', { name: /^Reorder stage Won/ }).focus();
    // dnd-kit's keyboard sensor: Space picks the stage up, arrows move it, Space drops it.
    for (const key of ['Space', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect.poll(keys).toEqual(['new', 'won', 'engaged']);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('button', { name: 'Saved' }).waitFor();
    const copy = (await stageModels()).find((m) => m.name === 'Enterprise journey (copy)');
    expect(copy?.stages.map((st) => st.key)).toEqual(['new', 'won', 'engaged']);
    expect(b.problems).toEqual([]);
  });

  it('creates a weighting model, edits a weight (an API message beside its field), activates it', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/weighting-models`);
    await page.getByTestId('active-model').waitFor();
    expect(await page.getByTestId('active-model').innerText()).toContain('The default model');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New weighting model' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Events heavy');
    // A new model starts from the default weights.
    expect(await dialog.getByLabel('Weight of Event attended').inputValue()).toBe('60');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit Events heavy' }).click();
    await dialog.getByLabel('Weight of Event attended').fill('95');
    await dialog.getByLabel('K', { exact: true }).fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('must be greater than 0').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByLabel('K', { exact: true }).fill('25');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const list = async () => (await server.api<{ data: WeightingModel[] }>('GET', '/weighting-models')).body.data;
    const model = (await list()).find((m) => m.name === 'Events heavy');
    expect(model?.weights.event_attended).toBe(95);
    expect(model?.active).toBe(false);

    await page.getByRole('button', { name: 'Activate Events heavy' }).click();
    await page.getByText('will be recomputed').waitFor();
    await page.getByRole('button', { name: 'Activate and recompute' }).click();
    await page.locator('[data-testid="weighting-row"][data-active="true"]').waitFor();
    await expect.poll(async () => (await page.getByTestId('active-model').innerText()).includes('Events heavy')).toBe(true);
    const active = (await server.api<{ id: string | null; k: number }>('GET', '/weighting-models/active')).body;
    expect(active).toMatchObject({ id: model?.id, k: 25 });
    expect(await page.getByRole('button', { name: 'Activate Events heavy' }).count()).toBe(0);
    expectNoOtherProblems(/^400 PATCH .*\/weighting-models\/|status of 400/);
  });

  it('registers a custom activity type; the defaults are locked', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/activity-types`);
    await page.getByTestId('activity-type-row').first().waitFor();
    const defaults = page.locator('[data-testid="activity-type-row"][data-default="true"]');
    expect(await defaults.count()).toBe(8);
    expect(await defaults.getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: 'New activity type' }).click();
    await page.getByRole('dialog').getByLabel('Key').fill('webinar_watched');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit Webinar watched' }).waitFor();
    const types = (await server.api<{ data: { key: string; isDefault: boolean }[] }>('GET', '/activity-types')).body.data;
    expect(types.find((t) => t.key === 'webinar_watched')?.isDefault).toBe(false);
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('shows a viewer every configuration page without edit controls', async () => {
    const viewer = await openBrowser();
    try {
      const { page } = viewer;
      await signIn(page, server.baseUrl, 'vic@example.com');
      const editButtons = () => page.getByRole('button', { name: /^(New |Edit |Delete|Duplicate|Activate|Publish|Check|Add stage|Save)/ }).count();
      await page.goto(`${server.baseUrl}/buying-groups/roles`);
      await page.getByTestId('role-row').first().waitFor();
      expect(await page.getByTestId('role-row').filter({ hasText: 'Procurement & Legal' }).count()).toBe(1);
      expect(await editButtons()).toBe(0);
      expect(await a11yViolations(page)).toEqual([]);

      await page.goto(`${server.baseUrl}/buying-groups/stages`);
      await page.getByTestId('stage-model-row').first().waitFor();
      expect(await editButtons()).toBe(0);
      await page.getByRole('link', { name: 'Enterprise journey (copy)' }).click();
      await page.getByText('You can read this draft; editors change it.').waitFor();
      expect(await page.getByTestId('stage-row').count()).toBe(3);
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await editButtons()).toBe(0);
      expect(await a11yViolations(page)).toEqual([]);

      await page.goto(`${server.baseUrl}/weighting-models`);
      await page.getByTestId('weighting-row').first().waitFor();
      expect(await editButtons()).toBe(0);
      expect(await a11yViolations(page)).toEqual([]);
      await page.goto(`${server.baseUrl}/activity-types`);
      await page.getByTestId('activity-type-row').first().waitFor();
      expect(await editButtons()).toBe(0);
      expect(await a11yViolations(page)).toEqual([]);
      expect(viewer.problems).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});
