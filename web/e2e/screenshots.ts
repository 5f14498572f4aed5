/**
 * `npm run screenshots`: every main page of the web app on the demo data, at 1440×900, into
 * docs/screenshots/ (shown in the README). Uses the same real server and Chromium as the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from '../../src/cli/web-build.ts';
import { randomBytes } from 'node:crypto';
import { SecretBox } from '../../src/store/secrets.ts';
import { openBrowser, signIn, startWebServer } from './harness.ts';
import { seedConfirmedMembers } from './suggestion-data.ts';
import { journeyScreens } from './journey-screens.ts';
import { linkedinShots, mockLinkedIn } from './screenshots-linkedin.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function main(): Promise<void> {
  await ensureWebBuild((l) => process.stderr.write(`${l}\n`));
  fs.mkdirSync(OUT, { recursive: true });
  // A secret key, so the Webhooks page can show a subscription (the key is this run's own).
  // LinkedIn: a local mock of its API (the Destinations and Activations pages sync against it).
  const linkedin = await mockLinkedIn();
  const server = await startWebServer({ accounts: 200, people: 5000, webhooks: { secrets: new SecretBox(randomBytes(32)) }, linkedin: linkedin.settings });
  await server.createUser('ada@example.com', 'admin');
  const b = await openBrowser({ width: 1440, height: 900 });
  const { page } = b;
  const shot = async (name: string) => {
    // Each page waits for its own content before the shot; let charts and fonts settle.
    await page.waitForTimeout(600);
    await page.mouse.move(1, 450);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
    process.stderr.write(`docs/screenshots/${name}.png\n`);
  };
  try {
    await page.goto(`${server.baseUrl}/sign-in`);
    await shot('sign-in');
    await signIn(page, server.baseUrl, 'ada@example.com');
    await page.getByTestId('browse-row').first().waitFor();
    await shot('browse');
    await page.goto(`${server.baseUrl}/buying-groups/browse?missingRoleId=rol_decision_maker&completenessBelow=50&sort=completeness`);
    await page.getByTestId('browse-row').first().waitFor();
    await shot('browse-gaps');
    await page.goto(`${server.baseUrl}/buying-groups/overview`);
    await page.getByTestId('overview-total').waitFor();
    await page.locator('.recharts-bar-rectangle path').first().waitFor();
    await shot('overview');
    const groups = await server.api<{ data: { id: string }[] }>('GET', '/buying-groups?sort=-engagement&limit=1');
    const id = groups.body.data[0]?.id;
    if (id) {
      await page.goto(`${server.baseUrl}/buying-groups/${id}`);
      await page.getByTestId('member-row').first().waitFor();
      await shot('group-details');
      await page.getByTestId('member-row').first().getByRole('button', { name: /^Why is/ }).click();
      await page.getByRole('dialog').waitFor();
      await shot('group-why');
      await page.keyboard.press('Escape');
    }
    await page.goto(`${server.baseUrl}/buying-groups/solution-interests`);
    await page.getByTestId('si-row').first().waitFor();
    await shot('solution-interests');
    await page.goto(`${server.baseUrl}/buying-groups/roles-templates`);
    await page.getByTestId('template-row').first().waitFor();
    await shot('roles-templates');
    const live = (await server.api<{ data: { id: string; status: string }[] }>('GET', '/roles-templates?limit=50')).body.data.find((t) => t.status === 'live');
    if (live) {
      const draft = await server.api<{ id: string }>('POST', `/roles-templates/${live.id}/duplicate`);
      await page.goto(`${server.baseUrl}/buying-groups/roles-templates/${draft.body.id}`);
      await page.getByTestId('role-card').first().waitFor();
      await page.getByRole('textbox', { name: 'Audience' }).click();
      await page.getByRole('option').first().click();
      await page.getByTestId('dry-run-role').first().waitFor();
      await shot('roles-template-editor');
    }
    await page.goto(`${server.baseUrl}/buying-groups/roles`);
    await page.getByTestId('role-row').first().waitFor();
    await shot('roles');
    await page.goto(`${server.baseUrl}/buying-groups/stages`);
    await page.getByTestId('stage-model-row').first().waitFor();
    await shot('stage-models');
    await page.getByTestId('stage-model-row').first().getByRole('link').click();
    await page.getByTestId('stage-graph').waitFor();
    await shot('stage-model');
    const wm = await server.api<{ id: string; version: number }>('POST', '/weighting-models', { name: 'Events first', weights: { event_attended: 'vital', event_registered: 'important', interesting_moment: 'normal', form_filled: 'normal', page_viewed: 'minor', link_clicked: 'minor', email_clicked: 'trivial', email_opened: 'trivial' } });
    await fetch(`${server.baseUrl}/api/v1/weighting-models/${wm.body.id}/activate`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'if-match': `"${wm.body.version}"` } });
    await server.api('POST', '/weighting-models', { name: 'Web signals', weights: { page_viewed: 60, link_clicked: 60, form_filled: 80 }, windowDays: 14 });
    await page.goto(`${server.baseUrl}/weighting-models`);
    await page.getByTestId('weighting-row').first().waitFor();
    await shot('weighting-models');
    await page.goto(`${server.baseUrl}/activity-types`);
    await page.getByTestId('activity-type-row').first().waitFor();
    await shot('activity-types');
    await page.goto(`${server.baseUrl}/users`);
    await page.getByTestId('user-row').first().waitFor();
    await shot('users');
    await page.goto(`${server.baseUrl}/buying-groups/jobs`);
    await page.getByTestId('job-row').first().waitFor();
    await shot('jobs');
    await page.goto(`${server.baseUrl}/buying-groups/create`);
    await page.getByRole('textbox', { name: 'Solution interest' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'Audience' }).click();
    await page.getByRole('option').last().click();
    await page.getByRole('button', { name: 'Estimate', exact: true }).click();
    await page.getByTestId('estimate-role').first().waitFor();
    await shot('create-wizard');
    // Accounts and People: the hierarchy with a parent expanded, an account's coverage, a person, a group's non-members.
    await page.goto(`${server.baseUrl}/accounts`);
    await page.getByTestId('tree-account').first().waitFor();
    await page.locator('[data-testid="tree-account"]').filter({ hasText: /child/ }).first().click({ position: { x: 6, y: 10 } });
    await page.locator('[data-testid="tree-account"][data-level="2"]').first().waitFor();
    await shot('accounts');
    const top = await server.api<{ data: { id: string; accountId: string }[] }>('GET', '/buying-groups?sort=-engagement&limit=1');
    const topGroup = top.body.data[0];
    if (topGroup) {
      await page.goto(`${server.baseUrl}/accounts/${topGroup.accountId}?tab=coverage`);
      await page.getByTestId('coverage-cell').first().waitFor();
      await shot('account-coverage');
      const members = await server.api<{ data: { personId: string }[] }>('GET', `/buying-groups/${topGroup.id}/members?removed=false&limit=1`);
      const personId = members.body.data[0]?.personId;
      if (personId) {
        await page.goto(`${server.baseUrl}/people/${personId}`);
        await page.getByTestId('person-group-row').first().waitFor();
        await shot('person-details');
      }
      await page.goto(`${server.baseUrl}/buying-groups/${topGroup.id}`);
      await page.getByRole('tab', { name: 'Not members' }).click();
      await page.getByTestId('non-member-row').first().waitFor();
      await shot('group-not-members');
    }
    await page.goto(`${server.baseUrl}/people`);
    await page.getByTestId('person-row').first().waitFor();
    await shot('people');
    await page.goto(`${server.baseUrl}/personas`);
    await page.getByTestId('persona-row').first().waitFor();
    await shot('personas');
    await page.getByTestId('persona-row').last().getByRole('button', { name: /^Edit / }).click();
    await page.getByRole('dialog').locator('[data-path=""]').waitFor();
    await shot('persona-condition');
    await page.keyboard.press('Escape');
    await page.goto(`${server.baseUrl}/account-lists`);
    await page.getByTestId('list-row').first().waitFor();
    await shot('account-lists');
    await page.getByTestId('list-row').filter({ hasText: 'dynamic' }).first().getByRole('button', { name: /^Edit / }).click();
    await page.locator('[data-testid="live-count"][data-busy="false"]').waitFor();
    await shot('account-list-live-count');
    await page.keyboard.press('Escape');
    const si = (await server.api<{ data: { id: string }[] }>('GET', '/solution-interests?limit=1')).body.data[0]?.id;
    const accountCondition = {
      all: [
        { field: 'employees', op: 'gte', value: 1000 },
        { people: { atLeast: 2, where: { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] } } },
        ...(si ? [{ not: { buyingGroup: { solutionInterestId: si, completeness: { op: 'gte', value: 75 } } } }] : []),
      ],
    };
    await page.goto(`${server.baseUrl}/buying-groups/browse?accountCondition=${encodeURIComponent(JSON.stringify(accountCondition))}`);
    await page.getByTestId('account-condition-badge').waitFor();
    await page.getByRole('button', { name: 'Account condition…' }).click();
    await page.getByTestId('condition-account-count').filter({ hasText: /match/ }).waitFor();
    await shot('browse-account-condition');
    await page.keyboard.press('Escape');
    // Import: a HubSpot-style people export uploaded, its mapping shown, after a dry run.
    await page.goto(`${server.baseUrl}/import`);
    await page.getByRole('textbox', { name: 'What the file holds' }).click();
    await page.getByRole('option', { name: 'People', exact: true }).click();
    // People of demo accounts (by their domains), one without an email and one whose company is unknown.
    const domains = (await server.api<{ data: { domain: string | null }[] }>('GET', '/accounts?limit=7')).body.data.map((a) => a.domain ?? 'unknown.example');
    const people = ['Record ID,First Name,Last Name,Email,Job Title,Company Domain Name,Lifecycle Stage'];
    for (let i = 1; i <= 40; i++) people.push(`${9000 + i},Sam${i},Lee${i},sam.lee${i}@${domains[i % domains.length]},${i % 3 ? 'IT Manager' : 'VP Engineering'},${domains[i % domains.length]},${i % 2 ? 'lead' : 'customer'}`);
    people.push('9998,No,Email,,CTO,acme.example,lead');
    people.push('9999,Una,Known,una@nowhere.example,CFO,nowhere.example,lead');
    await page.locator('input[type=file]').setInputFiles({ name: 'hubspot-contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(people.join('\n')) });
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByTestId('import-status').filter({ hasText: /succeeded|failed/ }).waitFor({ timeout: 60_000 });
    await shot('import');
    await server.api('POST', '/webhooks', { url: 'https://hooks.example.com/quorum', description: 'CRM sync', eventTypes: ['buying_group.member_added', 'buying_group.member_removed'] });
    await page.goto(`${server.baseUrl}/webhooks`);
    await page.getByText('https://hooks.example.com/quorum').first().waitFor();
    await shot('webhooks');
    await journeyScreens(server, page, shot);
    await linkedinShots(server, page, linkedin.li, shot);
    // Learned suggestions: engineers confirmed by hand in half a solution interest's groups, the
    // model trained and run from its page, then a group's suggestions and those across groups.
    const seeded = await seedConfirmedMembers(server);
    await page.goto(`${server.baseUrl}/buying-groups/solution-interests/${seeded.solutionInterestId}`);
    await page.getByRole('button', { name: 'Train model' }).click();
    await page.getByRole('region', { name: 'Suggestions job' }).getByTestId('suggestion-job-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('model-status').getByText('Groups learned from').waitFor();
    await shot('solution-interest-suggestions');
    await page.goto(`${server.baseUrl}/buying-groups/${seeded.otherGroups[0]}?tab=suggestions`);
    await page.getByTestId('suggestion-row').first().waitFor();
    await shot('group-suggestions');
    await page.goto(`${server.baseUrl}/buying-groups/suggestions`);
    await page.getByTestId('suggestion-row').first().waitFor();
    await page.getByTestId('suggestion-row').nth(1).getByRole('checkbox').check();
    await page.getByTestId('suggestion-row').nth(2).getByRole('checkbox').check();
    await shot('suggestions');
    await page.goto(`${server.baseUrl}/buying-groups/browse`);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.getByTestId('browse-row').first().waitFor();
    await shot('browse-dark');
  } finally {
    await b.close();
    await server.close();
    await linkedin.li.stop();
  }
}

await main();
