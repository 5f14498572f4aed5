/**
 * The browser step of `npm run bench` (issue 7, "Fast at scale"): Debian's Chromium drives the
 * built web app over the benchmark tenant (every group generated) and times what a user waits for:
 *
 * - Browse's first page: from navigation to the rows on screen (and to the total count), cold
 *   (first visit: the bundle is fetched and parsed) and warm (assets cached, as on every later visit);
 * - each filter change: the URL changes in the page (what every filter control does), timed to the
 *   new rows on screen and to the new total;
 * - the details page of a 50-member group, from navigation to its 50 member rows on screen.
 *
 * Each measure runs REPEATS times; the report shows the median and the slowest. Not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Database } from '../src/store/db.ts';
import { buildApp } from '../src/api/app.ts';
import { createToken } from '../src/store/tokens.ts';
import { createUser } from '../src/store/users.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { ensureWebBuild } from '../src/cli/web-build.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../web/e2e/chromium.ts';

const REPEATS = 5;
const PASSWORD = 'bench horse battery staple';
const DETAILS_MEMBERS = 50;

export interface FilterTiming {
  label: string;
  search: string;
  rowsMs: number[];
  totalMs: number[];
  answeredMs: number[];
  /** From the URL change to the list request leaving the page (the page's own work before asking). */
  issuedMs: number[];
  rows: number;
  total: string;
}

export interface BrowserResult {
  firstPageColdMs: number;
  firstPageMs: number[];
  firstTotalMs: number[];
  filters: FilterTiming[];
  detailsMs: number[];
  detailsGroupId: string;
  detailsMembers: number;
  chromium: string;
}

/** The filter changes a gap-finding session makes, each from the previous view. */
function filterSteps(solutionInterestId: string, roleIds: string[]): { label: string; search: string }[] {
  const dm = roleIds[0] ?? 'rol_decision_maker';
  const steps = [
    { label: 'missing role: Decision Maker', search: `missingRoleId=${dm}` },
    { label: '+ completeness < 50', search: `missingRoleId=${dm}&completenessBelow=50` },
    { label: '+ solution interest', search: `solutionInterestId=${solutionInterestId}&missingRoleId=${dm}&completenessBelow=50` },
    { label: '+ engagement 10–90', search: `solutionInterestId=${solutionInterestId}&missingRoleId=${dm}&completenessBelow=50&engagementMin=10&engagementMax=90` },
    { label: 'sort by completeness', search: `solutionInterestId=${solutionInterestId}&missingRoleId=${dm}&completenessBelow=50&sort=-completeness` },
    { label: 'search by name', search: 'q=Helix' },
    { label: 'any of two missing roles', search: `missingRoleId=${dm}&missingRoleId=${roleIds[1] ?? dm}&missingRoleMatch=any` },
    { label: 'account industry', search: `accountIndustry=Software` },
    { label: 'filters cleared', search: '' },
  ];
  return steps;
}

/**
 * The page's document as far as these checks read it. The functions below run in the page (the
 * app's CSP forbids evaluating strings there); this file is type-checked without the DOM library.
 */
interface PageDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): { length: number };
  body: { innerText: string };
}

