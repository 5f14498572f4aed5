/**
 * The default personas against the labelled titles (domain/titles/fixtures/labelled-titles.tsv):
 * each title's labelled seniority says which rung of the ladder it belongs to; the personas,
 * evaluated over what the classifier derives from the title, must put it there.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCondition, validateCondition, type Condition, type PersonFacts } from '../conditions/index.ts';
import { loadLabelled } from '../titles/accuracy.testdata.ts';
import { classifyPerson } from './derive.ts';
import { DEFAULT_PERSONAS, DEFAULT_PERSONA_IDS as P } from './default-personas.ts';

const personas = new Map<string, Condition>(DEFAULT_PERSONAS.map((p) => [p.id, p.condition]));
const NOW = Date.UTC(2026, 0, 1);

function facts(title: string): PersonFacts {
  const d = classifyPerson(title, null);
  return {
    id: 'per_1', email: 'x@example.com', firstName: null, lastName: null, jobTitle: title, department: null, seniority: null, phone: null, country: null, state: null, city: null, postalCode: null, externalId: null,
    derivedSeniority: d.seniority, derivedFunction: d.function, derivedFunctions: d.functions, derivedSpecialties: d.specialties, titleConfidence: d.confidence,
    emailInvalid: false, emailSuspended: false, unsubscribed: false, engagementScore: 0, createdAt: NOW, updatedAt: NOW, custom: {}, relations: [], activities: [],
  };
}
const matches = (id: string, title: string) => evaluateCondition({ persona: id }, 'person', facts(title), { now: NOW, personas }).matched;

/** The rung a labelled seniority (and the title, for EVPs) belongs to. */
function intended(seniority: string, title: string): string {
  switch (seniority) {
    case 'cxo':
    case 'owner':
    case 'partner':
      return P.cxo;
    case 'vp':
      return /\b(evp|executive vice|executive vp)/i.test(title) ? P.cxo : P.vp;
    case 'director':
      return P.director;
    case 'manager':
      return P.manager;
    case 'senior':
    case 'entry':
      return P.ic;
    default:
      return P.other;
  }
}
const LADDER = [P.cxo, P.vp, P.director, P.manager, P.ic, P.other];

describe('default personas', () => {
  it('are valid person conditions (as the migration stores them)', () => {
    for (const p of DEFAULT_PERSONAS) expect(validateCondition(p.condition, 'person'), p.name).toEqual(p.condition);
  });

  it('put every title on exactly one rung of the ladder, the labelled one for ≥ 85 % of the labelled set (each rung ≥ 75 % recall)', () => {
    const rows = loadLabelled();
    expect(rows.length).toBeGreaterThanOrEqual(800);
    const hits = new Map<string, { n: number; ok: number }>();
    let ok = 0;
    for (const r of rows) {
      const on = LADDER.filter((id) => matches(id, r.title));
      expect(on, r.title).toHaveLength(1);
      const want = intended(r.seniority, r.title);
      const h = hits.get(want) ?? { n: 0, ok: 0 };
      h.n++;
      if (on[0] === want) {
        h.ok++;
        ok++;
      }
      hits.set(want, h);
    }
    expect(ok / rows.length).toBeGreaterThanOrEqual(0.85);
    for (const [id, h] of hits) expect(h.ok / h.n, `${id}: ${h.ok}/${h.n}`).toBeGreaterThanOrEqual(0.75);
  });

  it('splits individual contributors into analysts, developers, consultants and professional staff, in many languages', () => {
    const cases: [string, string][] = [
      ['Senior Data Analyst', P.analyst],
      ['Finanzanalyst', P.analyst],
      ['Analyste financier', P.analyst],
      ['Senior Software Engineer', P.developer],
      ['Softwareentwickler', P.developer],
      ['Full-Stack Developer', P.developer],
      ['Utvecklare', P.developer],
      ['SAP Berater', P.consultant],
      ['Senior Consultant', P.consultant],
      ['Adviseur', P.consultant],
      ['Accountant', P.professional],
      ['Sachbearbeiterin Einkauf', P.professional],
      ['Legal Counsel', P.professional],
    ];
    const split = [P.analyst, P.developer, P.consultant, P.professional];
    for (const [t, want] of cases) {
      expect(matches(P.ic, t), t).toBe(true);
      expect(split.filter((id) => matches(id, t)), t).toEqual([want]);
    }
    // Managers of developers are not developers; EVPs are CXO/EVP, not SVP/VP.
    expect(matches(P.developer, 'Engineering Manager')).toBe(false);
    expect(matches(P.cxo, 'EVP Sales')).toBe(true);
    expect(matches(P.vp, 'EVP Sales')).toBe(false);
    expect(matches(P.vp, 'SVP Marketing')).toBe(true);
    expect(matches(P.other, 'Praktikant Marketing')).toBe(true);
  });
});
