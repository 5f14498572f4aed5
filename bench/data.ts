/**
 * The benchmark's synthetic tenant, generated deterministically from a seed and streamed in
 * chunks (a million people never sit in memory at once): accounts in corporation → division →
 * department trees, people with the messy titles of the demo data set (src/cli/demo-data.ts)
 * related to accounts (~20 per account, some ended, some at two accounts), and the column values
 * the store would write for them (the same as `personColumns`/`accountColumns`, with the derived
 * seniority/function and normalised twins memoised — titles repeat — and checked against the
 * store's functions on the first rows).
 *
 * People carry a preset engagement (raw and score) instead of activity rows: activities are not
 * part of this benchmark, but group engagement is, so a third of the people are engaged.
 */
import { monotonicFactory } from 'ulid';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_REFERENCE, messyTitle, Rng, type DemoFunction, type DemoLevel } from '../src/cli/demo-data.ts';
import { accountColumns } from '../src/store/accounts.ts';
import { derivedColumns, personColumns, type PersonFields } from '../src/store/people.ts';
import { memoClassifyPerson } from '../src/domain/people/derive.ts';
import { normCustom, normText, type CustomAttributes } from '../src/domain/text.ts';
import { engagementScore } from '../src/domain/scoring/index.ts';
import { ID_PREFIXES, type EntityKind } from '../src/domain/ids.ts';

const DAY_MS = 86_400_000;

export interface Scale {
  accounts: number;
  people: number;
  seed: number;
  /** The tenant is generated "at" this time (epoch ms). */
  now: number;
}

export const FULL_SCALE = { accounts: 50_000, people: 1_000_000 } as const;

export type Value = string | number | null;
export type Row = Record<string, Value>;

/** Ids `<prefix>_<ULID>` from a seeded source: the same seed gives the same ids. */
function idFactory(kind: EntityKind, rng: Rng): (at: number) => string {
  const next = monotonicFactory(rng.next);
  return (at) => `${ID_PREFIXES[kind]}_${next(at)}`;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Memoised normalised twins: most text values (names, titles, places) repeat. */
class Memo {
  private readonly norm = new Map<string, string>();
  readonly classified = memoClassifyPerson(Infinity);
  text(v: string | null): string | null {
    if (v == null) return null;
    let n = this.norm.get(v);
    if (n === undefined) {
      n = normText(v);
      if (this.norm.size < 200_000) this.norm.set(v, n);
    }
    return n;
  }
}

const PERSON_TEXT: readonly (readonly [keyof PersonFields, string])[] = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['jobTitle', 'job_title'],
  ['department', 'department'],
  ['seniority', 'seniority'],
  ['phone', 'phone'],
  ['country', 'country'],
  ['state', 'state'],
  ['city', 'city'],
  ['postalCode', 'postal_code'],
  ['externalId', 'external_id'],
];

/** The columns `personColumns` writes, memoised. */
function personRow(memo: Memo, f: PersonFields): Row {
  const row: Row = {
    email: f.email,
    email_norm: normText(f.email),
    email_invalid: f.emailInvalid ? 1 : 0,
    email_suspended: f.emailSuspended ? 1 : 0,
    unsubscribed: f.unsubscribed ? 1 : 0,
    ...derivedColumns(memo.classified(f.jobTitle, f.department), f),
    custom: JSON.stringify(f.custom),
    custom_norm: JSON.stringify(normCustom(f.custom)),
  };
  for (const [prop, col] of PERSON_TEXT) {
    const v = f[prop] as string | null;
    row[col] = v;
    row[`${col}_norm`] = memo.text(v);
  }
  return row;
}

export interface AccountInfo {
  id: string;
  level: 1 | 2 | 3;
  domain: string;
}

export interface Tenant {
  accounts: Row[];
  info: AccountInfo[];
}

