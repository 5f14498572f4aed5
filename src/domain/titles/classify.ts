/**
 * classifyTitle: a job title, as people type it in any of the languages covered, → LinkedIn's
 * seniority and functions (ordered by strength), finer specialties, a confidence and the evidence
 * that decided. Pure and deterministic: no network, no model, the same answer for the same text.
 *
 * How a title is read (fixtures/LABELLING.md states the same rules for the labelled set):
 *
 * 1. Normalise and tokenise (normalise.ts): Unicode, accents, abbreviations, noise, the company
 *    after "@"/"at"/"bei"/"chez", separators.
 * 2. Match the lexicons (lexicon/): the longest phrase first ("account executive" before
 *    "executive", "product owner" before "owner", "director of photography" before "director");
 *    "Chief … Officer" is C-level with the words inside naming the function ("Chief Strategy
 *    Officer" → business development); unknown words are tried as gendered forms and compounds
 *    (compound.ts).
 * 3. Parts: separators (| / , & and/und/et …) cut the title into parts unless a phrase spans them.
 * 4. Served executives do not count: an executive word after a small word and another role
 *    ("Assistant to the CEO", "Chief of Staff to the CEO", "EA to CFO") or followed by an assistant
 *    word ("Yönetici Asistanı", "Direktionsassistentin") is the person served, not the person.
 * 5. Seniority: a part's seniority is the highest it states, except that an unpaid or training word
 *    makes the part unpaid/training ("Unpaid Intern", "Trainee Einkauf"); the title's is the highest
 *    of its parts. When no word states one, the default is Entry: every paid role without a
 *    seniority word (Engineer, Analyst, Consultant, Account Executive, Sachbearbeiter) is Entry;
 *    Senior comes from senior/lead/principal/staff/expert/architect; a lone "Principal" is a school
 *    or firm principal (Director). Nothing understood → no seniority.
 * 6. Functions: the part with the highest seniority speaks first (its functions by weight, then
 *    position), then the other parts in order ("Founder & CEO" → entrepreneurship, operations;
 *    "VP, Sales & Marketing" → sales, marketing); parts joined by "&"/"and" before the part with the
 *    seniority share its head ("Engineering & Product Lead" → engineering, product). Words that only imply a function when nothing
 *    else does (Teamleiter → operations, Partner → consulting, Intern → administrative, CSO →
 *    information technology) are used last, alone.
 * 7. Confidence in [0, 1]: how strong the deciding function word is (a role phrase 1.0 … a fallback
 *    0.4), whether a word stated the seniority (1.0) or the default did (0.7), scaled by the share
 *    of words understood.
 */
import { analyseWord, type Piece } from './compound.ts';
import { MAX_PHRASE_TOKENS, PHRASES, parseEffects, type Entry } from './lexicon/index.ts';
import { HARD, SOFT, normalisedText, tokenise } from './normalise.ts';
import { SENIORITY_RANK, type FunctionId, type SeniorityId, type SpecialtyId } from './taxonomy.ts';

export type Evidence =
  | { readonly token: string; readonly effect: string; readonly weight: number }
  | { readonly rule: string; readonly effect: string; readonly weight: number };

export interface TitleClassification {
  /** The title as normalised: lower-case ASCII tokens, "|" between parts, "&" for a soft separator. */
  readonly normalised: string;
  readonly seniority: SeniorityId | null;
  /** Strongest first; the first is the primary function. */
  readonly functions: readonly FunctionId[];
  readonly specialties: readonly SpecialtyId[];
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
}

interface Hit {
  readonly entry: Entry;
  readonly text: string;
  readonly part: number;
  readonly pos: number;
  readonly afterConnector: boolean;
  readonly via: 'phrase' | Piece['via'] | 'chief' | 'rule';
  served: boolean;
}

