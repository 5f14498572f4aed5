/**
 * The Users page in a real browser: an admin invites someone (the one-time link signs them in),
 * changes a role and deactivates; the last-admin rule is explained; non-admins have no Users page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface User {
  id: string;
  email: string | null;
  role: string;
  active: boolean;
}

describe('web app: users', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer({ accounts: 20, people: 300 });
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('ed@example.com', 'editor');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const users = async () => (await server.api<{ data: User[] }>('GET', '/users')).body.data;

  it('lists the people who sign in, accessibly', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByTestId('user-row').first().waitFor();
    const emails = (await page.getByTestId('user-row').locator('td:first-child').allInnerTexts()).map((t) => t.replace(' (you)', ''));
    expect(emails.sort()).toEqual((await users()).filter((u) => u.email).map((u) => u.email).sort());
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('invites a user whose one-time link signs them in', async () => {
    const { page } = b;
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mail').fill('new.person@example.com');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const link = await dialog.getByTestId('invite-url').innerText();
    expect(link).toMatch(/\/sign-in\/link\?token=qsl_/);
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByText('new.person@example.com').waitFor();
    const invitee = await openBrowser();
    try {
      await invitee.page.goto(link);
      await invitee.page.waitForURL(/\/buying-groups\/browse/);
      await invitee.page.getByText('new.person').first().waitFor();
      // A viewer has no Users page in the navigation.
      expect(await invitee.page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    } finally {
      await invitee.close();
    }
    expect(b.problems).toEqual([]);
  });

  it('changes a role and deactivates, and refuses to leave no admin', async () => {
    const { page } = b;
    await page.getByRole('textbox', { name: 'Role of ed@example.com' }).click();
    await page.getByRole('option', { name: 'viewer', exact: true }).click();
    await expect.poll(async () => (await users()).find((u) => u.email === 'ed@example.com')?.role).toBe('viewer');
    // The page has the answer (and the user's new version) before the next change is made.
    await expect.poll(() => page.getByRole('textbox', { name: 'Role of ed@example.com' }).inputValue()).toBe('viewer');
    await page.getByRole('switch', { name: 'ed@example.com is active' }).click({ force: true });
    await expect.poll(async () => (await users()).find((u) => u.email === 'ed@example.com')?.active).toBe(false);
    // Ada is the only admin who can sign in: demoting herself is refused, with the reason.
    await page.getByRole('textbox', { name: 'Role of ada@example.com' }).click();
    await page.getByRole('option', { name: 'editor', exact: true }).click();
    await page.getByText(/admin/i).filter({ hasText: /last|no active admin|at least one/i }).first().waitFor();
    expect((await users()).find((u) => u.email === 'ada@example.com')?.role).toBe('admin');
    expect(b.problems.filter((p) => !/^409 PATCH |status of 409/.test(p))).toEqual([]);
  });
});
