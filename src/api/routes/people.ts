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
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES, DERIVED_SPECIALTIES, titleEvidence } from '../../domain/people/index.ts';
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
    explicitSeniority: z.enum(DERIVED_SENIORITIES).nullable().describe('Set by a user or an import; wins over the seniority derived from the title (null: none set)'),
    explicitFunction: z.enum(DERIVED_FUNCTIONS).nullable().describe('Set by a user or an import; wins over the derived primary function (null: none set)'),
    derivedSeniority: z
      .enum(DERIVED_SENIORITIES)
      .nullable()
      .describe(`The seniority that applies (LinkedIn's ten levels): the explicit one, else the title classifier's — ${DERIVED_SENIORITIES.join(', ')}`),
    derivedSenioritySource: z.enum(['explicit', 'derived']).describe('explicit: set by a user or an import; derived: read from the job title'),
    derivedFunction: z.enum(DERIVED_FUNCTIONS).nullable().describe("The primary function (LinkedIn's 26): the explicit one, else the strongest the job title (or the department) names"),
    derivedFunctionSource: z.enum(['explicit', 'derived']).describe('explicit: set by a user or an import; derived: read from the job title'),
    derivedFunctions: z.array(z.enum(DERIVED_FUNCTIONS)).describe('Every function, strongest first (an explicit function leads)'),
    derivedSpecialties: z.array(z.enum(DERIVED_SPECIALTIES)).describe(`Finer specialties read from the job title: ${DERIVED_SPECIALTIES.join(', ')}`),
    titleConfidence: z.number().describe("The title classifier's confidence in its reading of the job title, 0–1 (0: no title)"),
    engagementScore: z.number(),
    provenance: z
      .object({
        source: z.string().describe('provider: acquired from a contact data provider by a fill-gaps run'),
        provider: z.string().nullable().describe('e.g. zoominfo'),
        providerId: z.string().nullable().describe("The provider's id of the contact"),
        fetchedAt: z.string().nullable().describe('When the provider supplied the data'),
      })
      .nullable()
      .describe('Where the person came from when a data provider supplied them; null for people entered, imported or created through the API'),
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
  explicitSeniority: z.enum(DERIVED_SENIORITIES).nullable().optional().describe('Sets the seniority explicitly (it wins over the derived one); null clears it, so the derived value applies again'),
  explicitFunction: z.enum(DERIVED_FUNCTIONS).nullable().optional().describe('Sets the primary function explicitly (it wins over the derived one); null clears it'),
};

const personCreate = z.strictObject(personFields).meta({ id: 'PersonCreate' });
const personPatch = z.strictObject({ ...personFields, email: email.optional() }).meta({ id: 'PersonUpdate' });

export function personOutOf(p: Person): z.infer<typeof personOut> {
  const provenance = p.provenance ? { ...p.provenance, fetchedAt: toIsoOrNull(p.provenance.fetchedAt) } : null;
  return { ...(p as Omit<Person, 'derivedSeniority' | 'provenance'>), ...narrowDerived(p), provenance, createdAt: toIso(p.createdAt), updatedAt: toIso(p.updatedAt) };
}

/** The stored ids are the taxonomy's (written only by personColumns / the rederive). */
function narrowDerived(p: Person): Pick<z.infer<typeof personOut>, 'derivedSeniority' | 'derivedFunction' | 'derivedFunctions' | 'derivedSpecialties' | 'explicitSeniority' | 'explicitFunction'> {
  type Out = z.infer<typeof personOut>;
  return {
    derivedSeniority: p.derivedSeniority as Out['derivedSeniority'],
    derivedFunction: p.derivedFunction as Out['derivedFunction'],
    derivedFunctions: p.derivedFunctions as Out['derivedFunctions'],
    derivedSpecialties: p.derivedSpecialties as Out['derivedSpecialties'],
    explicitSeniority: p.explicitSeniority as Out['explicitSeniority'],
    explicitFunction: p.explicitFunction as Out['explicitFunction'],
  };
}

const evidenceOut = z
  .object({
    token: z.string().optional().describe('The word or phrase of the title that decided'),
    rule: z.string().optional().describe('The rule that decided (when no single word did)'),
    effect: z.string().describe('What it decided, e.g. "s:director" (seniority), "f:sales" (function), "x:security" (specialty)'),
    weight: z.number(),
  })
  .meta({ id: 'TitleEvidence' });

const personDetailOut = personOut
  .extend({ titleEvidence: z.array(evidenceOut).describe("The title classifier's evidence for the job title: why the derived values are what they are") })
  .meta({ id: 'PersonDetail' });

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
    explicitSeniority: b.explicitSeniority ?? null,
    explicitFunction: b.explicitFunction ?? null,
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

  api.post('/people', { schema: { tags, summary: 'Create a person', description: 'Creates a person. E-mails are unique regardless of case (409 duplicate). Seniority, functions and specialties are derived from the job title and department by the title classifier; explicitSeniority / explicitFunction win over them. The ETag header carries its version.', body: personCreate, response: { 201: personOut } } }, async (req, reply) => {
    const person = await createPerson(db, actorOf(req), fieldsOf(req.body), ctx.clock.now());
    setEtag(reply, person.version);
    return reply.status(201).send(personOutOf(person));
  });

  api.get('/people/:id', { schema: { tags, summary: 'Get a person', description: 'One person with the seniority and functions that apply (explicit or derived from the title, with their source), the title classifier’s confidence and evidence, and their engagement score. The ETag header carries its version.', params: personId, response: { 200: personDetailOut } } }, async (req, reply) => {
    const person = await getPerson(db, req.params.id);
    setEtag(reply, person.version);
    return { ...personOutOf(person), titleEvidence: titleEvidence(person.jobTitle).map((e) => ({ ...e })) };
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
