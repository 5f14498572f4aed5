import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { customAttributes, idParam, isoTime, optText, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import {
  listPersonBuyingGroups,
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
  type Person,
  type PersonFields,
} from '../../store/index.ts';
import { MEMBER_SOURCES } from '../../domain/assignment/index.ts';
import { utcDay } from '../../domain/index.ts';
import { boolQuery } from '../params.ts';
import { deletePersonAndMemberships } from '../../engine/index.ts';

export const personOut = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    seniority: z.string().nullable(),
    phone: z.string().nullable(),
    country: z.string().nullable(),
    state: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    externalId: z.string().nullable(),
    emailInvalid: z.boolean(),
    emailSuspended: z.boolean(),
    unsubscribed: z.boolean(),
    custom: z.record(z.string(), z.unknown()),
    derivedSeniority: z.string().nullable().describe('Derived from the job title: c-level, vp, director, manager, individual contributor'),
    derivedFunction: z.string().nullable().describe('Derived from the job title and department, e.g. it, security, marketing'),
    engagementScore: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; send it back in If-Match (optional for people)'),
  })
  .meta({ id: 'Person' });

const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ pattern: z.regexes.unicodeEmail, message: 'must be a valid email address' }));

const personFields = {
  email,
  firstName: optText(100),
  lastName: optText(100),
  jobTitle: optText(255),
  department: optText(255),
  seniority: optText(100),
  phone: optText(50),
  country: optText(100),
  state: optText(100),
  city: optText(100),
  postalCode: optText(20),
  externalId: optText(255),
  emailInvalid: z.boolean().optional(),
  emailSuspended: z.boolean().optional(),
  unsubscribed: z.boolean().optional(),
  custom: customAttributes.optional(),
};

const personCreate = z.strictObject(personFields).meta({ id: 'PersonCreate' });
const personPatch = z.strictObject({ ...personFields, email: email.optional() }).meta({ id: 'PersonUpdate' });

export function personOutOf(p: Person): z.infer<typeof personOut> {
  return { ...p, createdAt: toIso(p.createdAt), updatedAt: toIso(p.updatedAt) };
}

function fieldsOf(b: z.infer<typeof personCreate>): PersonFields {
  return {
    email: b.email,
    firstName: b.firstName ?? null,
    lastName: b.lastName ?? null,
    jobTitle: b.jobTitle ?? null,
    department: b.department ?? null,
    seniority: b.seniority ?? null,
    phone: b.phone ?? null,
    country: b.country ?? null,
    state: b.state ?? null,
    city: b.city ?? null,
    postalCode: b.postalCode ?? null,
    externalId: b.externalId ?? null,
    emailInvalid: b.emailInvalid ?? false,
    emailSuspended: b.emailSuspended ?? false,
    unsubscribed: b.unsubscribed ?? false,
    custom: b.custom ?? {},
  };
}