const CHIEF_OFFICER = parseEffects('chief … officer', 's:cxo');
const LONE_PRINCIPAL = parseEffects('principal', 's:director fb:consulting');
/** Inner words of "Chief … Officer" that mean something else outside it. */
const CHIEF_INNER = new Map<string, Entry>(
  Object.entries({
    executive: 'f:operations/2 x:general_management',
    operating: 'f:operations',
    financial: 'f:finance',
    technology: 'f:engineering',
    technical: 'f:engineering',
    information: 'f:information_technology',
    digital: 'f:information_technology',
    data: 'f:information_technology x:data_and_analytics',
    people: 'f:human_resources',
    customer: 'f:customer_success_and_support',
    administrative: 'f:administrative',
    medical: 'f:healthcare_services',
    scientific: 'f:research',
    design: 'f:arts_and_design x:design',
    commercial: 'f:sales',
  }).map(([k, v]) => [k, parseEffects(k, v)]),
);

const RANK_VP = SENIORITY_RANK.vp;
const RANK_MANAGER = SENIORITY_RANK.manager;
const FN_STRENGTH = [0, 0.55, 0.75, 0.9, 1];

/** Inside "Chief … Officer" every word named is a field of equal weight, in the order written. */
function evenWeights(e: Entry): Entry {
  return e.functions.every((f) => f.weight === 3) ? e : { ...e, functions: e.functions.map((f) => ({ fn: f.fn, weight: 3 })) };
}

function rankOf(e: Entry): number {
  return e.seniority === null ? -1 : SENIORITY_RANK[e.seniority];
}

/** Longest phrase starting at i (not crossing a hard separator), or null. */
function phraseAt(tokens: readonly string[], i: number, end: number): { entry: Entry; length: number } | null {
  let key = tokens[i]!;
  let best: { entry: Entry; length: number } | null = null;
  for (let k = 2; k <= MAX_PHRASE_TOKENS && i + k <= end; k++) {
    const t = tokens[i + k - 1]!;
    if (t === HARD) break;
    key += ` ${t}`;
    if (t === SOFT) continue;
    const e = PHRASES.get(key);
    if (e) best = { entry: e, length: k };
  }
  return best;
}

interface Matched {
  readonly hits: Hit[];
  readonly evidence: Evidence[];
  readonly known: number;
  readonly unknown: number;
  readonly parts: number;
  /** Whether the separator after each part is a soft one (and, &, und …). */
  readonly softAfter: boolean[];
}

/** Steps 2 and 3: the lexicon hits of a token list, part by part. */
function match(tokens: readonly string[], afterConnector: readonly boolean[]): Matched {
  const m = { hits: [] as Hit[], evidence: [] as Evidence[], known: 0, unknown: 0, parts: 1, softAfter: [] as boolean[] };
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (t === HARD || t === SOFT) {
      m.softAfter[m.parts - 1] = t === SOFT;
      m.parts++;
      i++;
      continue;
    }
    if (t === 'chief') {
      let j = i + 1;
      while (j < n && j <= i + 6 && tokens[j] !== HARD && tokens[j] !== 'officer') j++;
      if (j < n && tokens[j] === 'officer' && j > i + 1) {
        m.hits.push({ entry: CHIEF_OFFICER, text: 'chief … officer', part: m.parts - 1, pos: i, afterConnector: afterConnector[i]!, via: 'chief', served: false });
        m.known += 2;
        let k = i + 1;
        while (k < j) k += tokens[k] === SOFT ? 1 : matchAt(m, tokens, afterConnector, k, j, true);
        i = j + 1;
        continue;
      }
    }
    i += matchAt(m, tokens, afterConnector, i, n, false);
  }
  return m;
}

