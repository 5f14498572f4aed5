/**
 * Exact SQL for representative conditions on both dialects, compiled without a connection
 * (Kysely with DummyDriver): the text the engines receive and its bound parameters.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from './schema.ts';
import type { Engine } from './db.ts';
import { compileAccountCondition, compileCondition, compilePersonCondition, escapeLike, type SqlConditionContext } from './conditions-sql.ts';
import type { Condition, Subject } from '../domain/conditions/index.ts';

function dummy(engine: Engine): Kysely<DB> {
  const pg = engine === 'postgres';
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

const NOW = Date.UTC(2025, 2, 15, 12); // 2025-03-15T12:00Z
const personas = new Map<string, Condition>([['psn_1', { field: 'city', op: 'is', value: 'Paris' }]]);

/** The WHERE clause and parameters of `select id from <table> where <condition>`. */
function compile(engine: Engine, subject: Subject, cond: Condition, extra: Partial<SqlConditionContext> = {}) {
  const ctx: SqlConditionContext = { engine, now: NOW, personas, ...extra };
  const db = dummy(engine);
  const q =
    subject === 'person'
      ? db.selectFrom('people').select('id').where(compilePersonCondition(cond, ctx)).compile()
      : db.selectFrom('accounts').select('id').where(compileAccountCondition(cond, ctx)).compile();
  const prefix = `select "id" from "${subject === 'person' ? 'people' : 'accounts'}" where `;
  expect(q.sql.startsWith(prefix)).toBe(true);
  return { sql: q.sql.slice(prefix.length), parameters: q.parameters };
}

interface Case {
  name: string;
  subject: Subject;
  cond: Condition;
  extra?: Partial<SqlConditionContext>;
  sqlite: { sql: string; parameters: unknown[] };
  postgres: { sql: string; parameters: unknown[] };
}