const rowsSettled = () => {
  const d = (globalThis as unknown as { document: PageDocument }).document;
  const t = d.querySelector('table[aria-label="Buying groups"]');
  return (t !== null && t.getAttribute('aria-busy') === 'false') || d.body.innerText.includes('No buying group matches');
};
const totalShown = () => {
  const d = (globalThis as unknown as { document: PageDocument }).document;
  return / of [\d,]+/.test(d.querySelector('[data-testid="browse-range"]')?.textContent ?? '');
};
const memberRowsShown = (n: number) => (globalThis as unknown as { document: PageDocument }).document.querySelectorAll('[data-testid="member-row"]').length >= n;
const changeUrl = (url: string) => {
  const w = globalThis as unknown as { history: { pushState(s: unknown, t: string, u: string): void }; dispatchEvent(e: unknown): void; PopStateEvent: new (type: string) => unknown };
  (w as unknown as { __benchT0: number }).__benchT0 = (globalThis as unknown as { performance: { now(): number } }).performance.now();
  w.history.pushState({}, '', url);
  w.dispatchEvent(new w.PopStateEvent('popstate'));
};
/** Where the time of the last URL change went, from the page's resource timing: fetch issued, answer in. */
const lastListTiming = (path: string) => {
  const g = globalThis as unknown as { __benchT0: number; performance: { getEntriesByType(t: string): { name: string; fetchStart: number; responseEnd: number }[] } };
  const entries = g.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === path && e.fetchStart >= g.__benchT0);
  const e = entries[0];
  return e ? { issuedMs: e.fetchStart - g.__benchT0, answeredMs: e.responseEnd - g.__benchT0 } : null;
};

/** Waits until Browse shows the answer to the current URL: the table not busy (or the empty state), or the total. */
async function browseSettled(page: Page, what: 'rows' | 'total'): Promise<void> {
  await page.waitForFunction(what === 'rows' ? rowsSettled : totalShown);
}

/** rowsMs: to the rows on screen; answeredMs: to the list's HTTP answer (the rest is the page's own work). */
async function timed(page: Page, start: () => Promise<unknown>, responsePath: string): Promise<{ rowsMs: number; totalMs: number; answeredMs: number }> {
  const t0 = performance.now();
  let answeredMs = NaN;
  const list = page.waitForResponse((r) => new URL(r.url()).pathname === responsePath).then(() => (answeredMs = performance.now() - t0));
  const count = page.waitForResponse((r) => new URL(r.url()).pathname === `${responsePath}/count`);
  await start();
  await list;
  await browseSettled(page, 'rows');
  const rowsMs = performance.now() - t0;
  await count;
  await browseSettled(page, 'total');
  return { rowsMs, totalMs: performance.now() - t0, answeredMs };
}

/** A group with exactly DETAILS_MEMBERS current members: new people of its account, added by hand where rules did not. */
async function groupWith50Members(base: string, token: string): Promise<{ id: string; members: number }> {
  const call = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}/api/v1${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p}: HTTP ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  const page = await call<{ data: { id: string; accountId: string; templateId: string; memberCount: number }[] }>('GET', '/buying-groups?limit=1&sort=-completeness');
  const group = page.data[0];
  if (!group) throw new Error('no buying group to open');
  const template = await call<{ roles: { roleId: string }[] }>('GET', `/roles-templates/${group.templateId}`);
  const roleId = template.roles[0]?.roleId;
  if (!roleId) throw new Error('the template has no roles');
  const count = async () => (await call<{ memberCount: number }>('GET', `/buying-groups/${group.id}`)).memberCount;
  let members = await count();
  for (let i = 0; members < DETAILS_MEMBERS; i++) {
    const need = DETAILS_MEMBERS - members;
    const added: string[] = [];
    for (let k = 0; k < need; k++) {
      const person = await call<{ id: string }>('POST', '/people', { email: `bench.details.${i}.${k}@example.com`, firstName: 'Bench', lastName: `Member ${i}.${k}`, jobTitle: 'Analyst' });
      await call('POST', '/relations', { accountId: group.accountId, personId: person.id });
      added.push(person.id);
    }
    const current = new Set((await call<{ data: { personId: string }[] }>('GET', `/buying-groups/${group.id}/members?limit=500`)).data.map((m) => m.personId));
    const manual = added.filter((id) => !current.has(id)).slice(0, DETAILS_MEMBERS - current.size);
    if (manual.length) await call('POST', `/buying-groups/${group.id}/members/actions`, { actions: manual.map((personId) => ({ op: 'add', personId, roleId })) });
    members = await count();
  }
  return { id: group.id, members };
}