/** The hit(s) at token i (a phrase, a word, its base form or its compound parts); returns the tokens used. */
function matchAt(m: { hits: Hit[]; evidence: Evidence[]; known: number; unknown: number; parts: number }, tokens: readonly string[], afterConnector: readonly boolean[], i: number, end: number, inner: boolean): number {
  const t = tokens[i]!;
  const part = m.parts - 1;
  const conn = afterConnector[i]!;
  const phrase = phraseAt(tokens, i, end);
  if (phrase) {
    m.hits.push({ entry: inner ? evenWeights(phrase.entry) : phrase.entry, text: phrase.entry.key, part, pos: i, afterConnector: conn, via: 'phrase', served: false });
    m.known += phrase.length;
    return phrase.length;
  }
  const chiefInner = inner ? CHIEF_INNER.get(t) : undefined;
  if (chiefInner) {
    m.hits.push({ entry: chiefInner, text: t, part, pos: i, afterConnector: conn, via: 'chief', served: false });
    m.known++;
    return 1;
  }
  const pieces = analyseWord(t);
  if (pieces === null) {
    m.unknown++;
    return 1;
  }
  m.known++;
  if (pieces.length > 1) m.evidence.push({ rule: 'compound', effect: pieces.map((p) => p.text).join('+'), weight: 0 });
  // Pieces of one compound keep their order (Vorstands|assistentin: the board is served).
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    m.hits.push({ entry: inner ? evenWeights(p.entry) : p.entry, text: p.text, part, pos: i + k / 10, afterConnector: conn, via: inner ? 'chief' : p.via, served: false });
  }
  return 1;
}

