import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { dateOnly, idParam, pageOf, pageQuery, toIso } from '../schemas.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import {
  createRelation,
  deleteRelation,
  getRelation,
  isActive,
  listRelations,
  updateRelation,
  type Relation,
  type RelationFields,
} from '../../store/index.ts';
import { utcDay } from '../../domain/index.ts';

const relationOut = z
  .object({
    id: z.string(),
    accountId: z.string(),
    personId: z.string(),
    relationType: z.enum(['employee', 'contractor']),
    roles: z.array(z.string()),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    active: z.boolean().describe('False once endedOn has passed: the person left the account'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; send it back in If-Match (optional for relations)'),
  })
  .meta({ id: 'Relation' });

const editable = {
  relationType: z.enum(['employee', 'contractor']).optional(),
  roles: z.array(z.string().trim().min(1, 'must not be empty').max(100)).max(20).optional().describe('The person’s roles in the account'),
  startedOn: dateOnly.nullable().optional(),
  endedOn: dateOnly.nullable().optional().describe('Set when the person left the account'),
};
const relationCreate = z
  .strictObject({
    accountId: z.string().regex(/^acc_/, 'must be an account id (acc_…)'),
    personId: z.string().regex(/^per_/, 'must be a person id (per_…)'),
    ...editable,
  })
  .meta({ id: 'RelationCreate' });
const relationPatch = z.strictObject(editable).meta({ id: 'RelationUpdate' });

const tags = ['relations'];
const relationId = idParam('rel', 'relation');
const ifMatch = ifMatchHeader('data');

export function relationRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const out = (r: Relation) => ({ ...r, active: isActive(r, utcDay(ctx.clock.now())), createdAt: toIso(r.createdAt), updatedAt: toIso(r.updatedAt) });

  api.get(
    '/relations',
    {
      schema: {
        tags,
        summary: 'List account–person relations',
        description:
          'Relations between people and accounts, filtered by account, person, type or whether they are active (no end date, or one still ahead). Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          accountId: z.string().optional().describe('Relations of this account (an unknown id is a 400)'),
          personId: z.string().optional().describe('Relations of this person (an unknown id is a 400)'),
          relationType: z.enum(['employee', 'contractor']).optional(),
          active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        }),
        response: { 200: pageOf(relationOut) },
      },
    },
    async (req) => {
      const page = await listRelations(db, req.query, utcDay(ctx.clock.now()));
      return { data: page.data.map(out), nextCursor: page.nextCursor };
    },
  );

  api.post('/relations', { schema: { tags, summary: 'Relate a person to an account', description: 'Relates a person to an account (employee or contractor), at most one relation per pair (409 duplicate). The account’s buying groups are reconciled in the same transaction. The ETag header carries its version.', body: relationCreate, response: { 201: relationOut } } }, async (req, reply) => {
    const { accountId, personId, ...rest } = req.body;
    const fields: RelationFields = {
      relationType: rest.relationType ?? 'employee',
      roles: rest.roles ?? [],
      startedOn: rest.startedOn ?? null,
      endedOn: rest.endedOn ?? null,
    };
    const relation = await createRelation(db, actorOf(req), accountId, personId, fields, ctx.clock.now());
    setEtag(reply, relation.version);
    return reply.status(201).send(out(relation));
  });

  api.get('/relations/:id', { schema: { tags, summary: 'Get a relation', description: 'One relation; active tells whether the person still works there. The ETag header carries its version.', params: relationId, response: { 200: relationOut } } }, async (req, reply) => {
    const relation = await getRelation(db, req.params.id);
    setEtag(reply, relation.version);
    return out(relation);
  });

  api.patch(
    '/relations/:id',
    { schema: { tags, summary: 'Update a relation (e.g. set endedOn when the person leaves)', description: 'Changes type, roles in the account or dates; setting endedOn in the past makes the person leave the account’s buying groups in the same transaction. If-Match is optional (412 when stale, naming the current version).', params: relationId, headers: ifMatch, body: relationPatch, response: { 200: relationOut } } },
    async (req, reply) => {
      const patch: Partial<RelationFields> = {};
      for (const [k, v] of Object.entries(req.body)) if (v !== undefined) (patch as Record<string, unknown>)[k] = v;
      const relation = await updateRelation(db, actorOf(req), req.params.id, patch, ctx.clock.now(), expectedVersion(req, 'data'));
      setEtag(reply, relation.version);
      return out(relation);
    },
  );

  api.delete('/relations/:id', { schema: { tags, summary: 'Delete a relation', description: 'Deletes the relation; the account’s buying groups are reconciled in the same transaction. If-Match is optional (412 when stale, naming the current version).', params: relationId, headers: ifMatch } }, async (req, reply) => {
    await deleteRelation(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
    return reply.status(204).send();
  });
}
