import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { accountConditionDoc } from '../condition-input.ts';
import { builtinFields, MAX_CUSTOM_KEYS, BOOLEAN_OPS, DATE_OPS, NUMBER_OPS, SCORE_OPS, STRING_OPS } from '../../domain/conditions/index.ts';
import { RELATION_TYPES } from '../../domain/index.ts';
import {
  customFieldsInData,
  SAMPLE_ROWS,
  MAX_PREVIEW_SAMPLES,
  getAccountList,
  previewAccountCondition,
  getPersona,
  findReferrers,
} from '../../store/index.ts';
import { idParam } from '../schemas.ts';

const VALUE_TYPES = ['string', 'number', 'date', 'boolean'] as const;

const fieldOut = z
  .object({
    path: z.string().describe('What a condition’s `field` holds: a built-in field (jobTitle) or custom.<key>'),
    label: z.string(),
    type: z.enum(VALUE_TYPES).describe('For custom attributes: the type most stored values have; send it as the condition’s `type`'),
    operators: z.array(z.string()).describe('The operators that apply to the type'),
    values: z.array(z.string()).optional().describe('A closed set of values (normalised): other operands are refused'),
    group: z.enum(['person', 'derived', 'account', 'custom']),
    seen: z.number().int().optional().describe('Custom attributes: in how many sampled rows the key holds a value of that type'),
  })
  .meta({ id: 'ConditionField' });

const catalogueOut = z
  .object({
    subject: z.enum(['person', 'account']),
    fields: z.array(fieldOut),
    operators: z
      .object({ string: z.array(z.string()), number: z.array(z.string()), date: z.array(z.string()), boolean: z.array(z.string()), score: z.array(z.string()) })
      .describe('Operators by value type; `score` for buying-group completeness and engagement'),
    relationTypes: z.array(z.string()).describe('Values of people.relationType'),
    customKeysTruncated: z.boolean().describe(`True when more than ${MAX_CUSTOM_KEYS} custom attribute keys were found (the most frequent are listed)`),
    sampledRows: z.number().int().describe(`Custom attributes are read from the newest ${SAMPLE_ROWS} rows`),
  })
  .meta({ id: 'ConditionFields' });

const previewMember = z.object({ id: z.string(), name: z.string(), domain: z.string().nullable(), industry: z.string().nullable(), country: z.string().nullable() });
const previewOut = z
  .object({
    count: z.number().int().describe('Accounts the condition selects now'),
    samples: z.array(previewMember).describe(`The first ${MAX_PREVIEW_SAMPLES} of them by name`),
  })
  .meta({ id: 'AccountListPreview' });

const referrerOut = z
  .object({
    entityType: z.enum(['persona', 'roles_template', 'account_list']),
    id: z.string(),
    name: z.string(),
    roleName: z.string().optional().describe('Roles templates: the role whose condition holds the reference'),
  })
  .meta({ id: 'ConditionReferrer' });
const MAX_REFERRERS = 50;
const referrersOut = z.object({ data: z.array(referrerOut).describe(`At most ${MAX_REFERRERS}`) });

export function conditionRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/personas/:id/references',
    {
      schema: {
        tags: ['personas'],
        summary: 'Where a persona is used: the stored conditions that refer to it',
        description: `The personas, roles-template roles and dynamic account lists whose conditions name this persona directly (at most ${MAX_REFERRERS}): while there are any, deleting the persona is refused (409 in_use).`,
        params: idParam('psn', 'persona'),
        response: { 200: referrersOut },
      },
    },
    async (req) => {
      await getPersona(db, req.params.id);
      return { data: await findReferrers(db, 'persona', req.params.id, MAX_REFERRERS) };
    },
  );

  api.get(
    '/account-lists/:id/references',
    {
      schema: {
        tags: ['account lists'],
        summary: 'Where an account list is used: the stored conditions that refer to it',
        description: `The personas, roles-template roles and dynamic account lists whose conditions name this list (memberOfList), at most ${MAX_REFERRERS}: while there are any, deleting the list is refused (409 in_use). Solution interests that follow the list are at GET /solution-interests/{id}/audiences.`,
        params: idParam('lst', 'account list'),
        response: { 200: referrersOut },
      },
    },
    async (req) => {
      await getAccountList(db, req.params.id);
      return { data: await findReferrers(db, 'list', req.params.id, MAX_REFERRERS) };
    },
  );

  api.get(
    '/condition-fields',
    {
      schema: {
        tags: ['conditions'],
        summary: 'The attributes a condition can test, for condition editors',
        description:
          `The built-in fields of the subject (person: contact fields and the derived seniority, function and engagement score; account: company fields) with their type, operators and closed sets of values, ` +
          `then the custom attributes found in the data (custom.<key>) with the type most of their values have — read from the newest ${SAMPLE_ROWS} people or accounts, at most ${MAX_CUSTOM_KEYS} keys (the most frequent). ` +
          'Personas, lists, activity types, roles and solution interests come from their own endpoints.',
        querystring: z.strictObject({ subject: z.enum(['person', 'account']).describe('person (roles, personas) or account (dynamic lists, Browse)') }),
        response: { 200: catalogueOut },
      },
    },
    async (req) => {
      const subject = req.query.subject;
      const custom = await customFieldsInData(db, subject);
      return {
        subject,
        fields: [...builtinFields(subject), ...custom.fields].map(({ values, operators, ...f }) => ({ ...f, operators: [...operators], ...(values ? { values: [...values] } : {}) })),
        operators: { string: [...STRING_OPS], number: [...NUMBER_OPS], date: [...DATE_OPS], boolean: [...BOOLEAN_OPS], score: [...SCORE_OPS] },
        relationTypes: [...RELATION_TYPES],
        customKeysTruncated: custom.truncated,
        sampledRows: custom.sampledRows,
      };
    },
  );

  api.post(
    '/account-lists/preview',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['account lists'],
        summary: 'Preview a dynamic list: how many accounts an account condition selects now, and the first of them',
        description:
          `Evaluates the condition exactly as a dynamic list’s /members and memberCount do (the same compiled SQL), without saving anything: the count and the first ${MAX_PREVIEW_SAMPLES} accounts by name. ` +
          'An invalid condition is a 400 invalid_condition naming each place (/condition/…). Viewers may call it (it changes nothing).',
        body: z.strictObject({ condition: accountConditionDoc }).meta({ id: 'AccountListPreviewRequest' }),
        response: { 200: previewOut },
      },
    },
    async (req) => {
      const p = await previewAccountCondition(db, req.body.condition, ctx.clock.now());
      return { count: p.count, samples: p.samples.map(({ addedAt: _a, ...s }) => s) };
    },
  );
}