const cases: Case[] = [
  {
    name: "text fields: LIKE with escapes, IN lists, negation",
    subject: 'person',
    cond: {"all": [{"field": "jobTitle", "op": "starts_with", "value": "Sr. 50%_Dir\\"}, {"field": "derivedSeniority", "op": "is_one_of", "value": ["VP", " vp ", "ＶＰ", "cxo"]}, {"not": {"field": "email", "op": "is", "value": "A@B.com"}}]},
    sqlite: {
      sql: String.raw`(("people"."job_title_norm" is not null and "people"."job_title_norm" like ? escape '\') and ("people"."derived_seniority" is not null and "people"."derived_seniority" in (?, ?)) and not ("people"."email_norm" = ?))`,
      parameters: ["sr. 50\\%\\_dir\\\\%", "vp", "cxo", "a@b.com"],
    },
    postgres: {
      sql: String.raw`(("people"."job_title_norm" is not null and "people"."job_title_norm" like $1 escape '\') and ("people"."derived_seniority" is not null and "people"."derived_seniority" in ($2, $3)) and not ("people"."email_norm" = $4))`,
      parameters: ["sr. 50\\%\\_dir\\\\%", "vp", "cxo", "a@b.com"],
    },
  },
  {
    name: "list fields: an element is / starts with one of, none is, the list is empty (|a|b| text)",
    subject: 'person',
    cond: {"all": [{"field": "derivedFunctions", "op": "is_one_of", "value": ["sales", "information_technology"]}, {"field": "derivedSpecialties", "op": "not_starts_with", "value": "data"}, {"not": {"field": "derivedSpecialties", "op": "is_empty"}}]},
    sqlite: {
      sql: String.raw`(("people"."derived_functions" is not null and ("people"."derived_functions" like ? escape '\' or "people"."derived_functions" like ? escape '\')) and not (("people"."derived_specialties" is not null and "people"."derived_specialties" like ? escape '\')) and not ("people"."derived_specialties" is null))`,
      parameters: ["%|sales|%", "%|information\\_technology|%", "%|data%"],
    },
    postgres: {
      sql: String.raw`(("people"."derived_functions" is not null and ("people"."derived_functions" like $1 escape '\' or "people"."derived_functions" like $2 escape '\')) and not (("people"."derived_specialties" is not null and "people"."derived_specialties" like $3 escape '\')) and not ("people"."derived_specialties" is null))`,
      parameters: ["%|sales|%", "%|information\\_technology|%", "%|data%"],
    },
  },
  {
    name: "is_empty and multi-value ends_with",
    subject: 'person',
    cond: {"any": [{"field": "department", "op": "is_empty"}, {"field": "email", "op": "ends_with", "value": ["@a.com", "@b.com"]}, {"field": "city", "op": "not_contains", "value": "x"}]},
    sqlite: {
      sql: String.raw`(("people"."department_norm" is null or "people"."department_norm" = '') or ("people"."email_norm" like ? escape '\' or "people"."email_norm" like ? escape '\') or not (("people"."city_norm" is not null and "people"."city_norm" like ? escape '\')))`,
      parameters: ["%@a.com", "%@b.com", "%x%"],
    },
    postgres: {
      sql: String.raw`(("people"."department_norm" is null or "people"."department_norm" = '') or ("people"."email_norm" like $1 escape '\' or "people"."email_norm" like $2 escape '\') or not (("people"."city_norm" is not null and "people"."city_norm" like $3 escape '\')))`,
      parameters: ["%@a.com", "%@b.com", "%x%"],
    },
  },
  {
    name: "custom text",
    subject: 'person',
    cond: {"field": "custom.region-code", "op": "is", "value": "EMEA"},
    sqlite: {
      sql: String.raw`coalesce(case when json_type("people"."custom_norm", ?) = 'text' then json_extract("people"."custom_norm", ?) end, '') = ?`,
      parameters: ["$.\"region-code\"", "$.\"region-code\"", "emea"],
    },
    postgres: {
      sql: String.raw`coalesce(case when jsonb_typeof("people"."custom_norm" -> $1::text) = 'string' then "people"."custom_norm" ->> $2::text end, '') = $3`,
      parameters: ["region-code", "region-code", "emea"],
    },
  },
  {
    name: "custom number",
    subject: 'account',
    cond: {"field": "custom.score", "type": "number", "op": "between", "value": [1, 2.5]},
    sqlite: {
      sql: String.raw`coalesce((case when json_type("accounts"."custom", ?) in ('integer', 'real') then json_extract("accounts"."custom", ?) end) between ? and ?, 0)`,
      parameters: ["$.\"score\"", "$.\"score\"", 1, 2.5],
    },
    postgres: {
      sql: String.raw`coalesce((case when jsonb_typeof("accounts"."custom" -> $1::text) = 'number' then ("accounts"."custom" ->> $2::text)::double precision end) between cast($3 as double precision) and cast($4 as double precision), false)`,
      parameters: ["score", "score", 1, 2.5],
    },
  },
  {
    name: "custom date",
    subject: 'account',
    cond: {"field": "custom.renewal", "type": "date", "op": "in_last_days", "value": 7},
    sqlite: {
      sql: String.raw`coalesce((case when json_type("accounts"."custom", ?) = 'text' and json_extract("accounts"."custom", ?) glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' then substr(json_extract("accounts"."custom", ?), 1, 10) end) between ? and ?, 0)`,
      parameters: ["$.\"renewal\"", "$.\"renewal\"", "$.\"renewal\"", "2025-03-08", "2025-03-15"],
    },
    postgres: {
      sql: String.raw`coalesce((case when ("accounts"."custom" ->> $1::text) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' then substr("accounts"."custom" ->> $2::text, 1, 10) end) collate "C" between $3 and $4, false)`,
      parameters: ["renewal", "renewal", "2025-03-08", "2025-03-15"],
    },
  },
  {
    name: "custom boolean",
    subject: 'person',
    cond: {"field": "custom.vip", "type": "boolean", "op": "is_false"},
    sqlite: {
      sql: String.raw`coalesce(json_type("people"."custom", ?) = 'false', 0)`,
      parameters: ["$.\"vip\""],
    },
    postgres: {
      sql: String.raw`"people"."custom" @> jsonb_build_object($1::text, false)`,
      parameters: ["vip"],
    },
  },
  {
    name: "built-in dates by UTC day",
    subject: 'person',
    cond: {"all": [{"field": "createdAt", "op": "eq", "value": "2025-03-01"}, {"field": "updatedAt", "op": "in_last_days", "value": 7}]},
    sqlite: {
      sql: String.raw`(("people"."created_at" >= ? and "people"."created_at" < ?) and ("people"."updated_at" >= ? and "people"."updated_at" <= ?))`,
      parameters: [1740787200000, 1740873600000, 1741435200000, 1742040000000],
    },
    postgres: {
      sql: String.raw`(("people"."created_at" >= $1 and "people"."created_at" < $2) and ("people"."updated_at" >= $3 and "people"."updated_at" <= $4))`,
      parameters: [1740787200000, 1740873600000, 1741435200000, 1742040000000],
    },
  },
  {
    name: "numbers: neq is the negation of eq; nullable columns are guarded",
    subject: 'account',
    cond: {"any": [{"field": "employees", "op": "neq", "value": 5}, {"field": "annualRevenue", "op": "is_empty"}]},
    sqlite: {
      sql: String.raw`(not (("accounts"."employees" is not null and "accounts"."employees" = ?)) or "accounts"."annual_revenue" is null)`,
      parameters: [5],
    },
    postgres: {
      sql: String.raw`(not (("accounts"."employees" is not null and "accounts"."employees" = cast($1 as double precision))) or "accounts"."annual_revenue" is null)`,
      parameters: [5],
    },
  },
  {
    name: "activity counts",
    subject: 'person',
    cond: {"all": [{"activity": {"type": ["email_opened", "form_filled"], "atLeast": 3, "inLastDays": 30}}, {"activity": {"type": "email_opened", "atLeast": 1, "inLastDays": 1}}]},
    sqlite: {
      sql: String.raw`((select count(*) from activities as act where act.person_id = "people"."id" and act.type in (?, ?) and act.occurred_at >= ? and act.occurred_at <= ?) >= ? and exists (select 1 from activities as act where act.person_id = "people"."id" and act.type = ? and act.occurred_at >= ? and act.occurred_at <= ?))`,
      parameters: ["email_opened", "form_filled", 1739448000000, 1742040000000, 3, "email_opened", 1741953600000, 1742040000000],
    },
    postgres: {
      sql: String.raw`((select count(*) from activities as act where act.person_id = "people"."id" and act.type in ($1, $2) and act.occurred_at >= $3 and act.occurred_at <= $4) >= $5 and exists (select 1 from activities as act where act.person_id = "people"."id" and act.type = $6 and act.occurred_at >= $7 and act.occurred_at <= $8))`,
      parameters: ["email_opened", "form_filled", 1739448000000, 1742040000000, 3, "email_opened", 1741953600000, 1742040000000],
    },
  },
  {
    name: "roleInAccount for one account",
    subject: 'person',
    cond: {"roleInAccount": {"op": "is_not", "value": "Budget owner"}},
    extra: {"accountId": "acc_1"},
    sqlite: {
      sql: String.raw`not (exists (select 1 from account_people as ap, json_each(ap.roles_norm) as r where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on > ?) and ap.account_id = ? and r.type = 'text' and r.value = ?))`,
      parameters: ["2025-03-15", "acc_1", "budget owner"],
    },
    postgres: {
      sql: String.raw`not (exists (select 1 from account_people as ap cross join lateral jsonb_array_elements(case when jsonb_typeof(ap.roles_norm) = 'array' then ap.roles_norm else '[]'::jsonb end) as r(role) where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on collate "C" > $1) and ap.account_id = $2 and jsonb_typeof(r.role) = 'string' and (r.role #>> '{}') = $3))`,
      parameters: ["2025-03-15", "acc_1", "budget owner"],
    },
  },
  {
    name: "roleInAccount is_empty over all active relations",
    subject: 'person',
    cond: {"roleInAccount": {"op": "is_empty"}},
    sqlite: {
      sql: String.raw`not (exists (select 1 from account_people as ap, json_each(ap.roles_norm) as r where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on > ?) and r.type = 'text' and r.value <> ''))`,
      parameters: ["2025-03-15"],
    },
    postgres: {
      sql: String.raw`not (exists (select 1 from account_people as ap cross join lateral jsonb_array_elements(case when jsonb_typeof(ap.roles_norm) = 'array' then ap.roles_norm else '[]'::jsonb end) as r(role) where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on collate "C" > $1) and jsonb_typeof(r.role) = 'string' and (r.role #>> '{}') <> ''))`,
      parameters: ["2025-03-15"],
    },
  },
  {
    name: "lists, personas inlined",
    subject: 'person',
    cond: {"any": [{"memberOfList": "lst_1"}, {"persona": "psn_1"}]},
    sqlite: {
      sql: String.raw`(exists (select 1 from account_people as ap inner join account_list_members as alm on alm.account_id = ap.account_id where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on > ?) and alm.list_id = ?) or ("people"."city_norm" is not null and "people"."city_norm" = ?))`,
      parameters: ["2025-03-15", "lst_1", "paris"],
    },
    postgres: {
      sql: String.raw`(exists (select 1 from account_people as ap inner join account_list_members as alm on alm.account_id = ap.account_id where ap.person_id = "people"."id" and (ap.ended_on is null or ap.ended_on collate "C" > $1) and alm.list_id = $2) or ("people"."city_norm" is not null and "people"."city_norm" = $3))`,
      parameters: ["2025-03-15", "lst_1", "paris"],
    },
  },
  {
    name: "account lists and hierarchy",
    subject: 'account',
    cond: {"all": [{"memberOfList": "lst_1"}, {"descendantOf": "acc_1"}]},
    sqlite: {
      sql: String.raw`(exists (select 1 from account_list_members as alm where alm.account_id = "accounts"."id" and alm.list_id = ?) and "accounts"."id" in (with recursive descendants(id) as (select c.id from accounts as c where c.parent_id = ? union select c.id from accounts as c inner join descendants as d on c.parent_id = d.id) select d.id from descendants as d))`,
      parameters: ["lst_1", "acc_1"],
    },
    postgres: {
      sql: String.raw`(exists (select 1 from account_list_members as alm where alm.account_id = "accounts"."id" and alm.list_id = $1) and "accounts"."id" in (with recursive descendants(id) as (select c.id from accounts as c where c.parent_id = $2 union select c.id from accounts as c inner join descendants as d on c.parent_id = d.id) select d.id from descendants as d))`,
      parameters: ["lst_1", "acc_1"],
    },
  },
  {
    name: "empty groups",
    subject: 'account',
    cond: {"all": [{"all": []}, {"not": {"any": []}}]},
    sqlite: {
      sql: String.raw`(1 = 1 and not (1 = 0))`,
      parameters: [],
    },
    postgres: {
      sql: String.raw`(1 = 1 and not (1 = 0))`,
      parameters: [],
    },
  },
];

