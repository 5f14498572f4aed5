/**
 * Title normalisation: from what people type to a list of tokens the lexicons are written in.
 *
 * - Unicode: NFKC (full-width letters, ligatures), lower case (Turkish İ/ı too), accents stripped,
 *   ß → ss, ø → o, æ → ae, œ → oe, ł → l; so "GESCHÄFTSFÜHRER", "Geschäftsführer" and
 *   "Geschaftsfuhrer" are the same token.
 * - Noise removed: gender markers ("(m/w/d)", "w/m/d", "(f/m/x)"), the company after "@", "at",
 *   "bei", "chez", "presso", "hos", "bij" (up to the next "|"), and (through the lexicons) places,
 *   regions and contract forms ("(remote)", "EMEA", "DACH").
 * - Abbreviations: dotted ones joined (V.P. → vp), "R&D"/"FP&A"/"M&A" joined, common short forms
 *   expanded (sr → senior, mgr → manager, dir → director, eng → engineering, …).
 * - Compound titles: "|", "/", ",", ";", ":", " - ", parentheses become hard separators (`|`);
 *   "&", "+", and/und/et/y/e/og/och/ve/en become soft ones (`&`) that a lexicon phrase may
 *   span ("Learning & Development") — otherwise both separate the parts of the title.
 * - Small words (of, the, de, la, der, für, del, di, van, …) are dropped, but the word after one
 *   remembers it ("Assistant to the CEO": the CEO is served, not the person).
 *
 * Input longer than MAX_TITLE_CHARS is cut there: no real title is that long, and it bounds the work.
 */

export const MAX_TITLE_CHARS = 200;

/** Hard and soft separators as tokens. */
export const HARD = '|';
export const SOFT = '&';

const LETTERS = new Map<string, string>([
  ['ß', 'ss'], ['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'], ['ħ', 'h'],
]);
const SPECIAL_LETTERS = /[ßøæœłđðþıħ]/g;

/** Unicode-folded lower-case text without accents. */
export function fold(text: string): string {
  // Plain ASCII (most titles) needs only lower case: NFKC and accent stripping change nothing.
  if (ASCII.test(text)) return text.toLowerCase();
  let s = text.normalize('NFKC').replace(/İ/g, 'i').toLowerCase();
  // NFD splits accents off their letters; \p{M} drops them (é → e, ü → u, ş → s, å → a).
  s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return s.replace(SPECIAL_LETTERS, (c) => LETTERS.get(c) ?? c);
}
const ASCII = /^[ -~]*$/; // printable ASCII; anything else (tabs included) takes the full path

/** Short forms → their words (Maps, not object literals: a title word must not find Object.prototype). */
export const ABBREVIATIONS = new Map<string, string>(Object.entries({
  snr: 'senior', jnr: 'junior', dir: 'director', dirs: 'director', mgr: 'manager', mngr: 'manager', mgrs: 'manager', mgmt: 'management',
  mgt: 'management', exec: 'executive', execs: 'executive', asst: 'assistant', assoc: 'associate', coord: 'coordinator', spec: 'specialist',
  repr: 'representative', eng: 'engineering', engr: 'engineer', engg: 'engineering', dev: 'development', devs: 'developer', ops: 'operations',
  mktg: 'marketing', mkt: 'marketing', mkting: 'marketing', acct: 'account', accts: 'accounts', acctg: 'accounting', fin: 'finance', infra: 'infrastructure',
  sys: 'systems', intl: 'international', genl: 'general', dept: 'department', svc: 'services', svcs: 'services', biz: 'business',
  bd: 'business development', proj: 'project', pgm: 'program', supv: 'supervisor', supvr: 'supervisor', chf: 'chief', pres: 'president',
  vicepresident: 'vice president', vicepresidente: 'vice president', vizeprasident: 'vice president', gm: 'general manager',
  cust: 'customer', purch: 'purchasing', secops: 'security operations', itsec: 'it security', fullstack: 'full stack', teamlead: 'team lead',
  adm: 'administrerende', tl: 'team lead', hrm: 'hr manager', prof: 'professor', admin: 'admin',
}));

/** Conjunctions in the languages covered: soft separators. */
const CONJUNCTIONS = new Set(['and', 'und', 'et', 'y', 'e', 'og', 'och', 've', 'en', 'ou', 'or', 'oder']);

