/**
 * A synthetic tenant whose true buying-group roles come from a hidden process that is not any
 * template's rules: each person has a latent function and seniority, rendered as a noisy title
 * in one of five languages (English, German, French, Spanish, Dutch: inflections, "(m/w/d)",
 * "@ company", upper case, second parts), a department that is sometimes missing, and
 * activities; the role follows from function × seniority × whether they attend events (which no
 * title says), with some label noise. Used by the tests and by `npm run bench -- --only suggestions`.
 */
import { DAY_MS } from '../clock.ts';
import { seededRandom } from './random.ts';
import type { PersonExample } from './features.ts';

export const HIDDEN_ROLES = ['decision_maker', 'influencer', 'practitioner', 'champion'] as const;
export type HiddenRole = (typeof HIDDEN_ROLES)[number];

const FUNCTIONS = ['it', 'security', 'engineering', 'finance', 'legal', 'sales', 'marketing', 'hr', 'operations'] as const;
type Fn = (typeof FUNCTIONS)[number];
export const LEVELS = ['cxo', 'vp', 'director', 'manager', 'senior', 'entry'] as const;
type Level = (typeof LEVELS)[number];
const LANGS = ['en', 'de', 'fr', 'es', 'nl'] as const;
type Lang = (typeof LANGS)[number];

const FN_WORDS: Record<Lang, Record<Fn, string[]>> = {
  en: { it: ['IT', 'Information Technology'], security: ['Information Security', 'Cyber Security'], engineering: ['Software Engineering', 'Engineering'], finance: ['Finance'], legal: ['Legal'], sales: ['Sales'], marketing: ['Marketing'], hr: ['HR', 'Human Resources'], operations: ['Operations'] },
  de: { it: ['IT', 'Informatik'], security: ['IT-Sicherheit', 'Informationssicherheit'], engineering: ['Softwareentwicklung', 'Entwicklung'], finance: ['Finanzen', 'Controlling'], legal: ['Recht', 'Rechtsabteilung'], sales: ['Vertrieb'], marketing: ['Marketing'], hr: ['Personal', 'HR'], operations: ['Betrieb', 'Logistik'] },
  fr: { it: ['informatique', 'systèmes d’information'], security: ['sécurité informatique'], engineering: ['développement logiciel'], finance: ['finance'], legal: ['juridique'], sales: ['commercial', 'ventes'], marketing: ['marketing'], hr: ['ressources humaines'], operations: ['opérations'] },
  es: { it: ['TI', 'sistemas'], security: ['seguridad informática'], engineering: ['desarrollo de software', 'ingeniería'], finance: ['finanzas'], legal: ['legal', 'asesoría jurídica'], sales: ['ventas'], marketing: ['marketing'], hr: ['recursos humanos'], operations: ['operaciones'] },
  nl: { it: ['ICT', 'IT'], security: ['informatiebeveiliging'], engineering: ['softwareontwikkeling'], finance: ['financiën'], legal: ['juridische zaken'], sales: ['verkoop', 'sales'], marketing: ['marketing'], hr: ['HR', 'personeelszaken'], operations: ['operations', 'logistiek'] },
};

const LEVEL_PATTERNS: Record<Lang, Record<Level, string[]>> = {
  en: { cxo: ['Chief {F} Officer'], vp: ['VP {F}', 'Vice President of {F}', 'SVP {F}'], director: ['Director of {F}', 'Head of {F}', '{F} Director'], manager: ['{F} Manager', 'Manager, {F}'], senior: ['Senior {F} Specialist', 'Sr. {F} Analyst', 'Lead {F} Consultant'], entry: ['Junior {F} Analyst', '{F} Associate', '{F} Assistant'] },
  de: { cxo: ['Chief {F} Officer', 'Geschäftsführer {F}'], vp: ['Bereichsleiter {F}', 'Vice President {F}'], director: ['Leiter {F}', 'Leiterin {F}', 'Abteilungsleiter {F}'], manager: ['Teamleiter {F}', '{F} Manager'], senior: ['Senior Referent {F}', 'Spezialist {F}'], entry: ['Junior Sachbearbeiter {F}', 'Werkstudent {F}'] },
  fr: { cxo: ['Chief {F} Officer', 'Directeur général {F}'], vp: ['Vice-président {F}'], director: ['Directeur {F}', 'Directrice {F}'], manager: ['Responsable {F}', 'Chef de service {F}'], senior: ['Chargé de mission {F} senior', 'Consultant {F} senior'], entry: ['Assistant {F}', 'Stagiaire {F}'] },
  es: { cxo: ['Chief {F} Officer', 'Director general de {F}'], vp: ['Vicepresidente de {F}'], director: ['Director de {F}', 'Directora de {F}'], manager: ['Gerente de {F}', 'Jefe de {F}'], senior: ['Especialista senior de {F}'], entry: ['Analista junior de {F}', 'Becario de {F}'] },
  nl: { cxo: ['Chief {F} Officer'], vp: ['Vice President {F}'], director: ['Directeur {F}', 'Hoofd {F}'], manager: ['Manager {F}', 'Teamleider {F}'], senior: ['Senior medewerker {F}', 'Senior adviseur {F}'], entry: ['Junior medewerker {F}', 'Stagiair {F}'] },
};

