/**
 * Derived seniority and function from messy, real-world job titles (and the department as a
 * fallback for the function), for conditions such as "derived seniority is one of vp, c-level".
 *
 * Titles are tokenised robustly: Unicode-normalised (NFKC: full-width letters, ligatures),
 * lower-cased, accents stripped, punctuation and extra spaces dropped, dotted abbreviations joined
 * (V.P. → vp), and common abbreviations expanded (Sr. → senior, Dir → director, Mgr → manager,
 * Ops → operations, Mktg → marketing, …). "Chief … Officer" and the C-suite acronyms are C-level;
 * "assistant to the CEO" and "office of the CFO" do not make anyone C-level.
 *
 * Values are returned normalised (lower-case ASCII, stable): they are stored as-is in
 * `people.derived_seniority` / `derived_function` and compared by conditions.
 */

export const DERIVED_SENIORITIES = ['c-level', 'vp', 'director', 'manager', 'individual contributor'] as const;
export type DerivedSeniority = (typeof DERIVED_SENIORITIES)[number];

export const DERIVED_FUNCTIONS = [
  'executive',
  'it',
  'engineering',
  'security',
  'data',
  'product',
  'design',
  'marketing',
  'sales',
  'customer success',
  'finance',
  'legal',
  'hr',
  'procurement',
  'operations',
] as const;
export type DerivedFunction = (typeof DERIVED_FUNCTIONS)[number];

/** Abbreviations and variants → canonical words (may expand to several tokens). */
// Maps, not object literals: a title word like "constructor" must not find Object.prototype members.
const EXPAND = new Map<string, string>(Object.entries({
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  dir: 'director',
  dirs: 'director',
  mgr: 'manager',
  mngr: 'manager',
  mgrs: 'manager',
  mgmt: 'management',
  mgt: 'management',
  mng: 'managing',
  exec: 'executive',
  asst: 'assistant',
  assoc: 'associate',
  admin: 'administrator',
  coord: 'coordinator',
  spec: 'specialist',
  rep: 'representative',
  eng: 'engineering',
  engr: 'engineer',
  engg: 'engineering',
  dev: 'development',
  ops: 'operations',
  mktg: 'marketing',
  mkt: 'marketing',
  mkting: 'marketing',
  mktng: 'marketing',
  acct: 'account',
  accts: 'accounts',
  acctg: 'accounting',
  fin: 'finance',
  tech: 'technology',
  infra: 'infrastructure',
  sys: 'systems',
  intl: 'international',
  gen: 'general',
  genl: 'general',
  dept: 'department',
  svc: 'services',
  svcs: 'services',
  biz: 'business',
  bizdev: 'business development',
  bd: 'business development',
  comms: 'communications',
  comm: 'communications',
  prod: 'product',
  proj: 'project',
  pgm: 'program',
  supv: 'supervisor',
  supvr: 'supervisor',
  chf: 'chief',
  pres: 'president',
  presidente: 'president',
  prasident: 'president',
  vicepresident: 'vp',
  vicepresidente: 'vp',
  vizeprasident: 'vp',
  gm: 'general manager',
  hrbp: 'hr business partner',
  cust: 'customer',
  purch: 'purchasing',
  cybersecurity: 'security',
  infosec: 'security',
  itsec: 'it security',
  secops: 'security operations',
  sysadmin: 'systems administrator',
  fullstack: 'full stack',
  presales: 'pre sales',
  teamlead: 'team lead',
  cofounder: 'founder',
}));

/** Inner words of "chief … officer" → the C-suite acronym they amount to (for the function). */
const CHIEF_WORDS = new Map<string, string>(Object.entries({
  executive: 'ceo',
  financial: 'cfo',
  finance: 'cfo',
  operating: 'coo',
  operations: 'coo',
  technology: 'cto',
  technical: 'cto',
  information: 'cio',
  digital: 'cio',
  marketing: 'cmo',
  revenue: 'cro',
  commercial: 'cro',
  sales: 'cro',
  product: 'cpo',
  people: 'chro',
  human: 'chro',
  talent: 'chro',
  legal: 'clo',
  compliance: 'clo',
  privacy: 'clo',
  data: 'cdo',
  analytics: 'cdo',
  strategy: 'ceo',
  customer: 'customer success',
  procurement: 'procurement',
  design: 'design',
}));

