/**
 * Screenshots of the LinkedIn pages (destinations, Activate to LinkedIn, activations, a synced
 * activation with its history) against the local LinkedIn mock. Part of `npm run screenshots`;
 * alone: `npx tsx web/e2e/screenshots-linkedin.ts` (a smaller demo, the same file names).
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { MockLinkedIn, mockLinkedInConfig, noWaitRuntime } from '../../src/integrations/linkedin/mock-server.testdata.ts';
import { SecretBox } from '../../src/store/secrets.ts';
import { ensureWebBuild } from '../../src/cli/web-build.ts';
import type { LinkedInSettings } from '../../src/engine/linkedin/sync.ts';
import { openBrowser, signIn, startWebServer, type WebServer } from './harness.ts';

/** A started mock LinkedIn and the settings pointing at it (retries do not wait). */
export async function mockLinkedIn(): Promise<{ li: MockLinkedIn; settings: LinkedInSettings }> {
  const li = new MockLinkedIn(() => Date.now());
  const base = await li.start();
  return {
    li,
    settings: {
      config: mockLinkedInConfig(base, { batchSize: 50 }),
      secrets: new SecretBox(randomBytes(32)),
      runtime: noWaitRuntime(),
    },
  };
}

export async function linkedinShots(server: WebServer, page: Page, li: MockLinkedIn, shot: (name: string) => Promise<void>): Promise<void> {
  await page.goto(`${server.baseUrl}/destinations`);
  await page.getByText('No LinkedIn destinations yet').waitFor();
  await shot('destinations-empty');
  await page.getByRole('button', { name: 'New destination' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Acme EMEA ads');
  await shot('destination-connect');
  await page.keyboard.press('Escape');
  const tokens = li.issueTokens();
  const connect = async (name: string, adAccountId: string, body: object | null) => {
    const d = await server.api<{ id: string }>('POST', '/destinations', { name, adAccountId });
    if (body) await server.api('POST', `/destinations/${d.body.id}/connect`, body);
    return d.body.id;
  };
  const dst = await connect('Acme EMEA ads', '508123456', { accessToken: tokens.accessToken, expiresIn: 60 * 86_400, refreshToken: tokens.refreshToken, refreshTokenExpiresIn: 365 * 86_400 });
  await connect('Acme US ads', '508987654', { accessToken: li.issueTokens().accessToken, expiresIn: 5 * 86_400 });
  await connect('Partner account', '508555000', null);
  await page.goto(`${server.baseUrl}/buying-groups/browse?missingRoleId=rol_decision_maker&completenessBelow=50&active=true`);
  await page.getByTestId('browse-range').waitFor();
  await page.getByRole('button', { name: 'Activate to LinkedIn' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('activation-filter-words').waitFor();
  await dialog.getByRole('textbox', { name: 'Destination' }).click();
  await page.getByRole('option', { name: /Acme EMEA ads/ }).click();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Decision Maker missing');
  await shot('activate-to-linkedin');
  await dialog.getByRole('button', { name: 'Create activation' }).click();
  await page.waitForURL(/\/activations\/atv_/);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.locator('[data-testid="sync-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('sync-row').first().waitFor();
  // The "created" notification would cover the page's actions.
  for (const close of await page.getByRole('button', { name: 'Close notification' }).all()) await close.click();
  await shot('activation');
  await server.api('POST', '/activations', { destinationId: dst, name: 'Security, all groups', filter: { active: true }, companyList: true, contactList: false, syncIntervalMs: 86_400_000 });
  await page.goto(`${server.baseUrl}/activations`);
  await page.getByTestId('activation-row').nth(1).waitFor();
  await shot('activations');
  await page.goto(`${server.baseUrl}/destinations`);
  await page.getByTestId('destination-row').nth(2).waitFor();
  await shot('destinations');
}

async function main(): Promise<void> {
  await ensureWebBuild((l) => process.stderr.write(`${l}\n`));
  const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
  const { li, settings } = await mockLinkedIn();
  const server = await startWebServer({ accounts: 60, people: 1500, linkedin: settings });
  await server.createUser('ada@example.com', 'admin');
  const b = await openBrowser({ width: 1440, height: 900 });
  try {
    await signIn(b.page, server.baseUrl, 'ada@example.com');
    await linkedinShots(server, b.page, li, async (name) => {
      await b.page.waitForTimeout(600);
      await b.page.mouse.move(1, 450);
      await b.page.screenshot({ path: path.join(OUT, `${name}.png`) });
      process.stderr.write(`docs/screenshots/${name}.png\n`);
    });
  } finally {
    await b.close();
    await server.close();
    await li.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