const ACRONYMS: Partial<Record<Fn, string>> = { it: 'CIO', security: 'CISO', finance: 'CFO', engineering: 'CTO', marketing: 'CMO', hr: 'CHRO', operations: 'COO' };
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark'];

export interface SyntheticPerson extends PersonExample {
  personId: string;
  accountIndex: number;
  trueRole: HiddenRole | null;
  /** The latent facts (for reading results, never for the model). */
  latent: { fn: Fn; level: Level; lang: Lang; attendsEvents: boolean };
}

export interface SyntheticOptions {
  accounts: number;
  peoplePerAccount: number;
  seed: number;
  /** Share of true members whose label is flipped to "no role" (and vice versa, scaled). */
  labelNoise: number;
  now: number;
}

const TECH: readonly Fn[] = ['it', 'security', 'engineering'];
const SENIOR: readonly Level[] = ['cxo', 'vp'];
const MIDDLE: readonly Level[] = ['director', 'manager'];

/** The hidden process: function × seniority × event attendance. */
export function hiddenRole(fn: Fn, level: Level, attendsEvents: boolean): HiddenRole | null {
  if (SENIOR.includes(level) && (TECH.includes(fn) || fn === 'finance')) return 'decision_maker';
  if (MIDDLE.includes(level) && TECH.includes(fn)) return 'influencer';
  if ((level === 'senior' || level === 'entry') && TECH.includes(fn) && attendsEvents) return 'practitioner';
  if (fn === 'legal' && level !== 'entry') return 'champion';
  return null;
}

export function syntheticTenant(o: SyntheticOptions): SyntheticPerson[] {
  const r = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: SyntheticPerson[] = [];
  let n = 0;
  for (let a = 0; a < o.accounts; a++) {
    const lang = pick(LANGS);
    for (let i = 0; i < o.peoplePerAccount; i++) {
      // Functions weighted towards tech (as a tech vendor's tenant would be); seniority pyramid-shaped.
      const fn = r() < 0.45 ? pick(TECH) : pick(FUNCTIONS);
      const u = r();
      const level: Level = u < 0.04 ? 'cxo' : u < 0.1 ? 'vp' : u < 0.22 ? 'director' : u < 0.42 ? 'manager' : u < 0.72 ? 'senior' : 'entry';
      const personLang: Lang = r() < 0.8 ? lang : pick(LANGS);
      const attendsEvents = r() < 0.35;
      const fnWord = pick(FN_WORDS[personLang][fn]);
      let title = level === 'cxo' && ACRONYMS[fn] && r() < 0.6 ? ACRONYMS[fn] : pick(LEVEL_PATTERNS[personLang][level]).replace('{F}', fnWord);
      if (personLang === 'de' && r() < 0.3) title += ' (m/w/d)';
      if (r() < 0.1) title += ` @ ${pick(COMPANIES)}`;
      if (r() < 0.08) title = title.toUpperCase();
      if (r() < 0.05) title += ` | ${pick(FN_WORDS.en[pick(FUNCTIONS)])}`;
      let trueRole = hiddenRole(fn, level, attendsEvents);
      if (r() < o.labelNoise) trueRole = trueRole ? null : r() < 0.2 ? pick(HIDDEN_ROLES) : null;
      const events = attendsEvents ? 1 + Math.floor(r() * 5) : 0;
      const opens = Math.floor(r() * 8);
      const lastActivityAt = events + opens === 0 ? null : o.now - Math.floor(r() * 60) * DAY_MS;
      const activityCounts: Record<string, number> = {};
      if (events > 0) activityCounts.event_attended = events;
      if (opens > 0) activityCounts.email_opened = opens;
      out.push({
        personId: `p${n++}`,
        accountIndex: a,
        jobTitle: title,
        department: r() < 0.6 ? pick(FN_WORDS[personLang][fn]) : null,
        relationType: r() < 0.92 ? 'employee' : 'contractor',
        engagementScore: Math.min(100, events * 12 + opens * 4),
        activityCounts,
        lastActivityAt,
        trueRole,
        latent: { fn, level, lang: personLang, attendsEvents },
      });
    }
  }
  return out;
}
