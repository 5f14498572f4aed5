/**
 * The sales alert a journey sends (SPEC §8, issue 12): what a salesperson needs to act on a
 * buying group — the group and its account, completeness and engagement, the required roles
 * nobody holds yet, the most engaged members with title and role, and a link to the group in the
 * web app — as an email's subject, plain-text and HTML parts, and as a webhook's JSON body.
 * Pure: the runtime reads the facts, this writes the words.
 */

export interface AlertMember {
  name: string;
  email: string;
  title: string | null;
  role: string;
  /** 0–100, display value. */
  engagement: number;
}

export interface SalesAlertFacts {
  journeyName: string;
  groupId: string;
  groupName: string;
  accountId: string;
  accountName: string;
  solutionInterestName: string;
  stage: string | null;
  statusLabel: string | null;
  /** Display values (whole percent). */
  completeness: number;
  engagement: number;
  /** Names of the required roles without enough members, in template order. */
  missingRoles: string[];
  /** Current members (any order): the alert shows the most engaged first. */
  members: AlertMember[];
  /** The group's page in the web app (null when QUORUM_PUBLIC_URL is not set). */
  link: string | null;
}

export interface SalesAlertMessage {
  subject: string;
  text: string;
  html: string;
}

/** How many members an alert lists. */
export const ALERT_TOP_MEMBERS = 5;

/** The group's page in the web app (web/src/App.tsx: /buying-groups/:id). */
export function groupLink(publicUrl: string | null | undefined, groupId: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/buying-groups/${encodeURIComponent(groupId)}`;
}

export function topMembers(members: readonly AlertMember[], n = ALERT_TOP_MEMBERS): AlertMember[] {
  return [...members].sort((a, b) => b.engagement - a.engagement || a.name.localeCompare(b.name) || a.email.localeCompare(b.email)).slice(0, n);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** One line per fact, shared by both parts so they never say different things. */
function factLines(f: SalesAlertFacts): [string, string][] {
  return [
    ['Account', f.accountName],
    ['Buying group', `${f.groupName} (${f.solutionInterestName})`],
    ['Completeness', `${f.completeness}%`],
    ['Engagement', `${f.engagement}%`],
    ...(f.stage ? ([['Stage', f.stage]] as [string, string][]) : []),
    ...(f.statusLabel ? ([['Status', f.statusLabel]] as [string, string][]) : []),
    ['Missing roles', f.missingRoles.length ? f.missingRoles.join(', ') : 'none'],
  ];
}

function memberLine(m: AlertMember): string {
  return `${m.name}${m.title ? `, ${m.title}` : ''} — ${m.role} (engagement ${m.engagement}%)`;
}

export function salesAlertMessage(f: SalesAlertFacts): SalesAlertMessage {
  const subject = `Sales alert: ${f.accountName} — ${f.groupName} is ${f.completeness}% complete`;
  const top = topMembers(f.members);
  const facts = factLines(f);
  const text = [
    `Journey "${f.journeyName}" flagged the buying group ${f.groupName} at ${f.accountName}.`,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    top.length ? 'Top members:' : 'The group has no members yet.',
    ...top.map((m) => `- ${memberLine(m)}`),
    ...(f.link ? ['', `Open the group: ${f.link}`] : []),
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<p>Journey &quot;${e(f.journeyName)}&quot; flagged the buying group <strong>${e(f.groupName)}</strong> at <strong>${e(f.accountName)}</strong>.</p>`,
    '<table>',
    ...facts.map(([k, v]) => `<tr><th align="left">${e(k)}</th><td>${e(v)}</td></tr>`),
    '</table>',
    top.length ? '<p>Top members:</p><ul>' : '<p>The group has no members yet.</p>',
    ...top.map((m) => `<li>${e(m.name)}${m.title ? `, ${e(m.title)}` : ''} — ${e(m.role)} (engagement ${m.engagement}%)</li>`),
    top.length ? '</ul>' : '',
    f.link ? `<p><a href="${e(f.link)}">Open the group</a></p>` : '',
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** The body of a sales alert webhook: the same facts, as data. */
export function salesAlertPayload(f: SalesAlertFacts, effectKey: string, at: number): Record<string, unknown> {
  return {
    type: 'journey.sales_alert',
    id: effectKey,
    timestamp: new Date(at).toISOString(),
    data: {
      journey: f.journeyName,
      account: { id: f.accountId, name: f.accountName },
      buyingGroup: { id: f.groupId, name: f.groupName, solutionInterest: f.solutionInterestName, stage: f.stage, status: f.statusLabel, completeness: f.completeness, engagement: f.engagement, link: f.link },
      missingRoles: f.missingRoles,
      topMembers: topMembers(f.members).map((m) => ({ name: m.name, email: m.email, title: m.title, role: m.role, engagement: m.engagement })),
    },
  };
}
