/**
 * Read-only views of running journeys (issue 12), for the journey details page and the account
 * page: per-node counters (entered, waiting here, passed), the accounts behind one node's counter
 * (cursor-paged), and an account's journey timeline (entries with their moves).
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { idParam, isoTime, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { QuorumError } from '../../domain/index.ts';
import { JOURNEY_STATUSES } from '../../domain/journeys/index.ts';
import { accountJourneys, getJourney, journeyCounters, journeyEntryCounts, nodeAccountsPage } from '../../store/index.ts';

const tags = ['journeys'];

const countersOut = z
  .object({
    journeyId: z.string(),
    entered: z.number().int().describe('Entries so far (an account entering twice counts twice)'),
    active: z.number().int().describe('Entries still inside the journey'),
    nodes: z.array(
      z.object({
        nodeId: z.string(),
        entered: z.number().int().describe('Arrivals at the node'),
        waitingHere: z.number().int().describe('Accounts (or people-split paths) at the node now'),
        passed: z.number().int().describe('Departures from the node'),
      }),
    ),
  })
  .meta({ id: 'JourneyCounters' });

const NODE_FILTERS = ['entered', 'waitingHere', 'passed'] as const;

const nodeAccountOut = z
  .object({
    accountId: z.string(),
    accountName: z.string(),
    enrollmentId: z.string(),
    entryNumber: z.number().int(),
    at: isoTime.describe('When it arrived at the node (entered, waitingHere) or first left it (passed)'),
  })
  .meta({ id: 'JourneyNodeAccount' });

const moveOut = z.object({
  from: z.string().nullable().describe('null: the entry itself'),
  to: z.string().nullable().describe('null: the path ended here'),
  at: isoTime,
  via: z.string().describe('enter, next, path, other, no_match, wake, event, timeout, ok, error, merge, split or skipped'),
  detail: z.string().nullable().describe('A path index, an event id, the entry number, or why an action was skipped'),
  tokenId: z.string().describe('"t" for the account; other ids for the paths of a people split'),
});

const accountJourneyOut = z
  .object({
    journeyId: z.string(),
    journeyName: z.string(),
    journeyStatus: z.enum(JOURNEY_STATUSES),
    enrollmentId: z.string(),
    entryNumber: z.number().int(),
    status: z.enum(['active', 'completed']),
    enteredAt: isoTime,
    endedAt: isoTime.nullable(),
    moves: z.array(moveOut),
  })
  .meta({ id: 'AccountJourneyEntry' });

const nodeParams = z.strictObject({
  id: idParam('jny', 'journey').shape.id,
  nodeId: z.string().max(64),
});

export function journeyRunRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/journeys/:id/counters',
    {
      schema: {
        tags,
        summary: 'Per-node counters of a journey: entered, waiting here, passed',
        description:
          'For every node of the journey (in definition order): how many arrived at it, how many are there now (waiting, listening, awaiting a result, at a merge) and how many left it; with the journey\'s entries so far and those still inside. A Draft has zeros everywhere. 404 for an unknown journey.',
        params: idParam('jny', 'journey'),
        response: { 200: countersOut },
      },
    },
    async (req) => {
      const j = await getJourney(db, req.params.id);
      const nodes = await journeyCounters(db, j.id, j.definition.nodes.map((n) => n.id));
      const totals = (await journeyEntryCounts(db, [j.id])).get(j.id)!;
      return { journeyId: j.id, ...totals, nodes };
    },
  );

  api.get(
    '/journeys/:id/nodes/:nodeId/accounts',
    {
      schema: {
        tags,
        summary: 'The accounts behind one node counter (drill-down)',
        description:
          'One row per entry (account and entry number) that entered the node (filter=entered, the default), is there now (waitingHere) or left it (passed), in account-id order. 404 for an unknown journey or a node the journey does not have. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: nodeParams,
        querystring: z.strictObject({ ...pageQuery, filter: z.enum(NODE_FILTERS).default('entered').describe('Which counter: entered, waitingHere or passed') }),
        response: { 200: pageOf(nodeAccountOut) },
      },
    },
    async (req) => {
      const j = await getJourney(db, req.params.id);
      if (!j.definition.nodes.some((n) => n.id === req.params.nodeId)) {
        throw QuorumError.field('not_found', '/nodeId', `journey "${j.name}" has no node ${req.params.nodeId}`);
      }
      const page = await nodeAccountsPage(db, j.id, req.params.nodeId, req.query.filter, req.query);
      return { data: page.data.map((r) => ({ ...r, at: toIso(r.at) })), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/accounts/:id/journeys',
    {
      schema: {
        tags,
        summary: "An account's journey timeline",
        description:
          'The account\'s entries into journeys, newest first (at most `limit`, 1–200, default 50), each with the journey, the entry number, whether it is still inside, and every move from node to node with its time and reason. 404 for an unknown account.',
        params: idParam('acc', 'account'),
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50).describe('At most this many entries (1–200, default 50)') }),
        response: { 200: z.object({ data: z.array(accountJourneyOut) }) },
      },
    },
    async (req) => {
      const entries = await accountJourneys(db, req.params.id, req.query.limit);
      return {
        data: entries.map((e) => ({
          ...e,
          enteredAt: toIso(e.enteredAt),
          endedAt: toIsoOrNull(e.endedAt),
          moves: e.moves.map((m) => ({ from: m.from, to: m.to, at: toIso(m.at), via: m.via, detail: m.detail ?? null, tokenId: m.tokenId })),
        })),
      };
    },
  );
}