/** All accounts (50,000 rows at full scale: small enough to hold). */
export function generateAccounts(scale: Scale): Tenant {
  const rng = new Rng(scale.seed);
  const id = idFactory('account', rng);
  const R = DEMO_REFERENCE;
  const accounts: Row[] = [];
  const info: AccountInfo[] = [];
  const industryWeights = R.industries.map((i) => i.weight);
  const placeWeights = R.places.map((p) => p.weight);
  const span = 3 * 365 * DAY_MS;
  const createdAt = (i: number) => scale.now - span + Math.floor((i * span * 0.9) / Math.max(1, scale.accounts));
  let corp = 0;
  const push = (fields: Parameters<typeof accountColumns>[0], level: 1 | 2 | 3, domain: string) => {
    const at = createdAt(accounts.length);
    const accountId = id(at);
    accounts.push({ id: accountId, ...(accountColumns(fields) as unknown as Row), created_at: at, updated_at: at, version: 1 });
    info.push({ id: accountId, level, domain });
    return accountId;
  };
  while (accounts.length < scale.accounts) {
    corp++;
    const industry = rng.weighted(R.industries, industryWeights);
    const place = rng.weighted(R.places, placeWeights);
    const name = `${rng.pick(R.roots)} ${rng.pick(R.roots)} ${rng.pick(industry.suffixes)} ${corp}`;
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.${place.tld}`;
    const employees = Math.round(200 * Math.exp(rng.next() * 6.6));
    const custom: CustomAttributes = { tier: employees >= 10_000 ? 'Tier 1' : employees >= 1_000 ? 'Tier 2' : 'Tier 3', customer: rng.chance(0.3) };
    const base = { industry: industry.name, country: place.country, region: place.region, state: place.state, city: place.city };
    const corpId = push(
      { name, domain, ...base, employees, annualRevenue: employees * 250_000, sicCode: rng.pick(industry.sic), externalId: `001${corp}`, parentId: null, custom },
      1,
      domain,
    );
    const divisions = employees < 2_000 ? (rng.chance(0.3) ? 1 : 0) : rng.int(1, 5);
    for (let d = 0; d < divisions && accounts.length < scale.accounts; d++) {
      const divName = `${name} ${rng.pick(R.divisionNames)} ${d + 1}`;
      const divEmployees = Math.max(20, Math.round(employees * (0.05 + rng.next() * 0.3)));
      const divId = push(
        { name: divName, domain: null, ...base, employees: divEmployees, annualRevenue: null, sicCode: null, externalId: null, parentId: corpId, custom: { tier: 'Tier 2', customer: false } },
        2,
        domain,
      );
      const departments = rng.int(0, 3);
      for (let k = 0; k < departments && accounts.length < scale.accounts; k++) {
        push(
          {
            name: `${divName} – ${rng.pick(R.departmentNames)}`,
            domain: null,
            ...base,
            employees: Math.max(5, Math.round(divEmployees * 0.1)),
            annualRevenue: null,
            sicCode: null,
            externalId: null,
            parentId: divId,
            custom: { tier: 'Tier 3', customer: false, costCenter: `CC-${rng.int(1000, 9999)}` },
          },
          3,
          domain,
        );
      }
    }
  }
  return { accounts, info };
}

export interface PeopleChunk {
  people: Row[];
  relations: Row[];
}

/**
 * People and their relations, `chunkSize` people at a time. People land on accounts in
 * proportion to a per-account weight (corporations more than departments), ~20 per account.
 */
export function* generatePeople(scale: Scale, tenant: Tenant, chunkSize: number): Generator<PeopleChunk> {
  const rng = new Rng(scale.seed + 1);
  const personId = idFactory('person', rng);
  const relationId = idFactory('relation', rng);
  const memo = new Memo();
  const R = DEMO_REFERENCE;
  const cumulative = new Float64Array(tenant.info.length);
  let total = 0;
  tenant.info.forEach((a, i) => {
    total += (a.level === 1 ? 1.4 : a.level === 2 ? 1 : 0.6) * (0.5 + rng.next());
    cumulative[i] = total;
  });
  const pickAccount = (): number => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const levels = Object.keys(R.levelWeights) as DemoLevel[];
  const levelWeights = levels.map((l) => R.levelWeights[l]);
  const fns = Object.keys(R.functionWeights) as DemoFunction[];
  const fnWeights = fns.map((f) => R.functionWeights[f]);
  const locales = Object.keys(R.names) as (keyof typeof R.names)[];
  const span = 2 * 365 * DAY_MS;
  const nowDay = day(scale.now);
  let checked = 0;

  for (let start = 0; start < scale.people; start += chunkSize) {
    const people: Row[] = [];
    const relations: Row[] = [];
    for (let p = start; p < Math.min(scale.people, start + chunkSize); p++) {
      const accountIndex = pickAccount();
      const account = tenant.info[accountIndex] as AccountInfo;
      const locale = rng.pick(locales);
      const first = rng.pick(R.names[locale].first);
      const last = rng.pick(R.names[locale].last);
      let title: string;
      let fn: DemoFunction;
      let level: DemoLevel;
      const local = R.localTitles[locale as keyof typeof R.localTitles];
      if (local && rng.chance(0.2)) {
        const t = rng.pick(local);
        title = t.title;
        fn = t.fn;
        level = t.level;
      } else {
        fn = rng.weighted(fns, fnWeights);
        level = rng.weighted(levels, levelWeights);
        title = messyTitle(rng.next, rng.pick(R.titles[fn][level]));
      }
      const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'x';
      const email = `${ascii(first.ascii ?? first.name)}.${ascii(last.ascii ?? last.name)}.${p.toString(36)}@${account.domain}`;
      const custom: CustomAttributes = { leadSource: rng.pick(R.leadSources) };
      if (rng.chance(0.3)) custom.mql = rng.chance(0.6);
      const fields: PersonFields = {
        email,
        firstName: first.name,
        lastName: last.name,
        jobTitle: rng.chance(0.03) ? null : title,
        department: rng.chance(0.15) ? null : rng.pick(R.departments[fn]),
        seniority: rng.chance(0.25) ? null : rng.pick(R.seniorities[level]),
        phone: rng.chance(0.2) ? null : `+1 415 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
        country: null,
        state: null,
        city: null,
        postalCode: null,
        externalId: rng.chance(0.7) ? `003${p}` : null,
        emailInvalid: rng.chance(0.01),
        emailSuspended: false,
        unsubscribed: rng.chance(0.04),
        custom,
        explicitSeniority: null,
        explicitFunction: null,
      };
      const at = scale.now - span + Math.floor((p * span * 0.95) / Math.max(1, scale.people));
      const id = personId(at);
      const row = personRow(memo, fields);
      if (checked < 2000) {
        checked++;
        const expected = personColumns(fields) as unknown as Row;
        if (!isDeepStrictEqual(row, expected)) throw new Error(`bench person row differs from personColumns: ${JSON.stringify({ row, expected })}`);
      }
      const engaged = rng.chance(0.35);
      const raw = engaged ? Math.round(rng.next() * 400) / 10 : 0;
      people.push({ id, ...row, engagement_raw: raw, engagement_score: engagementScore(raw), created_at: at, updated_at: at, version: 1 });

      const left = rng.chance(0.06);
      const roles = rng.chance(0.08) ? [rng.pick(R.accountRoles)] : [];
      relations.push({
        account_id: account.id,
        person_id: id,
        id: relationId(at),
        relation_type: 'employee',
        roles: JSON.stringify(roles),
        roles_norm: JSON.stringify(roles.map(normText)),
        started_on: null,
        ended_on: left ? day(scale.now - rng.int(1, 500) * DAY_MS) : null,
        created_at: at,
        updated_at: at,
      });
      if (rng.chance(left ? 0.35 : 0.02)) {
        const other = tenant.info[pickAccount()] as AccountInfo;
        if (other.id !== account.id) {
          relations.push({
            account_id: other.id,
            person_id: id,
            id: relationId(at),
            relation_type: left ? 'employee' : 'contractor',
            roles: '[]',
            roles_norm: '[]',
            started_on: left ? nowDay : null,
            ended_on: null,
            created_at: at,
            updated_at: at,
          });
        }
      }
    }
    yield { people, relations };
  }
}
