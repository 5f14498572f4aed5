/**
 * What a learned suggestion model sees of one person in one account: binary features named by
 * strings ("t:leiter", "s:director", "a:event_attended:2-4" …), from the job title (its tokens
 * and bigrams as the title classifier normalises them, and the classifier's seniority, functions
 * and specialties), the department, the relation to the account, the engagement score and the
 * person's recent activities by type and recency. Pure; the classifier is called once per
 * distinct title (a bounded cache), since titles repeat a lot across a tenant.
 */
import { classifyTitle } from '../titles/index.ts';
import { DAY_MS } from '../clock.ts';
import { normText } from '../text.ts';

/** One person as the model reads them (plain data; the store builds it). */
export interface PersonExample {
  jobTitle: string | null;
  department: string | null;
  relationType: 'employee' | 'contractor';
  /** Displayed engagement score, 0–100. */
  engagementScore: number;
  /** Activities of the last ACTIVITY_WINDOW_DAYS by type. */
  activityCounts: Readonly<Record<string, number>>;
  /** Time of the person's latest activity (epoch ms), or null. */
  lastActivityAt: number | null;
}

/** How far back activities count as features. */
export const ACTIVITY_WINDOW_DAYS = 90;

/** The kinds of features, by the prefix of their names. */
export type FeatureKind = 't' | 'b' | 's' | 'f' | 'x' | 'd' | 'r' | 'e' | 'a' | 'n';

const TITLE_CACHE_LIMIT = 50_000;
const titleCache = new Map<string, readonly string[]>();

/** The title's features (tokens, bigrams, classifier facts), cached per raw title. */
export function titleFeatures(title: string): readonly string[] {
  const hit = titleCache.get(title);
  if (hit) return hit;
  const out = new Set<string>();
  const c = classifyTitle(title);
  // The classifier's normalised text: folded ASCII words, "|" between parts, "&" soft breaks.
  for (const part of c.normalised.split('|')) {
    const ws = part.split(/[\s&]+/).filter((w) => w !== '');
    for (let i = 0; i < ws.length; i++) {
      out.add(`t:${ws[i]!}`);
      if (i + 1 < ws.length) out.add(`b:${ws[i]!} ${ws[i + 1]!}`);
    }
  }
  if (c.seniority) out.add(`s:${c.seniority}`);
  // The primary function weighs as its own feature; every function found as another.
  if (c.functions[0]) out.add(`f:${c.functions[0]}`);
  for (const f of c.functions) out.add(`f2:${f}`);
  for (const x of c.specialties) out.add(`x:${x}`);
  const features = [...out];
  if (titleCache.size >= TITLE_CACHE_LIMIT) titleCache.clear();
  titleCache.set(title, features);
  return features;
}

function countBand(n: number): string {
  return n >= 5 ? '5+' : n >= 2 ? '2-4' : '1';
}

function engagementBand(score: number): string {
  if (score <= 0) return '0';
  if (score < 25) return '1-24';
  if (score < 50) return '25-49';
  if (score < 75) return '50-74';
  return '75+';
}

function recencyBand(lastAt: number | null, now: number): string {
  if (lastAt === null) return 'never';
  const days = (now - lastAt) / DAY_MS;
  if (days <= 7) return '7';
  if (days <= 30) return '30';
  if (days <= ACTIVITY_WINDOW_DAYS) return '90';
  return 'older';
}

/** Every feature of one person (deduplicated, in a stable order). */
export function extractFeatures(p: PersonExample, now: number): string[] {
  const out: string[] = p.jobTitle && p.jobTitle.trim() !== '' ? [...titleFeatures(p.jobTitle)] : ['t:(none)'];
  if (p.department && p.department.trim() !== '') {
    for (const w of normText(p.department).split(/[^\p{L}\p{N}]+/u)) if (w !== '') out.push(`d:${w}`);
  }
  out.push(`r:${p.relationType}`, `e:${engagementBand(p.engagementScore)}`, `n:${recencyBand(p.lastActivityAt, now)}`);
  for (const type of Object.keys(p.activityCounts).sort()) {
    const n = p.activityCounts[type]!;
    if (n > 0) out.push(`a:${type}:${countBand(n)}`);
  }
  return [...new Set(out)];
}

