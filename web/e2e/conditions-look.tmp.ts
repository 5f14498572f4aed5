import { ensureWebBuild } from '../../src/cli/web-build.ts';
import { openBrowser, signIn, startWebServer } from './harness.ts';
const OUT = '/tmp/shots-conditions/';
await ensureWebBuild((l) => process.stderr.write(`${l}\n`));
const server = await startWebServer({ accounts: 60, people: 1500 });
await server.createUser('ada@example.com', 'admin');
const b = await openBrowser({ width: 1440, height: 900 });
const { page } = b;
const shot = async (name: string) => { await page.waitForTimeout(700); await page.screenshot({ path: `${OUT}${name}.png` }); };
await signIn(page, server.baseUrl, 'ada@example.com');
const si = (await server.api<{ data: { id: string }[] }>('GET', '/solution-interests')).body.data[0]!.id;
const cond = { all: [
  { field: 'employees', op: 'between', value: [1000, 50000] },
  { field: 'createdAt', op: 'between', value: ['2024-01-01', '2026-12-31'] },
  { people: { atLeast: 2, relationType: 'employee', where: { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['c-level', 'vp'] }, { activity: { type: ['email_opened', 'form_filled'], atLeast: 2, inLastDays: 30 } }] } } },
  { not: { buyingGroup: { solutionInterestId: si, active: true, completeness: { op: 'lt', value: 50 }, roleCount: [{ roleId: 'rol_decision_maker', atMost: 0 }] } } },
] };
await page.goto(`${server.baseUrl}/buying-groups/browse?accountCondition=${encodeURIComponent(JSON.stringify(cond))}`);
await page.getByTestId('account-condition-badge').waitFor();
await shot('browse-badge');
await page.getByRole('button', { name: 'Account condition…' }).click();
await page.getByTestId('condition-account-count').waitFor();
await shot('browse-condition');
await page.getByRole('dialog').locator('.mantine-Modal-body').evaluate((e) => e.parentElement!.scrollTo(0, 2000));
await shot('browse-condition-bottom');
await page.evaluate(() => localStorage.setItem('quorum-color-scheme', 'dark'));
await page.reload();
await page.getByRole('button', { name: 'Account condition…' }).click();
await page.getByTestId('condition-account-count').waitFor();
await shot('browse-condition-dark');
console.log(b.problems);
await b.close();
await server.close();