export async function measureBrowser(database: Database, log: (line: string) => void, now: () => number): Promise<BrowserResult | null> {
  if (!fs.existsSync(CHROMIUM)) {
    log(`  browser: skipped (${CHROMIUM} not found; apt-get install chromium)`);
    return null;
  }
  const web = await ensureWebBuild(log);
  const app = await buildApp({ database, webDir: web.dir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 } });
  try {
    const { token } = await createToken(database.db, { role: 'admin', name: 'bench-browser' });
    const email = `bench.${Date.now().toString(36)}@example.com`;
    await createUser(database.db, SYSTEM_ACTOR, { email, role: 'editor', password: PASSWORD }, now());
    const details = await groupWith50Members(base, token);
    const si = await fetch(`${base}/api/v1/solution-interests?limit=1`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ data: { id: string }[] }>);
    const roles = await fetch(`${base}/api/v1/roles?limit=10`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ data: { id: string }[] }>);
    const roleIds = ['rol_decision_maker', ...roles.data.map((r) => r.id).filter((id) => id !== 'rol_decision_maker')];

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/buying-groups\/browse/);
    // The first visit after sign-in fetched and parsed the bundle: that is the cold figure.
    await page.goto('about:blank');
    const cold = await timed(page, () => page.goto(`${base}/buying-groups/browse`), '/api/v1/buying-groups');
    log(`  browser: Browse first page, cold ${cold.rowsMs.toFixed(0)} ms`);

    const firstPageMs: number[] = [];
    const firstTotalMs: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      await page.goto('about:blank');
      const t = await timed(page, () => page.goto(`${base}/buying-groups/browse`), '/api/v1/buying-groups');
      firstPageMs.push(t.rowsMs);
      firstTotalMs.push(t.totalMs);
    }
    log(`  browser: Browse first page ${firstPageMs.map((v) => v.toFixed(0)).join(', ')} ms`);

    const filters: FilterTiming[] = [];
    for (const step of filterSteps(si.data[0]?.id ?? '', roleIds)) {
      const f: FilterTiming = { ...step, rowsMs: [], totalMs: [], answeredMs: [], issuedMs: [], rows: 0, total: '' };
      for (let i = 0; i < REPEATS; i++) {
        // Start from the unfiltered view each time, so every run is a real change of query.
        await page.goto(`${base}/buying-groups/browse?sort=name`);
        await browseSettled(page, 'rows');
        await browseSettled(page, 'total');
        const t = await timed(
          page,
          () =>
            page.evaluate(changeUrl, `/buying-groups/browse${step.search ? `?${step.search}` : ''}`),
          '/api/v1/buying-groups',
        );
        const where = await page.evaluate(lastListTiming, '/api/v1/buying-groups');
        if (where) f.issuedMs.push(where.issuedMs);
        f.rowsMs.push(t.rowsMs);
        f.totalMs.push(t.totalMs);
        f.answeredMs.push(t.answeredMs);
      }
      f.rows = await page.locator('[data-testid="browse-row"]').count();
      f.total = ((await page.locator('[data-testid="browse-range"]').textContent()) ?? '').trim();
      filters.push(f);
      log(`  browser: ${step.label}: ${f.rowsMs.map((v) => v.toFixed(0)).join(', ')} ms; request sent at ${f.issuedMs.map((v) => v.toFixed(0)).join(', ')} ms, answered at ${f.answeredMs.map((v) => v.toFixed(0)).join(', ')} ms (${f.total})`);
    }

    const detailsMs: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${base}/buying-groups/${details.id}`);
      await page.waitForFunction(memberRowsShown, DETAILS_MEMBERS);
      detailsMs.push(performance.now() - t0);
    }
    log(`  browser: details of a ${details.members}-member group ${detailsMs.map((v) => v.toFixed(0)).join(', ')} ms`);
    const version = context.browser()?.version() ?? 'unknown';
    return { firstPageColdMs: cold.rowsMs, firstPageMs, firstTotalMs, filters, detailsMs, detailsGroupId: details.id, detailsMembers: details.members, chromium: version };
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    await app.close();
  }
}
