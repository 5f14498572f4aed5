import { describe, expect, it } from 'vitest';
import { ModelTrainer, suggestForGroup, type GroupPerson } from './training.ts';
import { HIDDEN_ROLES, syntheticTenant, type SyntheticPerson } from './synthetic.testdata.ts';
import { extractFeatures, FeatureEncoder } from './features.ts';

const NOW = Date.UTC(2026, 5, 1);

function groups(people: readonly SyntheticPerson[], asMembers: boolean): Map<number, GroupPerson[]> {
  const out = new Map<number, GroupPerson[]>();
  for (const p of people) {
    const g: GroupPerson = { ...p, member: asMembers && p.trueRole ? { roleId: p.trueRole, source: 'manual', removed: false } : null, dismissedRoleIds: [] };
    out.set(p.accountIndex, [...(out.get(p.accountIndex) ?? []), g]);
  }
  return out;
}

describe('training and suggesting', () => {
  const tenant = syntheticTenant({ accounts: 600, peoplePerAccount: 12, seed: 11, labelNoise: 0.03, now: NOW });
  const train = tenant.filter((p) => p.accountIndex % 10 < 7);
  const test = tenant.filter((p) => p.accountIndex % 10 >= 7);

  it('learns the hidden roles: precision ≥ 0.8 on held-out accounts at the default threshold', () => {
    const trainer = new ModelTrainer(HIDDEN_ROLES, NOW);
    for (const g of groups(train, true).values()) trainer.addGroup(g);
    const model = trainer.finish()!;
    let tp = 0;
    let predicted = 0;
    const actual = test.filter((p) => p.trueRole).length;
    const truth = new Map(test.map((p) => [p.personId, p.trueRole]));
    for (const g of groups(test, false).values()) {
      for (const s of suggestForGroup(model, g, NOW)) {
        predicted++;
        if (truth.get(s.personId) === s.roleId) tp++;
      }
    }
    expect(tp / predicted).toBeGreaterThanOrEqual(0.8);
    expect(tp / actual).toBeGreaterThan(0.5);
    expect(trainer.stats.groups).toBe(groups(train, true).size - trainer.stats.groupsSkipped);
  });

  it('never proposes members, people a stronger source removed, or a dismissed role', () => {
    const trainer = new ModelTrainer(HIDDEN_ROLES, NOW);
    for (const g of groups(train, true).values()) trainer.addGroup(g);
    const model = trainer.finish()!;
    const cio: Omit<GroupPerson, 'personId' | 'member' | 'dismissedRoleIds'> = { jobTitle: 'CIO', department: 'IT', relationType: 'employee', engagementScore: 30, activityCounts: {}, lastActivityAt: null };
    const people: GroupPerson[] = [
      { ...cio, personId: 'free', member: null, dismissedRoleIds: [] },
      { ...cio, personId: 'rule-member', member: { roleId: 'influencer', source: 'rule', removed: false }, dismissedRoleIds: [] },
      { ...cio, personId: 'removed-by-hand', member: { roleId: 'decision_maker', source: 'manual', removed: true }, dismissedRoleIds: [] },
      { ...cio, personId: 'removed-by-rules', member: { roleId: 'decision_maker', source: 'rule', removed: true }, dismissedRoleIds: [] },
      { ...cio, personId: 'dismissed', member: null, dismissedRoleIds: ['decision_maker'] },
    ];
    const s = suggestForGroup(model, people, NOW, 0);
    expect(s.find((x) => x.personId === 'free')).toMatchObject({ roleId: 'decision_maker' });
    expect(s.find((x) => x.personId === 'free')!.probability).toBeGreaterThan(0.8);
    expect(s.find((x) => x.personId === 'removed-by-rules')).toMatchObject({ roleId: 'decision_maker' });
    expect(s.map((x) => x.personId)).not.toContain('rule-member');
    expect(s.map((x) => x.personId)).not.toContain('removed-by-hand');
    const dismissed = s.find((x) => x.personId === 'dismissed');
    expect(dismissed?.roleId).not.toBe('decision_maker');
  });

  it('skips groups nobody judged, and counts judged negatives', () => {
    const trainer = new ModelTrainer(HIDDEN_ROLES, NOW);
    const base = { jobTitle: 'Sales Manager', department: null, relationType: 'employee' as const, engagementScore: 0, activityCounts: {}, lastActivityAt: null };
    trainer.addGroup([{ ...base, personId: 'a', member: { roleId: 'champion', source: 'rule', removed: false }, dismissedRoleIds: [] }, { ...base, personId: 'b', member: null, dismissedRoleIds: [] }]);
    expect(trainer.stats).toMatchObject({ groups: 0, groupsSkipped: 1, examples: 0 });
    expect(trainer.finish()).toBeNull();
    trainer.addGroup([
      { ...base, personId: 'c', member: { roleId: 'champion', source: 'import', removed: false }, dismissedRoleIds: [] },
      { ...base, personId: 'd', member: null, dismissedRoleIds: ['champion'] },
      { ...base, personId: 'e', member: { roleId: 'champion', source: 'manual', removed: true }, dismissedRoleIds: [] },
      { ...base, personId: 'f', member: null, dismissedRoleIds: [] },
      { ...base, personId: 'g', member: { roleId: 'champion', source: 'rule', removed: false }, dismissedRoleIds: [] },
    ]);
    expect(trainer.stats).toMatchObject({ groups: 1, examples: 4, dismissals: 2, negatives: 1, positives: { champion: 1 } });
  });

  it('rule members count only when asked, with their lower weight', () => {
    const trainer = new ModelTrainer(HIDDEN_ROLES, NOW, { includeRuleMembers: true });
    const base = { jobTitle: 'Sales Manager', department: null, relationType: 'employee' as const, engagementScore: 0, activityCounts: {}, lastActivityAt: null };
    trainer.addGroup([
      { ...base, personId: 'c', member: { roleId: 'champion', source: 'manual', removed: false }, dismissedRoleIds: [] },
      { ...base, personId: 'g', member: { roleId: 'influencer', source: 'rule', removed: false }, dismissedRoleIds: [] },
    ]);
    expect(trainer.stats.positives).toMatchObject({ champion: 1, influencer: 1 });
  });
});

