/**
 * Browser tests drive Debian's Chromium (playwright-core, no browser download) against a real
 * Quorum server on a fresh test database with the demo data, serving the built web app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, type App, type WebhookSettings } from '../../src/api/app.ts';
import type { LinkedInSettings } from '../../src/engine/linkedin/sync.ts';
import { createTestDatabase, type TestDatabase } from '../../src/store/test-db.ts';
import { loadDemo } from '../../src/cli/demo.ts';
import { JobRunner } from '../../src/engine/runner.ts';
import { systemClock, type Clock } from '../../src/domain/clock.ts';
import { createUser } from '../../src/store/users.ts';
import { createToken, type UserRole } from '../../src/store/tokens.ts';
import { WEB_BUILD_DIR } from '../../src/cli/web-build.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS };

export interface WebServer {
  app: App;
  db: TestDatabase;
  baseUrl: string;
  /** An admin API token, for arranging and checking data through the API. */
  adminToken: string;
  api<T = unknown>(method: string, pathAndQuery: string, body?: unknown): Promise<{ status: number; body: T }>;
  createUser(email: string, role: UserRole, password?: string): Promise<void>;
  close(): Promise<void>;
}

export interface WebServerOptions {
  accounts?: number;
  people?: number;
  webhooks?: WebhookSettings;
  linkedin?: LinkedInSettings;
  /** The API's clock (default: the system clock), e.g. one a test moves forward by days. */
  clock?: Clock;
}

/** The server runs no journey loop: a test that needs journeys to move drives a JourneyWorker itself. */
export async function startWebServer(opts: WebServerOptions = {}): Promise<WebServer> {
  const db = await createTestDatabase();
  await loadDemo(db, { accounts: opts.accounts ?? 60, people: opts.people ?? 1500 });
  const runner = new JobRunner({ database: db, clock: systemClock, mode: 'inline', pollMs: 50, linkedin: opts.linkedin });
  const app = await buildApp({ database: db, runner, webDir: WEB_BUILD_DIR, webhooks: opts.webhooks, ...(opts.clock ? { clock: opts.clock } : {}), ...(opts.linkedin ? { linkedin: opts.linkedin } : {}) });
  await runner.start();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const adminToken = (await createToken(db.db, { role: 'admin', name: 'e2e' })).token;
  return {
    app,
    db,
    baseUrl,
    adminToken,
    async api(method, pathAndQuery, body) {
      const res = await fetch(`${baseUrl}/api/v1${pathAndQuery}`, {
        method,
        headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as never };
    },
    async createUser(email, role, password = 'correct horse battery staple') {
      await createUser(db.db, { userId: null }, { email, role, password }, Date.now());
    },
    async close() {
      await app.close();
      await runner.stop();
      await db.drop();
    },
  };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far (a page must have none). */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-chromium-'));
  // A fresh profile folder per browser: no state carries over between tests.
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = 'correct horse battery staple'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/buying-groups\/browse/);
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (none is the bar). */
export async function a11yViolations(page: Page): Promise<string[]> {
  // Transitions first (a modal fading in has text at partial opacity, which axe reads as low
  // contrast): every finite animation ends, within 3 s; spinners and other endless ones are left.
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)));
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), new Promise((r) => setTimeout(r, 3000))]);
  });
  // Runtime.evaluate is not subject to the page's Content-Security-Policy.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}
