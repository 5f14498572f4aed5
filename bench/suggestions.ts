/**
 * `npx tsx bench/suggestions.ts [people]` — the learned-suggestion model alone (issue 10), no
 * database: a synthetic tenant (domain/suggestions/synthetic.testdata.ts: hidden roles from
 * function × seniority × event attendance, noisy titles in five languages), 70/30 split by
 * account, training time on the training accounts' people, and precision/recall of the
 * suggestions at the default threshold on the held-out accounts, plus the induced template's
 * agreement with the hidden roles there. Not yet wired into bench/run.ts `--only`.
 */
import { ModelTrainer, suggestForGroup, induceTemplate, DEFAULT_THRESHOLD, type GroupPerson } from '../src/domain/suggestions/index.ts';
import { HIDDEN_ROLES, syntheticTenant, type SyntheticPerson } from '../src/domain/suggestions/synthetic.testdata.ts';
import { matchesCondition, PERSON_FIELDS } from '../src/domain/conditions/index.ts';
import { classifyTitle } from '../src/domain/titles/index.ts';

const NOW = Date.UTC(2026, 5, 1);
const people = Number(process.argv[2] ?? 1_000_000);
const perAccount = 20;
const t0 = performance.now();
const tenant = syntheticTenant({ accounts: Math.ceil(people / perAccount), peoplePerAccount: perAccount, seed: 7, labelNoise: 0.03, now: NOW });
const genMs = performance.now() - t0;
const byAccount = (xs: readonly SyntheticPerson[], members: boolean) => {
  const m = new Map<number, GroupPerson[]>();
  for (const p of xs) {
    const g: GroupPerson = { ...p, member: members && p.trueRole ? { roleId: p.trueRole, source: 'manual', removed: false } : null, dismissedRoleIds: [] };
    const l = m.get(p.accountIndex);
    if (l) l.push(g);
    else m.set(p.accountIndex, [g]);
  }
  return m;
};
const train = tenant.filter((p) => p.accountIndex % 10 < 7);
const test = tenant.filter((p) => p.accountIndex % 10 >= 7);
const t1 = performance.now();
const trainer = new ModelTrainer(HIDDEN_ROLES, NOW);
for (const g of byAccount(train, true).values()) trainer.addGroup(g);
const featMs = performance.now() - t1;
const t2 = performance.now();
const model = trainer.finish()!;
const fitMs = performance.now() - t2;
let tp = 0;
let predicted = 0;
const actual = test.filter((p) => p.trueRole).length;
const truth = new Map(test.map((p) => [p.personId, p.trueRole]));
const t3 = performance.now();
for (const g of byAccount(test, false).values()) {
  for (const s of suggestForGroup(model, g, NOW)) {
    predicted++;
    if (truth.get(s.personId) === s.roleId) tp++;
  }
}
const suggestMs = performance.now() - t3;
// Induction on a sample of the training people (the derived fields from the classifier).
const judged = (xs: readonly SyntheticPerson[]) => xs.map((p) => { const c = classifyTitle(p.jobTitle ?? ''); return { personId: p.personId, roleId: p.trueRole, jobTitle: p.jobTitle, department: p.department, derivedSeniority: c.seniority, derivedFunction: c.functions[0] ?? null }; });
const induced = induceTemplate(judged(train.slice(0, 20_000)), HIDDEN_ROLES);
const BLANK = Object.fromEntries(Object.keys(PERSON_FIELDS).map((k) => [k, null]));
let agree = 0;
const testJudged = judged(test.slice(0, 20_000));
let itp = 0;
let ipred = 0;
let iact = 0;
for (const p of testJudged) {
  const facts = { ...BLANK, id: p.personId, jobTitle: p.jobTitle, department: p.department, derivedSeniority: p.derivedSeniority, derivedFunction: p.derivedFunction, custom: {}, relations: [], activities: [] } as never;
  const role = induced.find((r) => matchesCondition(r.condition, 'person', facts, { now: NOW }))?.roleId ?? null;
  if (role === p.roleId) agree++;
  if (p.roleId) iact++;
  if (role) {
    ipred++;
    if (role === p.roleId) itp++;
  }
}
console.log(JSON.stringify({
  people, trainPeople: train.length, testPeople: test.length, generateMs: Math.round(genMs), featuresMs: Math.round(featMs), fitMs: Math.round(fitMs), trainMs: Math.round(featMs + fitMs), suggestMs: Math.round(suggestMs),
  threshold: DEFAULT_THRESHOLD, precision: +(tp / predicted).toFixed(3), recall: +(tp / actual).toFixed(3), examples: trainer.stats.examples, features: trainer.stats.features,
  induced: { roles: induced.map((r) => ({ role: r.roleId, trainPrecision: +r.precision.toFixed(3), trainRecall: +r.recall.toFixed(3) })), heldOutAgreement: +(agree / testJudged.length).toFixed(3), heldOutPrecision: +(itp / ipred).toFixed(3), heldOutRecall: +(itp / iact).toFixed(3) },
  rssMb: Math.round(process.memoryUsage().rss / 1e6),
}, null, 1));