const SENIORITY_WORDS: Record<string, string> = {
  unpaid: 'Unpaid', training: 'Training', entry: 'Entry', senior: 'Senior', manager: 'Manager', director: 'Director', vp: 'VP', cxo: 'CXO', partner: 'Partner', owner: 'Owner',
};
const words = (id: string) => id.replace(/_/g, ' ');

/** A feature in words, as reasons show it: "title contains 'leiter it'", "attended 2-4 events". */
export function describeFeature(feature: string): string {
  const colon = feature.indexOf(':');
  const kind = feature.slice(0, colon);
  const rest = feature.slice(colon + 1);
  switch (kind) {
    case 't':
      return rest === '(none)' ? 'no job title' : `title contains '${rest}'`;
    case 'b':
      return `title contains '${rest}'`;
    case 's':
      return `seniority is ${SENIORITY_WORDS[rest] ?? rest}`;
    case 'f':
      return `main function is ${words(rest)}`;
    case 'f2':
      return `works in ${words(rest)}`;
    case 'x':
      return `specialty ${words(rest)}`;
    case 'd':
      return `department contains '${rest}'`;
    case 'r':
      return rest === 'employee' ? 'an employee of the account' : 'a contractor of the account';
    case 'e':
      return rest === '0' ? 'no engagement' : `engagement score ${rest}`;
    case 'n':
      return rest === 'never' ? 'no activity on record' : rest === 'older' ? `no activity in the last ${ACTIVITY_WINDOW_DAYS} days` : `active in the last ${rest} days`;
    case 'a': {
      const at = rest.lastIndexOf(':');
      const band = rest.slice(at + 1);
      return `${words(rest.slice(0, at))} ${band === '1' ? 'once' : `${band} times`}`;
    }
    default:
      return feature;
  }
}

/**
 * The features of many people as vocabulary indices, for training: the same features as
 * `extractFeatures` (in the same order), but the per-person work is look-ups — a title's,
 * a department's and each small categorical feature's indices are computed once and cached,
 * so no feature name is built per person. `intern` gives a feature name its index.
 */
export class FeatureEncoder {
  private readonly titles = new Map<string, Int32Array>();
  private readonly departments = new Map<string, Int32Array>();
  private readonly named = new Map<string, number>();
  private readonly activities = new Map<string, [number, number, number]>();
  private static readonly BANDS = ['1', '2-4', '5+'] as const;
  private readonly buffer: number[] = [];

  constructor(
    private readonly intern: (name: string) => number,
    private readonly now: number,
  ) {}

  private one(name: string): number {
    let i = this.named.get(name);
    if (i === undefined) this.named.set(name, (i = this.intern(name)));
    return i;
  }

  private many(cache: Map<string, Int32Array>, key: string, names: () => readonly string[]): Int32Array {
    let hit = cache.get(key);
    if (!hit) {
      hit = Int32Array.from(names(), (n) => this.intern(n));
      if (cache.size >= TITLE_CACHE_LIMIT) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  }

  /** The person's feature indices (a reused buffer: copy it before the next call). */
  encode(p: PersonExample): readonly number[] {
    const out = this.buffer;
    out.length = 0;
    if (p.jobTitle && p.jobTitle.trim() !== '') {
      for (const i of this.many(this.titles, p.jobTitle, () => titleFeatures(p.jobTitle!))) out.push(i);
    } else out.push(this.one('t:(none)'));
    if (p.department && p.department.trim() !== '') {
      const dep = p.department;
      const words = () => [...new Set(normText(dep).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').map((w) => `d:${w}`))];
      for (const i of this.many(this.departments, dep, words)) out.push(i);
    }
    out.push(this.one(`r:${p.relationType}`), this.one(`e:${engagementBand(p.engagementScore)}`), this.one(`n:${recencyBand(p.lastActivityAt, this.now)}`));
    const types = Object.keys(p.activityCounts);
    if (types.length > 1) types.sort();
    for (const type of types) {
      const n = p.activityCounts[type]!;
      if (n <= 0) continue;
      let bands = this.activities.get(type);
      if (!bands) this.activities.set(type, (bands = [-1, -1, -1]));
      const b = n >= 5 ? 2 : n >= 2 ? 1 : 0;
      // Interned when first seen, as extractFeatures would name it then.
      if (bands[b] === -1) bands[b] = this.intern(`a:${type}:${FeatureEncoder.BANDS[b]}`);
      out.push(bands[b]);
    }
    return out;
  }
}
