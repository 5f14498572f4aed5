/**
 * The Import page in a real browser: upload a Salesforce-style account export through the drop
 * zone, see the detected format and mapping, edit the mapping (a column kept as a custom
 * attribute, one not imported), a dry run (nothing written), then the import with live progress:
 * the counts the page shows are the API's, the accounts are there, the report link works. Viewers
 * have no Import page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface ImportJob {
  id: string;
  status: string;
  dryRun: boolean;
  counts: { inserted: number; updated: number; unchanged: number; rejected: number; rowsRead: number; problemsTotal: number };
}

const CSV = [
  'Account ID,Account Name,Website,Industry,Tier',
  'IMP-1,Imported One,imported-one.example,Software,gold',
  'IMP-2,Imported Two,imported-two.example,Retail,silver',
  'IMP-3,,imported-three.example,Retail,bronze',
  'IMP-4,Imported Four,imported-four.example,Software,gold',
].join('\n');

describe('web app: import', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer({ accounts: 20, people: 200 });
    await server.createUser('eve@example.com', 'editor');
    await server.createUser('vic@example.com', 'viewer');
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('uploads, shows and edits the mapping, dry-runs, imports with live counts equal to the API’s', async () => {
    const { page } = b;
    await signIn(page, server.baseUrl, 'eve@example.com');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await page.getByText('No imports yet').waitFor();
    expect(await a11yViolations(page)).toEqual([]);

    await page.locator('input[type=file]').setInputFiles({ name: 'sf-accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await mapping.waitFor();
    await expect.poll(() => mapping.getByRole('row').count()).toBe(6); // header + 5 columns
    expect(await page.getByText('CSV', { exact: true }).count()).toBeGreaterThan(0);
    // Recognised: Account Name → Name (required), Tier is not imported yet.
    expect(await page.getByRole('textbox', { name: 'Field for column Account Name' }).inputValue()).toMatch(/^Name/);
    expect(await page.getByRole('textbox', { name: 'Field for column Tier' }).inputValue()).toBe('— not imported —');
    expect(await a11yViolations(page)).toEqual([]);

    // Edit: Tier kept as a custom attribute, Industry not imported.
    await page.getByRole('textbox', { name: 'Field for column Tier' }).click();
    await page.getByRole('option', { name: 'Custom attribute “Tier”' }).click();
    await page.getByRole('textbox', { name: 'Field for column Industry' }).click();
    await page.getByRole('option', { name: '— not imported —' }).click();
    await expect.poll(() => page.getByText(/^Ignored: Industry$/).count()).toBe(1);
    await expect.poll(() => page.getByText(/^Columns without a field: none$/).count()).toBe(1);

    const before = (await server.api<{ data: unknown[] }>('GET', '/accounts?q=Imported&limit=50')).body.data.length;
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('succeeded');
    const dry = (await server.api<{ data: ImportJob[] }>('GET', '/imports')).body.data[0];
    expect(dry?.dryRun).toBe(true);
    expect(dry?.counts).toMatchObject({ inserted: 3, rejected: 1 });
    expect((await server.api<{ data: unknown[] }>('GET', '/accounts?q=Imported&limit=50')).body.data.length).toBe(before);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(async () => (await server.api<{ data: ImportJob[] }>('GET', '/imports')).body.data.length).toBe(2);
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('succeeded');
    const run = (await server.api<{ data: ImportJob[] }>('GET', '/imports')).body.data[0];
    expect(run).toMatchObject({ dryRun: false, status: 'succeeded' });
    const shown = await page.getByTestId('import-counts').innerText();
    for (const [label, n] of [
      ['Inserted', run?.counts.inserted],
      ['Updated', run?.counts.updated],
      ['Unchanged', run?.counts.unchanged],
      ['Rejected', run?.counts.rejected],
    ] as const)
      expect(shown).toMatch(new RegExp(`${label}\\s+${n}\\b`));
    expect(run?.counts).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 1 });

    const accounts = (await server.api<{ data: { name: string; industry: string | null; custom: Record<string, unknown> }[] }>('GET', '/accounts?q=Imported&limit=50')).body.data;
    expect(accounts.map((a) => a.name).sort()).toEqual(['Imported Four', 'Imported One', 'Imported Two']);
    expect(accounts.find((a) => a.name === 'Imported One')).toMatchObject({ industry: null, custom: { Tier: 'gold' } });

    // The report link downloads the rejected row.
    const href = await page.getByRole('link', { name: /^Download report \(CSV\)/ }).getAttribute('href');
    const report = await page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
    expect(report.trim().split(/\r?\n/)).toHaveLength(2);
    // Recent imports: both runs.
    await expect.poll(() => page.getByRole('table', { name: 'Recent imports' }).getByRole('row').count()).toBe(3);
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('has no Import page for viewers', async () => {
    const v = await openBrowser();
    try {
      await signIn(v.page, server.baseUrl, 'vic@example.com');
      expect(await v.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).count()).toBe(0);
      await v.page.goto(`${server.baseUrl}/import`);
      await v.page.getByText('Importing needs the editor role').waitFor();
      expect(await a11yViolations(v.page)).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