describe('compiled condition SQL', () => {
  for (const engine of ['sqlite', 'postgres'] as const) {
    describe(engine, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
        expect(compile(engine, c.subject, c.cond, c.extra)).toEqual(c[engine]);
      });
    });
  }

  it('binds every value from the condition as a parameter, never as SQL text', () => {
    const evil = "x'); drop table people; --";
    const cond: Condition = {
      all: [
        { field: 'jobTitle', op: 'contains', value: evil },
        { field: `custom.evil`, op: 'is', value: evil },
        { roleInAccount: { op: 'is', value: evil } },
        { activity: { type: 'email_opened', atLeast: 2, inLastDays: 3 } },
        { memberOfList: `lst_${evil}` },
      ],
    };
    for (const engine of ['sqlite', 'postgres'] as const) {
      const { sql, parameters } = compile(engine, 'person', cond, { accountId: `acc_${evil}` });
      expect(sql).not.toContain('drop table');
      expect(parameters.filter((p) => typeof p === 'string' && p.includes('drop table')).length).toBe(5);
    }
  });

  it('refuses malformed custom keys and leaves that do not apply to the subject', () => {
    expect(() => compileCondition({ field: 'custom.a"b', op: 'is_empty' }, 'person', { engine: 'sqlite', now: NOW })).toThrow(/unknown person field/);
    expect(() => compileCondition({ descendantOf: 'acc_1' }, 'person', { engine: 'sqlite', now: NOW })).toThrow(/accounts only/);
    expect(() => compileCondition({ persona: 'psn_2' }, 'person', { engine: 'postgres', now: NOW, personas })).toThrow(/psn_2 does not exist/);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike(String.raw`50%_off\now`)).toBe(String.raw`50\%\_off\\now`);
  });
});