/** C-suite acronyms (and the synthetic `csuite` for other "chief … officer" titles). */
const C_SUITE = new Set([
  'csuite',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'cio',
  'ciso',
  'cso',
  'cmo',
  'cro',
  'cpo',
  'cdo',
  'chro',
  'cpeo',
  'clo',
  'cco',
  'cao',
  'caio',
  'cxo',
  'cno',
  'cino',
  'pdg',
]);

const EXECUTIVE_WORDS = new Set([...C_SUITE, 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'founder', 'board']);

const JUNK = new Set(['na', 'n', 'a', 'none', 'unknown', 'null', 'nil', 'test', 'tbd', 'tba', 'x', 'xx', 'xxx', 'other', 'various', 'unemployed', 'retired', 'title', 'no', 'yes']);

/** Tokens of a title: normalised, abbreviations expanded, "chief … officer" collapsed. */
export function titleTokens(text: string): string[] {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae');
  s = s.replace(/[’'`]/g, ''); // ass't → asst
  s = s.replace(/(?<![a-z])(?:[a-z]\.\s?){2,}/g, (m) => ` ${m.replace(/[.\s]/g, '')} `); // v.p. → vp, c.e.o. → ceo
  s = s.replace(/(?<![a-z])([a-z])\s*[&/+]\s*([a-z])(?![a-z])/g, '$1$2'); // r&d → rd, p&l → pl, a/r → ar
  s = s.replace(/&/g, ' and ').replace(/\+/g, ' and ');
  const raw = s.replace(/[^a-z0-9]+/g, ' ').trim();
  if (raw === '') return [];
  const expanded: string[] = [];
  for (const t of raw.split(' ')) {
    const e = EXPAND.get(t);
    if (e) expanded.push(...e.split(' '));
    else expanded.push(t);
  }
  // joined forms: co founder → founder, co owner → owner, vice president → vp, team leader
  const out: string[] = [];
  for (let i = 0; i < expanded.length; i++) {
    const t = expanded[i]!;
    const next = expanded[i + 1];
    if (t === 'co' && (next === 'founder' || next === 'owner' || next === 'ceo')) continue;
    if (t === 'vice' && (next === 'president' || next === 'pres')) {
      out.push('vp');
      i++;
      continue;
    }
    if (t === 'chief') {
      // chief … officer (at most 4 words between) → csuite + the acronym of the inner words
      const end = expanded.slice(i + 1, i + 6).indexOf('officer');
      if (end > 0) {
        const inner = expanded.slice(i + 1, i + 1 + end).filter((w) => w !== 'and' && w !== 'of');
        out.push('csuite');
        for (const w of inner) out.push(...(CHIEF_WORDS.get(w) ?? w).split(' '));
        i += end + 1;
        continue;
      }
      if (next === 'executive') {
        out.push('csuite', 'ceo');
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return removeServedExecutives(out);
}

/** "assistant to the CEO", "office of the CFO": the executive named is not the person. */
function removeServedExecutives(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t === 'to' || t === 'of' || t === 'for') && i > 0) {
      let j = i + 1;
      if (tokens[j] === 'the') j++;
      const target = tokens[j];
      const isOffice = t === 'of' && tokens[i - 1] === 'office';
      const servesExec = (t === 'to' || t === 'for') && target !== undefined && (EXECUTIVE_WORDS.has(target) || target === 'vp');
      if (target !== undefined && (servesExec || (isOffice && EXECUTIVE_WORDS.has(target)))) {
        // drop "to the ceo" (and a following "and founder"-like tail of executive words)
        let k = j + 1;
        while (k < tokens.length && (EXECUTIVE_WORDS.has(tokens[k]!) || tokens[k] === 'and')) k++;
        if (isOffice) out.pop(); // "office"
        i = k - 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function at(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}

/** Index of the first occurrence of any phrase, or -1. */
function find(tokens: readonly string[], phrases: readonly (readonly string[])[]): number {
  for (let i = 0; i < tokens.length; i++) for (const p of phrases) if (at(tokens, i, p)) return i;
  return -1;
}

const phrases = (...ps: string[]): string[][] => ps.map((p) => p.split(' '));

const C_LEVEL = phrases(
  'president',
  'founder',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'managing director',
  'managing partner',
  'general partner',
  'founding partner',
  'senior partner',
  'equity partner',
  'board member',
  'board director',
  'board of directors',
  'geschaftsfuhrer',
  'geschaftsfuhrerin',
  'directeur general',
  'directrice generale',
  'director general',
  'director ejecutivo',
);
const VP = phrases('vp', 'svp', 'evp', 'avp', 'gvp', 'rvp', 'general counsel');
const DIRECTOR = phrases(
  'director',
  'directors',
  'head',
  'chief',
  'general manager',
  'directeur',
  'directrice',
  'directora',
  'direktor',
  'direktorin',
  'diretor',
  'diretora',
  'direttore',
  'direttrice',
  'dyrektor',
  'leiter',
  'leiterin',
  'jefe',
  'jefa',
);
const MANAGER = phrases('manager', 'managers', 'supervisor', 'team lead', 'leader', 'gerente', 'gestor', 'gestora', 'responsable', 'chef', 'foreman', 'superintendent', 'manageress');
/** Which word before "owner" still means the owner of a business. */
const OWNER_PREFIX = new Set(['and', 'business', 'franchise', 'sole', 'founder']);

function meaningful(tokens: readonly string[]): boolean {
  return tokens.some((t) => /[a-z]/.test(t) && !JUNK.has(t));
}

/** The seniority a job title implies, or null when there is no usable title. */
export function deriveSeniority(title: string | null | undefined): DerivedSeniority | null {
  if (!title) return null;
  const tokens = titleTokens(title);
  if (!meaningful(tokens)) return null;
  const owner = tokens.findIndex((t, i) => t === 'owner' && (i === 0 || OWNER_PREFIX.has(tokens[i - 1]!)));
  if (at(tokens, 0, ['partner']) && tokens.length === 1) return 'c-level';
  if (tokens.some((t) => C_SUITE.has(t)) || owner >= 0 || find(tokens, C_LEVEL) >= 0) return 'c-level';
  if (find(tokens, phrases('chief of staff')) >= 0) return 'director';
  if (find(tokens, VP) >= 0) return 'vp';
  if (find(tokens, DIRECTOR) >= 0) return 'director';
  if (find(tokens, MANAGER) >= 0) return 'manager';
  return 'individual contributor';
}

/**
 * Keywords per function, with a tier: a more specific function (tier 1) wins over a broad one
 * ("IT Security" → security, "Product Marketing" → marketing, "Sales Operations" → sales); within
 * a tier the keyword that comes first in the title wins ("Data Engineer" → data).
 */
const FUNCTION_KEYWORDS: [DerivedFunction, 1 | 2 | 3, string[]][] = [
  ['security', 1, ['ciso', 'cso', 'security', 'cyber', 'information assurance', 'soc analyst', 'penetration', 'pentester', 'threat', 'vulnerability', 'identity and access', 'seguridad', 'securite', 'sicherheit', 'sicurezza']],
  ['legal', 1, ['clo', 'legal', 'counsel', 'attorney', 'lawyer', 'paralegal', 'compliance', 'solicitor', 'barrister', 'notary', 'privacy', 'contracts', 'juridique', 'juridico', 'juridica', 'jurist', 'juristin', 'abogado', 'abogada', 'avocat', 'rechtsanwalt', 'regulatory affairs']],
  ['hr', 1, ['chro', 'hr', 'human resources', 'human resource', 'people operations', 'people and culture', 'people partner', 'people team', 'talent', 'recruiter', 'recruiting', 'recruitment', 'payroll', 'compensation', 'benefits', 'learning and development', 'personnel', 'rrhh', 'rh', 'personalabteilung']],
  ['finance', 1, ['cfo', 'finance', 'financial', 'accounting', 'accountant', 'controller', 'comptroller', 'treasurer', 'treasury', 'fp and a', 'fpa', 'audit', 'auditor', 'tax', 'billing', 'accounts payable', 'accounts receivable', 'bookkeeper', 'bookkeeping', 'actuary', 'investor relations', 'cpa', 'finanzas', 'finances', 'finanzen', 'financeiro', 'comptable', 'contabilidad', 'buchhaltung']],
  ['marketing', 1, ['cmo', 'marketing', 'marketer', 'brand', 'demand generation', 'demand gen', 'growth', 'content', 'communications', 'public relations', 'pr', 'seo', 'sem', 'social media', 'advertising', 'campaign', 'campaigns', 'events', 'abm', 'copywriter', 'mercadeo', 'mercadotecnia']],
  ['sales', 1, ['cro', 'sales', 'account executive', 'ae', 'account manager', 'partner manager', 'account director', 'key account', 'business development', 'bdr', 'sdr', 'bdm', 'revenue', 'channel', 'partnerships', 'alliances', 'pre sales', 'inside sales', 'territory', 'commercial', 'ventas', 'vendas', 'vertrieb', 'verkauf', 'commerciale']],
  ['procurement', 1, ['procurement', 'purchasing', 'buyer', 'sourcing', 'vendor management', 'supplier', 'compras', 'einkauf', 'achats']],
  ['customer success', 1, ['customer success', 'customer support', 'customer service', 'customer experience', 'customer care', 'client services', 'client success']],
  ['design', 1, ['design', 'designer', 'ux', 'ui', 'user experience', 'creative', 'art director', 'graphic', 'illustrator', 'diseno', 'disenador', 'disenadora']],
  ['data', 2, ['cdo', 'data', 'analytics', 'business intelligence', 'bi', 'machine learning', 'ml', 'ai', 'artificial intelligence', 'statistician']],
  ['product', 2, ['cpo', 'product', 'products']],
  ['engineering', 2, ['cto', 'engineering', 'engineer', 'developer', 'software', 'programmer', 'devops', 'sre', 'site reliability', 'architect', 'rd', 'research and development', 'qa', 'quality assurance', 'tester', 'firmware', 'backend', 'frontend', 'full stack', 'mobile', 'development', 'ingeniero', 'ingeniera', 'ingenieur', 'entwickler', 'desarrollador', 'desarrollo']],
  ['it', 2, ['cio', 'it', 'information technology', 'information systems', 'mis', 'systems administrator', 'system administrator', 'network', 'networking', 'infrastructure', 'helpdesk', 'help desk', 'service desk', 'desktop', 'technology', 'dba', 'database administrator', 'erp', 'sap', 'informatique', 'informatica', 'sistemas', 'edv', 'ti']],
  ['customer success', 2, ['support']],
  ['operations', 3, ['coo', 'operations', 'operating', 'supply chain', 'logistics', 'facilities', 'facility', 'warehouse', 'manufacturing', 'production', 'fleet', 'operaciones', 'betrieb']],
  ['executive', 3, ['ceo', 'founder', 'president', 'chairman', 'chairwoman', 'chairperson', 'managing director', 'general manager', 'chief of staff', 'board', 'managing partner', 'geschaftsfuhrer', 'geschaftsfuhrerin', 'pdg', 'directeur general', 'director general', 'entrepreneur']],
];
const FUNCTION_PHRASES = FUNCTION_KEYWORDS.map(([fn, tier, ps]) => ({ fn, tier, phrases: phrases(...ps) }));

function functionOf(text: string): DerivedFunction | null {
  const tokens = titleTokens(text);
  if (!meaningful(tokens)) return null;
  let best: { fn: DerivedFunction; tier: number; pos: number } | null = null;
  for (const { fn, tier, phrases: ps } of FUNCTION_PHRASES) {
    const pos = find(tokens, ps);
    if (pos < 0) continue;
    if (!best || tier < best.tier || (tier === best.tier && pos < best.pos)) best = { fn, tier, pos };
  }
  if (best) return best.fn;
  // owners of a business run it
  if (tokens.some((t, i) => t === 'owner' && (i === 0 || OWNER_PREFIX.has(tokens[i - 1]!)))) return 'executive';
  return null;
}

/**
 * The business function a job title implies ("Sr. Dir. IT Security" → security), falling back to
 * the department when the title names none. Null when neither says.
 */
export function deriveFunction(title: string | null | undefined, department?: string | null): DerivedFunction | null {
  for (const source of [title, department]) {
    if (!source) continue;
    const fn = functionOf(source);
    if (fn) return fn;
  }
  return null;
}
