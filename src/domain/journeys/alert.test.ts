import { describe, expect, it } from 'vitest';
import { groupLink, salesAlertMessage, salesAlertPayload, topMembers, type SalesAlertFacts } from './alert.ts';

const facts: SalesAlertFacts = {
  journeyName: 'Nurture',
  groupId: 'bg_1',
  groupName: 'Acme <Security>',
  accountId: 'acc_1',
  accountName: 'Acme & Co',
  solutionInterestName: 'Security Suite',
  stage: 'engaged',
  statusLabel: null,
  completeness: 83,
  engagement: 41,
  missingRoles: ['Champion'],
  members: Array.from({ length: 7 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@acme.example`, title: i % 2 ? 'VP Sales' : null, role: i === 6 ? 'Decision Maker' : 'Influencer', engagement: i * 10 })),
  link: 'https://q.example.com/buying-groups/bg_1',
};

describe('sales alert template', () => {
  it('says the same facts in both parts, most engaged members first, HTML escaped', () => {
    const m = salesAlertMessage(facts);
    expect(m.subject).toBe('Sales alert: Acme & Co — Acme <Security> is 83% complete');
    expect(m.text).toContain('Completeness: 83%\nEngagement: 41%\nStage: engaged\nMissing roles: Champion');
    expect(m.text).not.toContain('Status:');
    const listed = m.text.split('\n').filter((l) => l.startsWith('- '));
    expect(listed).toEqual([
      '- Person 6 — Decision Maker (engagement 60%)',
      '- Person 5, VP Sales — Influencer (engagement 50%)',
      '- Person 4 — Influencer (engagement 40%)',
      '- Person 3, VP Sales — Influencer (engagement 30%)',
      '- Person 2 — Influencer (engagement 20%)',
    ]);
    expect(m.text.trimEnd().endsWith('Open the group: https://q.example.com/buying-groups/bg_1')).toBe(true);
    expect(m.html).toContain('<strong>Acme &lt;Security&gt;</strong> at <strong>Acme &amp; Co</strong>');
    expect(m.html).not.toContain('<Security>');
    expect(m.html.match(/<li>/g)).toHaveLength(5);
  });

  it('handles a group without members or link, and builds the link from the public URL', () => {
    const m = salesAlertMessage({ ...facts, members: [], link: null, missingRoles: [] });
    expect(m.text).toContain('Missing roles: none');
    expect(m.text).toContain('The group has no members yet.');
    expect(m.text).not.toContain('Open the group');
    expect(groupLink('https://q.example.com//', 'bg 1')).toBe('https://q.example.com/buying-groups/bg%201');
    expect(groupLink(null, 'bg_1')).toBeNull();
    expect(topMembers(facts.members, 2).map((x) => x.name)).toEqual(['Person 6', 'Person 5']);
  });

  it('gives the webhook the same data', () => {
    const p = salesAlertPayload(facts, 'j/a/1/t/2/alert', Date.UTC(2026, 5, 1));
    expect(p).toMatchObject({ type: 'journey.sales_alert', id: 'j/a/1/t/2/alert', timestamp: '2026-06-01T00:00:00.000Z', data: { missingRoles: ['Champion'], buyingGroup: { completeness: 83, link: facts.link } } });
    expect((p.data as { topMembers: unknown[] }).topMembers).toHaveLength(5);
  });
});
