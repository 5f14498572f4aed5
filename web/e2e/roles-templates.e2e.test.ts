/**
 * The Roles templates tab and editor in a real browser: create a draft, add roles with
 * conditions, reorder by keyboard (persisted), the live dry run follows unsaved edits and equals
 * the API's preview for the same roles, a refused publish shows its message where it belongs, a
 * valid publish freezes it, duplicate as draft, a concurrent save is a 412 with Reload, and a
 * viewer gets the editor read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface RoleDef {
  roleId: string;
  weightingBand: string;
  autoAssign: boolean;
  condition: unknown;
  required: boolean;
  membersRequired: number;
}
interface Template {
  id: string;
  name: string;
  status: 'draft' | 'live';
  version: number;
  description: string | null;
  roles: RoleDef[];
}
interface Preview {
  roles: { roleId: string; count: number }[];
}

const DM = { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] };
const INF = { field: 'derivedSeniority', op: 'is', value: 'director' };
const DM_NARROW = { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo'] };

describe('web app: roles templates', () => {
  let server: WebServer;
  let b: BrowserSession;
  let audience: { id: string; name: string };
  let templateId = '';

  beforeAll(async () => {
    server = await startWebServer({ accounts: 30, people: 600 });
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    const lists = await server.api<{ data: { id: string; name: string }[] }>('GET', '/account-lists?limit=500');
    const first = lists.body.data[0];
    if (!first) throw new Error('no account list in the demo data');
    audience = first;
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const template = async (id = templateId) => (await server.api<Template>('GET', `/roles-templates/${id}`)).body;
  const apiPreview = async (roles: unknown[]) => {
    const res = await server.api<Preview>('POST', `/roles-templates/${templateId}/preview`, { audienceId: audience.id, roles });
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.roles.map((r) => [r.roleId, r.count]));
  };
  const shownCounts = async () => {
    const rows = b.page.getByTestId('dry-run-role');
    const out: Record<string, number> = {};
    for (const row of await rows.all()) out[(await row.getAttribute('data-role-id')) ?? ''] = Number(await row.getByTestId('dry-run-count').innerText());
    return out;
  };
  const settled = async () => {
    await b.page.waitForTimeout(600);
    await b.page.getByTestId('dry-run-status').getByText('up to date').waitFor();
  };
  const card = (roleId: string) => b.page.locator(`[data-testid="role-card"][data-role-id="${roleId}"]`);
  /** Types a condition as JSON (the field's JSON mode). */
  const jsonCondition = async (roleId: string, roleName: string, value: unknown) => {
    const c = card(roleId);
    const input = c.getByLabel(`Condition for ${roleName} (JSON)`);
    if ((await input.count()) === 0) await c.getByText('JSON', { exact: true }).click();
    await input.fill(JSON.stringify(value));
  };
  const cardOrder = async () => b.page.getByTestId('role-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-role-id')));
  const allowOnly = (re: RegExp) => {
    expect(b.problems.filter((p) => !re.test(p))).toEqual([]);
    b.problems.length = 0;
  };

  it('lists the templates the API has, creates a draft, and refuses to publish it empty with the reason by the roles', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/roles-templates`);
    await page.getByTestId('template-row').first().waitFor();
    const names = await page.getByTestId('template-row').locator('td:first-child a').allInnerTexts();
    const api = (await server.api<{ data: Template[] }>('GET', '/roles-templates?limit=500&sort=-updatedAt')).body.data;
    expect(names).toEqual(api.map((t) => t.name));
    expect(await page.getByRole('tab', { name: 'Roles templates' }).getAttribute('aria-selected')).toBe('true');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New roles template' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Data platform buyers');
    await page.getByRole('dialog').getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/buying-groups\/roles-templates\/tpl_/);
    templateId = /tpl_\w+/.exec(page.url())?.[0] ?? '';
    expect((await template()).status).toBe('draft');
    await page.getByTestId('template-status').getByText('Draft').waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByTestId('roles-error').getByText(/no role definitions/).waitFor();
    expect((await template()).status).toBe('draft');
    expect(await a11yViolations(page)).toEqual([]);
    allowOnly(/^409 POST .*\/publish$|status of 409/);
  });

  it('adds two roles with conditions; the dry run follows the unsaved edits and equals the API preview', async () => {
    const { page } = b;
    for (const name of ['Decision Maker', 'Influencer']) {
      await page.getByRole('textbox', { name: 'Add a role' }).click();
      await page.getByRole('option', { name, exact: true }).click();
    }
    expect(await cardOrder()).toEqual(['rol_decision_maker', 'rol_influencer']);
    await page.getByTestId('dirty').waitFor();
    await card('rol_decision_maker').getByRole('switch', { name: 'Auto-assign by condition' }).press('Space');
    await jsonCondition('rol_decision_maker', 'Decision Maker', DM);
    await card('rol_influencer').getByRole('switch', { name: 'Auto-assign by condition' }).press('Space');
    await jsonCondition('rol_influencer', 'Influencer', INF);
    await card('rol_influencer').getByRole('switch', { name: 'Required for completeness' }).press('Space');

    await page.getByRole('textbox', { name: 'Audience' }).click();
    await page.getByRole('option', { name: audience.name, exact: true }).click();
    await settled();
    const roles = [
      { roleId: 'rol_decision_maker', weightingBand: 'normal', autoAssign: true, condition: DM, required: false, membersRequired: 1 },
      { roleId: 'rol_influencer', weightingBand: 'normal', autoAssign: true, condition: INF, required: true, membersRequired: 1 },
    ];
    const expected = await apiPreview(roles);
    expect(expected.rol_decision_maker).toBeGreaterThan(0);
    expect(await shownCounts()).toEqual(expected);
    // Nothing saved yet: the dry run used the unsaved definitions.
    expect((await template()).roles).toEqual([]);
    expect(await a11yViolations(page)).toEqual([]);

    // A narrower condition, in the condition builder, changes the count to the API's number for the same definitions.
    await card('rol_decision_maker').getByText('Builder', { exact: true }).click();
    const values = card('rol_decision_maker').getByRole('textbox', { name: /^Values of / });
    await card('rol_decision_maker').getByText('vp', { exact: true }).waitFor();
    await values.click();
    await values.press('Backspace');
    await expect.poll(() => card('rol_decision_maker').getByText('vp', { exact: true }).count()).toBe(0);
    const narrowed = await apiPreview([{ ...roles[0], condition: DM_NARROW }, roles[1]]);
    expect(narrowed.rol_decision_maker).toBeLessThan(expected.rol_decision_maker!);
    await expect.poll(shownCounts, { timeout: 15_000 }).toEqual(narrowed);
    await settled();
    expect(await shownCounts()).toEqual(narrowed);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    const saved = await template();
    expect(saved.roles.map((r) => [r.roleId, r.autoAssign, r.required, r.condition])).toEqual([
      ['rol_decision_maker', true, false, DM_NARROW],
      ['rol_influencer', true, true, INF],
    ]);
    expect(b.problems).toEqual([]);
  });

  it('reorders by keyboard and persists the new priority', async () => {
    const { page } = b;
    const handle = page.getByRole('button', { name: /^Reorder Influencer \(priority 2\)/ });
    await handle.focus();
    // dnd-kit announces each step in its live region: wait for it before the next key.
    const announced = (re: RegExp) => page.getByText(re).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await announced(/^(Picked up Influencer|Influencer would move to priority 2)/);
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowUp');
    await announced(/^Influencer would move to priority 1/);
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await announced(/^Influencer dropped at priority 1/);
    await expect.poll(cardOrder).toEqual(['rol_influencer', 'rol_decision_maker']);
    await page.getByTestId('dirty').waitFor();
    await settled();
    // The dry run follows the priority: counts equal the API's for the reordered list.
    const t = await template();
    expect(await shownCounts()).toEqual(await apiPreview([t.roles[1], t.roles[0]].map(({ roleId, weightingBand, autoAssign, condition, required, membersRequired }) => ({ roleId, weightingBand, autoAssign, condition, required, membersRequired }))));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    expect((await template()).roles.map((r) => r.roleId)).toEqual(['rol_influencer', 'rol_decision_maker']);
    expect(await page.getByTestId('role-priority').allInnerTexts()).toEqual(['1', '2']);
    expect(b.problems).toEqual([]);
  });

  it('shows a refused publish next to the condition it concerns, then publishes', async () => {
    const { page } = b;
    const dm = card('rol_decision_maker');
    await jsonCondition('rol_decision_maker', 'Decision Maker', { field: 'derivedSeniority', op: 'is', value: 'galactic emperor' });
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await dm.getByText(/galactic emperor|must be one of|cxo/).first().waitFor();
    // The dry run says why it cannot run these definitions, and keeps its last result meanwhile.
    await page.getByTestId('dry-run-error').getByText(/^Priority 2: /).waitFor();
    expect(await page.getByTestId('dry-run-role').count()).toBe(2);
    expect((await template()).status).toBe('draft');
    expect(await a11yViolations(page)).toEqual([]);
    allowOnly(/^400 (PATCH|POST) .*\/roles-templates\/tpl_\w+(\/preview)?$|status of 400/);

    await jsonCondition('rol_decision_maker', 'Decision Maker', DM);
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByTestId('template-status').getByText('Live').waitFor();
    const live = await template();
    expect(live.status).toBe('live');
    expect(live.roles.find((r) => r.roleId === 'rol_decision_maker')?.condition).toEqual(DM);
    expect(await page.getByRole('button', { name: /^(Save|Publish)/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Reorder / }).count()).toBe(0);
    allowOnly(/^400 POST .*\/preview$|status of 400/);
  });

  it('duplicates a Live template as a draft and opens its editor', async () => {
    const { page } = b;
    await page.getByRole('button', { name: 'Duplicate as draft' }).click();
    await page.waitForURL((u) => /\/roles-templates\/tpl_/.test(u.pathname) && !u.pathname.endsWith(templateId));
    const copyId = /tpl_\w+/.exec(page.url())?.[0] ?? '';
    await page.getByTestId('template-status').getByText('Draft').waitFor();
    const copy = await template(copyId);
    expect(copy.name).toBe('Data platform buyers (copy)');
    expect(copy.roles.map((r) => r.roleId)).toEqual(['rol_influencer', 'rol_decision_maker']);
    expect(await page.getByTestId('role-card').count()).toBe(2);
    templateId = copyId;
    expect(b.problems).toEqual([]);
  });

  it('says clearly when someone else saved first, and reloads their version after a confirm', async () => {
    const { page } = b;
    const before = await template();
    await page.getByLabel('Description').fill('Mine');
    await page.getByTestId('dirty').waitFor();
    const other = await fetch(`${server.baseUrl}/api/v1/roles-templates/${templateId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${before.version}"` },
      body: JSON.stringify({ description: 'Changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('conflict').getByText('Someone else saved this template since you opened it').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByTestId('conflict').getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard and reload' }).click();
    await page.getByTestId('saved').waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe('Changed elsewhere');
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect((await template()).description).toBe('Changed elsewhere');
    allowOnly(/^412 PATCH |status of 412/);
  });

  it('asks before leaving with unsaved changes', async () => {
    const { page } = b;
    await page.getByLabel('Description').fill('Unsaved');
    await page.getByRole('link', { name: 'All roles templates' }).click();
    await page.getByRole('dialog').getByText('Leave with unsaved changes?').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Stay' }).click();
    expect(page.url()).toContain(templateId);
    await page.getByRole('link', { name: 'All roles templates' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(/\/buying-groups\/roles-templates$/);
    expect((await template()).description).toBe('Changed elsewhere');
    expect(b.problems).toEqual([]);
  });

  it('gives a viewer the editor read-only, with the dry run', async () => {
    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, server.baseUrl, 'vic@example.com');
      await viewer.page.goto(`${server.baseUrl}/buying-groups/roles-templates`);
      await viewer.page.getByTestId('template-row').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: /^(New roles template|Duplicate|Delete)/ }).count()).toBe(0);
      await viewer.page.goto(`${server.baseUrl}/buying-groups/roles-templates/${templateId}`);
      await viewer.page.getByTestId('role-card').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: /^(Save|Publish|Duplicate as draft|Reorder|Remove|Move)/ }).count()).toBe(0);
      expect(await viewer.page.getByRole('textbox', { name: 'Add a role' }).count()).toBe(0);
      expect(await viewer.page.getByTestId('role-summary').count()).toBe(2);
      // The condition builder, read-only.
      expect(await viewer.page.getByRole('textbox', { name: 'Attribute' }).first().getAttribute('readonly')).not.toBeNull();
      await viewer.page.getByRole('textbox', { name: 'Audience' }).click();
      await viewer.page.getByRole('option', { name: audience.name, exact: true }).click();
      await viewer.page.getByTestId('dry-run-role').first().waitFor();
      expect(await a11yViolations(viewer.page)).toEqual([]);
      expect(viewer.problems).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('deletes a draft after a confirm; Live templates offer no delete', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/roles-templates`);
    await page.getByTestId('template-row').first().waitFor();
    const copy = await template();
    expect(await page.getByRole('button', { name: 'Delete Data platform buyers', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: `Delete ${copy.name}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('template-row').filter({ hasText: copy.name }).waitFor({ state: 'detached' });
    expect((await server.api('GET', `/roles-templates/${copy.id}`)).status).toBe(404);
    expect(b.problems).toEqual([]);
  });
});
