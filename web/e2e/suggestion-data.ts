/**
 * Confirmed members for the suggestion model to learn from, arranged through the API on the demo
 * data (which has rule members only): in the first half of a solution interest's groups, every
 * engineer of the account who is not a member is added by hand as Practitioner. The model then
 * learns "engineer → Practitioner" and proposes the engineers of the other half's groups.
 */
import type { WebServer } from './harness.ts';

interface Page<T> {
  data: T[];
}

export const LEARNED_ROLE = 'rol_practitioner';

export interface SeededInterest {
  solutionInterestId: string;
  name: string;
  /** The groups with confirmed members (learned from) and the others (where suggestions appear), most engineers first. */
  trainGroups: string[];
  otherGroups: string[];
  confirmed: number;
}

/** Seeds the solution interest (by name, else the one with the most groups) and returns it. */
export async function seedConfirmedMembers(server: WebServer, name?: string): Promise<SeededInterest> {
  const sis = (await server.api<Page<{ id: string; name: string; templateId: string }>>('GET', '/solution-interests?limit=500')).body.data;
  const withGroups = await Promise.all(sis.map(async (si) => ({ si, groups: (await server.api<Page<{ id: string; accountId: string }>>('GET', `/buying-groups?solutionInterestId=${si.id}&limit=500&sort=name`)).body.data })));
  const chosen = (name ? withGroups.find((x) => x.si.name === name) : undefined) ?? [...withGroups].sort((a, b) => b.groups.length - a.groups.length)[0];
  if (!chosen || chosen.groups.length < 2) throw new Error('the demo data has no solution interest with two groups');
  const template = (await server.api<{ roles: { roleId: string }[] }>('GET', `/roles-templates/${chosen.si.templateId}`)).body;
  if (!template.roles.some((r) => r.roleId === LEARNED_ROLE)) throw new Error(`the template of ${chosen.si.name} has no ${LEARNED_ROLE}`);
  const half = Math.ceil(chosen.groups.length / 2);
  const train = chosen.groups.slice(0, half);
  let confirmed = 0;
  for (const g of train) {
    const people = (await server.api<Page<{ id: string; jobTitle: string | null }>>('GET', `/people?accountId=${g.accountId}&limit=500`)).body.data;
    const members = new Set((await server.api<Page<{ personId: string; removed: boolean }>>('GET', `/buying-groups/${g.id}/members?limit=500`)).body.data.filter((m) => !m.removed).map((m) => m.personId));
    const actions = people.filter((p) => !members.has(p.id) && /engineer/i.test(p.jobTitle ?? '')).map((p) => ({ op: 'add', personId: p.id, roleId: LEARNED_ROLE }));
    if (actions.length === 0) continue;
    const res = await server.api('POST', `/buying-groups/${g.id}/members/actions`, { actions });
    if (res.status !== 200) throw new Error(`member actions: ${res.status} ${JSON.stringify(res.body)}`);
    confirmed += actions.length;
  }
  if (confirmed === 0) throw new Error(`no engineer to confirm in the groups of ${chosen.si.name}`);
  // The other groups, those with the most engineers who are not members first (the most suggestions).
  const others = await Promise.all(
    chosen.groups.slice(half).map(async (g) => {
      const people = (await server.api<Page<{ id: string; jobTitle: string | null }>>('GET', `/people?accountId=${g.accountId}&limit=500`)).body.data;
      const members = new Set((await server.api<Page<{ personId: string }>>('GET', `/buying-groups/${g.id}/members?limit=500`)).body.data.map((m) => m.personId));
      return { id: g.id, engineers: people.filter((p) => !members.has(p.id) && /engineer/i.test(p.jobTitle ?? '')).length };
    }),
  );
  others.sort((a, b) => b.engineers - a.engineers);
  return { solutionInterestId: chosen.si.id, name: chosen.si.name, trainGroups: train.map((g) => g.id), otherGroups: others.map((g) => g.id), confirmed };
}