describe('features', () => {
  it('reads title words, bigrams, the classifier, department, relation, engagement and activities', () => {
    const f = extractFeatures({ jobTitle: 'Leiter IT-Sicherheit (m/w/d)', department: 'IT Security', relationType: 'contractor', engagementScore: 60, activityCounts: { event_attended: 3, email_opened: 0 }, lastActivityAt: NOW - 3 * 86_400_000 }, NOW);
    expect(f).toEqual(expect.arrayContaining(['t:leiter', 'b:leiter it', 's:director', 'f:information_technology', 'x:security', 'd:security', 'r:contractor', 'e:50-74', 'n:7', 'a:event_attended:2-4']));
    expect(f.some((x) => x.startsWith('a:email_opened'))).toBe(false);
    expect(extractFeatures({ jobTitle: null, department: null, relationType: 'employee', engagementScore: 0, activityCounts: {}, lastActivityAt: null }, NOW)).toEqual(['t:(none)', 'r:employee', 'e:0', 'n:never']);
  });
});

describe('feature encoder', () => {
  it('gives exactly the features extractFeatures names, for every person of a synthetic tenant', () => {
    const names: string[] = [];
    const index = new Map<string, number>();
    const encoder = new FeatureEncoder((n) => {
      if (!index.has(n)) index.set(n, names.push(n) - 1);
      return index.get(n)!;
    }, NOW);
    const people = [...syntheticTenant({ accounts: 200, peoplePerAccount: 10, seed: 3, labelNoise: 0, now: NOW }), { jobTitle: '  ', department: 'IT / IT', relationType: 'employee' as const, engagementScore: 0, activityCounts: { b: 5, a: 1, c: 0 }, lastActivityAt: NOW - 200 * 86_400_000 }];
    for (const p of people) expect(encoder.encode(p).map((i) => names[i])).toEqual(extractFeatures(p, NOW));
  });
});