/** Small words that are dropped; the next token remembers one stood before it. */
const CONNECTORS = new Set([
  'of', 'the', 'to', 'for', 'in', 'on', 'a', 'an', 'with',
  'de', 'la', 'le', 'les', 'des', 'du', 'd', 'l', 'au', 'aux',
  'der', 'die', 'das', 'dem', 'den', 'des', 'von', 'fur', 'im', 'am', 'zum', 'zur', 'vom',
  'del', 'di', 'da', 'do', 'dos', 'della', 'dello', 'degli', 'al', 'el', 'las', 'los',
  'van', 'het', 'voor', 'af', 'av', 'til', 'till', 'i', 'som',
]);

export interface Tokens {
  /** Words, HARD and SOFT separators. */
  readonly tokens: string[];
  /** For each token: whether a dropped small word stood right before it. */
  readonly afterConnector: boolean[];
}

const GENDER = /\(\s*(?:[mwfdxhi]|all|alle)(?:\s*[/|,*]\s*(?:[mwfdxhi]|all|alle|divers)){1,3}\s*\)|(?<![a-z0-9])[mwfdx](?:\/[mwfdx]){1,3}(?![a-z0-9])|\((?:all genders|gn|w|m|d)\)/g;
const COMPANY = /(?:@|(?<=\s)(?:at|bei|chez|presso|hos|bij)\s)[^|]*/g;
const COMPANY_TRIGGER = /@|\s(?:at|bei|chez|presso|hos|bij)\s/;
const SEPARATORS = /[()[\]{}|,;:/\\•·–—]|\s-(?=\s|$)|^-\s/g;

/** The text of a title as tokens (see the module comment for the rules). */
export function tokenise(raw: string): Tokens {
  let s = fold(raw.length > MAX_TITLE_CHARS ? raw.slice(0, MAX_TITLE_CHARS) : raw);
  // Each rewrite runs only when its trigger character is there (most titles have none).
  const slash = s.includes('/');
  if (slash || s.includes('(')) s = s.replace(GENDER, ' ');
  if (s.includes('.')) s = s.replace(/(?<![a-z])((?:[a-z]\.){2,})/g, (m) => m.replace(/\./g, '')); // v.p. → vp
  if (s.includes('&')) s = s.replace(/(?<![a-z])([a-z]{1,2})\s*&\s*([a-z])(?![a-z])/g, '$1$2'); // r&d → rd, fp&a → fpa
  if (slash) s = s.replace(/(?<![a-z])([a-z])\/([a-z])(?![a-z])/g, '$1$2'); // a/r → ar, a/p → ap
  s = s.replace(SEPARATORS, ' | '); // parenthesised text is a part of its own ("CSO (Chief Sales Officer)")
  if (COMPANY_TRIGGER.test(s)) s = s.replace(COMPANY, ' ');
  s = s.replace(/[&+]/g, ' & ').replace(/[^a-z0-9|& ]+/g, ' ');
  const tokens: string[] = [];
  const afterConnector: boolean[] = [];
  let connector = false;
  for (const w of s.split(' ')) {
    if (w === '') continue;
    if (w === HARD || w === SOFT || CONJUNCTIONS.has(w)) {
      const sep = w === HARD ? HARD : SOFT;
      const last = tokens.length ? tokens[tokens.length - 1]! : HARD;
      // separators never start the list nor repeat; a hard one wins over a soft one beside it
      if (last === SOFT && sep === HARD) tokens[tokens.length - 1] = HARD;
      else if (last !== HARD && last !== SOFT) {
        tokens.push(sep);
        afterConnector.push(false);
      }
      connector = false;
    } else if (CONNECTORS.has(w)) connector = true;
    else {
      const expanded = ABBREVIATIONS.get(w);
      if (expanded === undefined) {
        tokens.push(w);
        afterConnector.push(connector);
      } else {
        for (const e of expanded.split(' ')) {
          tokens.push(e);
          afterConnector.push(connector);
        }
      }
      connector = false;
    }
  }
  while (tokens.length && (tokens[tokens.length - 1] === HARD || tokens[tokens.length - 1] === SOFT)) {
    tokens.pop();
    afterConnector.pop();
  }
  return { tokens, afterConnector };
}

/** The normalised title: the tokens, "|" between parts and "&" for a soft separator. */
export function normalisedText(tokens: readonly string[]): string {
  return tokens.join(' ');
}