export function classifyTitle(raw: string): TitleClassification {
  const { tokens, afterConnector } = tokenise(typeof raw === 'string' ? raw : '');
  const { hits, evidence, known, unknown, parts, softAfter } = match(tokens, afterConnector);

  // A part that is only "principal" is the head of a school or a firm, not a senior individual.
  for (let p = 0; p < parts; p++) {
    const inPart = hits.filter((h) => h.part === p);
    if (inPart.length === 1 && inPart[0]!.text === 'principal') {
      const h = inPart[0]!;
      hits[hits.indexOf(h)] = { ...h, entry: LONE_PRINCIPAL, via: 'rule' };
      evidence.push({ rule: 'lone-principal', effect: 'seniority:director', weight: 1 });
    }
  }

  // Served executives (rule 4).
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const rank = rankOf(hit.entry);
    if (rank < RANK_MANAGER) continue;
    let served = false;
    for (let o = 0; o < hits.length && !served; o++) {
      const other = hits[o]!;
      if (o === h || other.part !== hit.part) continue;
      if (other.pos < hit.pos && hit.afterConnector && (rank >= RANK_VP || other.entry.assist)) served = true;
      else if (other.pos > hit.pos && other.entry.assist && rankOf(other.entry) < RANK_MANAGER) served = true;
    }
    if (served) {
      hit.served = true;
      evidence.push({ rule: 'served-executive', effect: `ignored ${hit.text}`, weight: 0 });
    }
  }
  // "Assistant to the CEO & Founder": a part of executive words only, joined by "&" to a part
  // that ends with a served executive, is served too.
  for (let p = 1; p < parts; p++) {
    if (!softAfter[p - 1]) continue;
    const before = hits.filter((h) => h.part === p - 1);
    const here = hits.filter((h) => h.part === p);
    if (before.length && before[before.length - 1]!.served && here.length && here.every((h) => rankOf(h.entry) >= RANK_VP)) {
      for (const h of here) h.served = true;
      evidence.push({ rule: 'served-executive', effect: `ignored ${here.map((h) => h.text).join(' ')}`, weight: 0 });
    }
  }
  const live = hits.filter((h) => !h.served);

  // Seniority (rule 5).
  const partRank: number[] = new Array<number>(parts).fill(-1);
  const partSeniorityHit: (Hit | null)[] = new Array<Hit | null>(parts).fill(null);
  for (let p = 0; p < parts; p++) {
    let best: Hit | null = null;
    let unpaid: Hit | null = null;
    let training: Hit | null = null;
    for (const h of live) {
      if (h.part !== p || h.entry.seniority === null) continue;
      if (h.entry.seniority === 'unpaid') unpaid ??= h;
      else if (h.entry.seniority === 'training') training ??= h;
      if (!best || rankOf(h.entry) > rankOf(best.entry)) best = h;
    }
    const decided = unpaid ?? training ?? best;
    partSeniorityHit[p] = decided;
    partRank[p] = decided ? rankOf(decided.entry) : -1;
  }
  let seniority: SeniorityId | null = null;
  let seniorityHit: Hit | null = null;
  for (let p = 0; p < parts; p++) {
    const h = partSeniorityHit[p];
    if (h && (!seniorityHit || rankOf(h.entry) > rankOf(seniorityHit.entry))) seniorityHit = h;
  }
  if (seniorityHit) {
    seniority = seniorityHit.entry.seniority;
    evidence.push({ token: seniorityHit.text, effect: `seniority:${seniority}`, weight: 3 });
  } else if (live.some((h) => h.entry.functions.length > 0 || h.entry.fallback.length > 0)) {
    // a role was understood but no word states its level ("Freelance" alone is no role)
    seniority = 'entry';
    evidence.push({ rule: 'default-seniority', effect: 'seniority:entry', weight: 1 });
  }

  // Functions (rule 6). Parts joined by "&"/"and" before the part that states the seniority share
  // its head: "Sales & Marketing Director" is a sales director and a marketing director.
  for (let p = parts - 2; p >= 0; p--) if (partRank[p] === -1 && softAfter[p] && partRank[p + 1]! >= 0) partRank[p] = partRank[p + 1]!;
  const order = Array.from({ length: parts }, (_, p) => p).sort((a, b) => partRank[b]! - partRank[a]! || a - b);
  const functions: FunctionId[] = [];
  const specialties: SpecialtyId[] = [];
  let primaryWeight = 0;
  const addSpecialties = (e: Entry): void => {
    for (const s of e.specialties) if (!specialties.includes(s)) specialties.push(s);
  };
  for (const p of order) {
    const candidates: { fn: FunctionId; weight: number; pos: number; hit: Hit }[] = [];
    for (const h of live) if (h.part === p) for (const f of h.entry.functions) candidates.push({ fn: f.fn, weight: f.weight, pos: h.pos, hit: h });
    candidates.sort((a, b) => b.weight - a.weight || a.pos - b.pos);
    for (const c of candidates) {
      if (functions.length === 0) primaryWeight = c.weight;
      if (!functions.includes(c.fn)) {
        functions.push(c.fn);
        evidence.push({ token: c.hit.text, effect: `function:${c.fn}`, weight: c.weight });
      }
      addSpecialties(c.hit.entry);
    }
  }
  let usedFallback = false;
  if (functions.length === 0) {
    for (const p of order) {
      for (const h of live) {
        if (h.part !== p) continue;
        for (const fn of h.entry.fallback) {
          if (functions.includes(fn)) continue;
          functions.push(fn);
          usedFallback = true;
          evidence.push({ rule: 'fallback-function', effect: `function:${fn} (from ${h.text})`, weight: 0.5 });
        }
        if (h.entry.fallback.length) addSpecialties(h.entry);
      }
    }
  }

  // Confidence (rule 7).
  const fnStrength = functions.length === 0 ? 0 : usedFallback ? 0.4 : FN_STRENGTH[Math.min(4, Math.max(1, Math.round(primaryWeight)))]!;
  const senStrength = seniority === null ? 0 : seniorityHit ? 1 : 0.7;
  const coverage = known + unknown === 0 ? 0 : known / (known + unknown);
  const confidence = Math.round((0.55 * fnStrength + 0.45 * senStrength) * (0.6 + 0.4 * coverage) * 100) / 100;

  return { normalised: normalisedText(tokens), seniority, functions, specialties, confidence, evidence };
}
