/**
 * A synthetic tenant whose true buying-group roles come from a hidden process that is not any
 * template's rules: each person has a latent function and seniority, rendered as a noisy title
 * in one of five languages (English, German, French, Spanish, Dutch: inflections, "(m/w/d)",
 * "@ company", upper case, second parts), a department that is sometimes missing, and
 * activities; the role follows from the hidden process `hiddenRole` (function, seniority,
 * department, a title word, an unrecorded account fact, events, research and recency), with
 * some label noise. Used by the tests and by `npm run bench -- --only suggestions`.
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
  latent: { fn: Fn; level: Level; lang: Lang; attendsEvents: boolean; researching: boolean; architect: boolean; flatAccount: boolean; generic: boolean };
}

export interface SyntheticOptions {
  accounts: number;
  peoplePerAccount: number;
  seed: number;
  /** Share of people whose true role is replaced at random (a role, or none). */
  labelNoise: number;
  now: number;
}

const TECH: readonly Fn[] = ['it', 'security', 'engineering'];
const SENIOR: readonly Level[] = ['cxo', 'vp'];
const MIDDLE: readonly Level[] = ['director', 'manager'];
const JUNIOR: readonly Level[] = ['senior', 'entry'];

/** What the hidden process reads of one person: latent facts and their observed activity. */
export interface HiddenFacts {
  fn: Fn;
  level: Level;
  /** The person's department says this function (the matrix: not always the title's). */
  departmentFn: Fn | null;
  architect: boolean;
  /** The account decides flat: its tech directors sign (no title or field says so). */
  flatAccount: boolean;
  events: number;
  forms: number;
  /** Days since the latest activity, or null. */
  daysSinceActive: number | null;
}

/**
 * The hidden process — deliberately not a template's rule table over derived fields: it mixes
 * the latent function and seniority (which titles show noisily, in five languages, or not at all
 * when the title is generic), a department that can differ from the title's function, a word
 * some titles carry ("Architect"), an account-level fact nobody records (flat accounts, where
 * tech directors decide), event attendance, content research and recency. Some of it no feature
 * can see, so a perfect score is impossible.
 */
export function hiddenRole(h: HiddenFacts): HiddenRole | null {
  const tech = TECH.includes(h.fn);
  const techDept = h.departmentFn !== null && TECH.includes(h.departmentFn);
  const recent = h.daysSinceActive !== null && h.daysSinceActive <= 30;
  if (SENIOR.includes(h.level) && (tech || h.fn === 'finance')) return 'decision_maker';
  if (h.level === 'director' && tech && h.flatAccount) return 'decision_maker';
  if (h.architect && h.level !== 'entry' && (tech || techDept)) return 'influencer';
  if (MIDDLE.includes(h.level) && tech) return 'influencer';
  if (h.level === 'manager' && h.fn === 'finance' && h.forms > 0 && recent) return 'influencer';
  if (JUNIOR.includes(h.level) && (tech || techDept) && (h.events > 0 || recent)) return 'practitioner';
  if (h.fn === 'legal' && (SENIOR.includes(h.level) || h.level === 'director')) return 'champion';
  if (!tech && h.level !== 'entry' && h.events >= 2 && h.forms > 0) return 'champion';
  return null;
}

const GENERIC_TITLES: Record<Lang, string[]> = {
  en: ['Employee', 'Team Member', 'Consultant', 'Specialist'],
  de: ['Mitarbeiter', 'Angestellter', 'Referent'],
  fr: ['Collaborateur', 'Chargé de mission'],
  es: ['Empleado', 'Técnico'],
  nl: ['Medewerker', 'Adviseur'],
};
const ARCHITECT: Record<Lang, string> = { en: 'Architect', de: 'Architekt', fr: 'Architecte', es: 'Arquitecto', nl: 'Architect' };

export function syntheticTenant(o: SyntheticOptions): SyntheticPerson[] {
  const r = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: SyntheticPerson[] = [];
  let n = 0;
  for (let a = 0; a < o.accounts; a++) {
    const lang = pick(LANGS);
    const flatAccount = r() < 0.3;
    for (let i = 0; i < o.peoplePerAccount; i++) {
      // Functions weighted towards tech (as a tech vendor's tenant would be); seniority pyramid-shaped.
      const fn = r() < 0.45 ? pick(TECH) : pick(FUNCTIONS);
      const u = r();
      const level: Level = u < 0.04 ? 'cxo' : u < 0.1 ? 'vp' : u < 0.22 ? 'director' : u < 0.42 ? 'manager' : u < 0.72 ? 'senior' : 'entry';
      const personLang: Lang = r() < 0.8 ? lang : pick(LANGS);
      const attendsEvents = r() < 0.35;
      const researching = r() < 0.25;
      const architect = level !== 'cxo' && r() < 0.08;
      const generic = level !== 'cxo' && r() < 0.08;
      const fnWord = pick(FN_WORDS[personLang][fn]);
      let title = generic
        ? pick(GENERIC_TITLES[personLang])
        : level === 'cxo' && ACRONYMS[fn] && r() < 0.6
          ? ACRONYMS[fn]
          : pick(LEVEL_PATTERNS[personLang][level]).replace('{F}', fnWord);
      if (architect) title = r() < 0.5 ? `${title} & ${ARCHITECT[personLang]}` : `${fnWord} ${ARCHITECT[personLang]}`;
      if (personLang === 'de' && r() < 0.3) title += ' (m/w/d)';
      if (r() < 0.1) title += ` @ ${pick(COMPANIES)}`;
      if (r() < 0.08) title = title.toUpperCase();
      if (r() < 0.05) title += ` | ${pick(FN_WORDS.en[pick(FUNCTIONS)])}`;
      // The department: often missing, sometimes another function's (a matrix organisation).
      const d = r();
      const departmentFn: Fn | null = d < 0.4 ? null : d < 0.9 ? fn : pick(FUNCTIONS);
      const events = attendsEvents ? 1 + Math.floor(r() * 5) : 0;
      const forms = researching ? 1 + Math.floor(r() * 3) : 0;
      const opens = r() < 0.5 ? 1 + Math.floor(r() * 4) : 0;
      const daysSinceActive = events + forms + opens === 0 ? null : Math.floor(r() * 60);
      const lastActivityAt = daysSinceActive === null ? null : o.now - daysSinceActive * DAY_MS;
      const activityCounts: Record<string, number> = {};
      if (events > 0) activityCounts.event_attended = events;
      if (forms > 0) activityCounts.form_filled = forms;
      if (opens > 0) activityCounts.email_opened = opens;
      let trueRole = hiddenRole({ fn, level, departmentFn, architect, flatAccount, events, forms, daysSinceActive });
      if (r() < o.labelNoise) trueRole = r() < 0.5 ? pick(HIDDEN_ROLES) : null;
      out.push({
        personId: `p${n++}`,
        accountIndex: a,
        jobTitle: title,
        department: departmentFn === null ? null : pick(FN_WORDS[personLang][departmentFn]),
        relationType: r() < 0.92 ? 'employee' : 'contractor',
        engagementScore: Math.min(100, events * 12 + forms * 8 + opens * 3),
        activityCounts,
        lastActivityAt,
        trueRole,
        latent: { fn, level, lang: personLang, attendsEvents, researching, architect, flatAccount, generic },
      });
    }
  }
  return out;
}