function patchOf(b: z.infer<typeof personPatch>): Partial<PersonFields> {
  const out: Partial<PersonFields> = {};
  for (const [k, v] of Object.entries(b)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const personMembershipOut = z
  .object({
    buyingGroupId: z.string(),
    buyingGroupName: z.string(),
    active: z.boolean().describe('Whether the group is active (its account is in a followed audience)'),
    stage: z.string().nullable(),
    accountId: z.string(),
    accountName: z.string(),
    solutionInterestId: z.string(),
    solutionInterestName: z.string(),
    roleId: z.string(),
    roleName: z.string(),
    source: z.enum(MEMBER_SOURCES).describe('Who set the membership (or the removal) last: manual, journey, import, rule, suggestion'),
    removed: z.boolean().describe('A removed membership is remembered so that weaker sources do not add the person again'),
    personEngagement: z.number().describe('The person’s engagement score (0–100, exact); the group’s engagement sums it weighted by the role share'),
    personEngagementDisplay: z.number().int().describe('The person’s engagement score as displayed: a whole percentage, rounded half up'),
    addedAt: isoTime,
    removedAt: isoTime.nullable(),
  })
  .meta({ id: 'PersonBuyingGroup' });

const tags = ['people'];
const personId = idParam('per', 'person');
const ifMatch = ifMatchHeader('data');

export function peopleRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'List people',
        description:
          'People, filtered by free text (email, names, job title), email, department, derived seniority or function, or an active relation to an account. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('email, createdAt, updatedAt or engagementScore; prefix - for descending'),
          q: z.string().max(200).optional().describe('Free text in email, first/last name or job title'),
          accountId: z.string().optional().describe('People with an active relation to this account (an unknown id is a 400)'),
          email: z.string().optional(),
          department: z.string().optional(),
          derivedSeniority: z.string().optional(),
          derivedFunction: z.string().optional(),
        }),
        response: { 200: pageOf(personOut) },
      },
    },
    async (req) => {
      const page = await listPeople(db, req.query, utcDay(ctx.clock.now()));
      return { data: page.data.map(personOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post('/people', { schema: { tags, summary: 'Create a person', description: 'Creates a person. E-mails are unique regardless of case (409 duplicate). Seniority and function are derived from the job title and department. The ETag header carries its version.', body: personCreate, response: { 201: personOut } } }, async (req, reply) => {
    const person = await createPerson(db, actorOf(req), fieldsOf(req.body), ctx.clock.now());
    setEtag(reply, person.version);
    return reply.status(201).send(personOutOf(person));
  });

  api.get('/people/:id', { schema: { tags, summary: 'Get a person', description: 'One person with derived seniority and function and their engagement score. The ETag header carries its version.', params: personId, response: { 200: personOut } } }, async (req, reply) => {
    const person = await getPerson(db, req.params.id);
    setEtag(reply, person.version);
    return personOutOf(person);
  });

  api.get(
    '/people/:id/buying-groups',
    {
      schema: {
        tags,
        summary: 'The buying groups of a person: role, source, group, account, solution interest, engagement (removed memberships included unless filtered)',
        description:
          'Every membership of the person, current and removed (removed=false: current ones only), with the role, the source that set it, the group (name, active, stage), its account and solution interest, and the person’s engagement. 404 for an unknown person; viewers may read it.',
        params: personId,
        querystring: z.strictObject({
          ...pageQuery,
          removed: boolQuery.describe('false: current memberships only; true: removed ones only'),
          solutionInterestId: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(personMembershipOut) },
      },
    },
    async (req) => {
      const page = await listPersonBuyingGroups(db, req.params.id, req.query);
      return { data: page.data.map((m) => ({ ...m, addedAt: toIso(m.addedAt), removedAt: toIsoOrNull(m.removedAt) })), nextCursor: page.nextCursor };
    },
  );

  api.patch(
    '/people/:id',
    { schema: { tags, summary: 'Update a person (only the fields sent; null clears)', description: 'Changes only the fields sent; null (or "") clears a field. Buying groups of the person’s accounts are reconciled in the same transaction (the person may join, leave or change role). If-Match is optional (412 when stale, naming the current version).', params: personId, headers: ifMatch, body: personPatch, response: { 200: personOut } } },
    async (req, reply) => {
      const person = await updatePerson(db, actorOf(req), req.params.id, patchOf(req.body), ctx.clock.now(), expectedVersion(req, 'data'));
      setEtag(reply, person.version);
      return personOutOf(person);
    },
  );

  api.delete(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Delete a person with their relations and activities (refused while in a buying group, unless force=true)',
        description:
          'Without `force`, a person who is a current member of a buying group is refused (409 in_use): remove them from their groups first (GET /people/{id}/buying-groups lists them), or send `force=true`. ' +
          'With `force=true` the person is removed from every buying group (a member_removed event each, reason person_deleted; scores refreshed) and deleted, in one transaction, with one audit entry listing the memberships removed. ' +
          'If-Match is optional (412 when stale, naming the current version).',
        params: personId,
        headers: ifMatch,
        querystring: z.strictObject({ force: boolQuery.describe('true: also remove the person from their buying groups, in the same transaction') }),
      },
    },
    async (req, reply) => {
      if (req.query.force) await deletePersonAndMemberships(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      else await deletePerson(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      return reply.status(204).send();
    },
  );
}
