/**
 * Explain and dry run (issue 3):
 *   GET  /buying-groups/{id}/members/{personId}/explain   why a person holds a role, or why not
 *   POST /roles-templates/{id}/preview                    what a creation job with this template would do, writing nothing
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { toIso, toIsoOrNull } from '../schemas.ts';
import { personConditionDoc } from '../condition-input.ts';
import {
  explainMember,
  type MemberExplanation,
  MAX_PREVIEW_ACCOUNT_IDS,
  previewTemplate,
  SAMPLES_PER_ROLE,
  DIFF_ITEMS_LISTED,
  type Preview,
  MAX_DESCENDANT_DEPTH,
} from '../../engine/index.ts';
import { MEMBER_SOURCES } from '../../domain/assignment/index.ts';
import { rolesArray } from './roles-templates.ts';

const sources = z.enum(MEMBER_SOURCES);

const NODE_KINDS = ['all', 'any', 'not', 'field', 'activity', 'persona', 'memberOfList', 'roleInAccount', 'descendantOf'] as const;

/** Explanation (domain/conditions/evaluate.ts) as the API shows it. */
interface ExplanationNode {
  kind: (typeof NODE_KINDS)[number];
  matched: boolean;
  sentence: string;
  field?: string | undefined;
  op?: string | undefined;
  value?: unknown;
  actual?: unknown;
  types?: string[] | undefined;
  atLeast?: number | undefined;
  inLastDays?: number | undefined;
  personaId?: string | undefined;
  listId?: string | undefined;
  via?: string[] | undefined;
  accountId?: string | undefined;
  child?: ExplanationNode | undefined;
  children?: ExplanationNode[] | undefined;
}

// Recursive through getters (zod 4): OpenAPI gets one named component that refers to itself.
const explanationOut = z
  .object({
    kind: z.enum(NODE_KINDS),
    matched: z.boolean(),
    sentence: z.string().describe('The test, its result and the value(s) it saw'),
    field: z.string().optional(),
    op: z.string().optional(),
    value: z.unknown().optional(),
    actual: z.unknown().optional().describe('The value seen: the stored value as entered (field), the count (activity), the roles or accounts (roleInAccount, memberOfList)'),
    types: z.array(z.string()).optional(),
    atLeast: z.number().optional(),
    inLastDays: z.number().optional(),
    personaId: z.string().optional(),
    listId: z.string().optional(),
    via: z.array(z.string()).optional(),
    accountId: z.string().optional(),
    get child(): z.ZodOptional<z.ZodType<ExplanationNode>> {
      return explanationOut.optional();
    },
    get children(): z.ZodOptional<z.ZodArray<z.ZodType<ExplanationNode>>> {
      return z.array(explanationOut).optional();
    },
  })
  .meta({ id: 'ConditionExplanation', description: 'A condition evaluated for one person: every node with its result, leaves with the values they saw' });

const roleExplanationOut = z
  .object({
    priority: z.number().int().describe('1 = highest priority'),
    roleId: z.string(),
    roleName: z.string(),
    autoAssign: z.boolean(),
    condition: personConditionDoc.nullable(),
    conditionText: z.string().nullable().describe('The condition in words'),
    matched: z.boolean().nullable().describe('Whether the condition holds; null when the role is not assigned by conditions'),
    outcome: z.enum(['first_match', 'also_matched', 'not_matched', 'not_auto_assigned']).describe('first_match: the role rules give; also_matched: held, but a higher-priority role came first'),
    reason: z.string().describe('What held or failed, with the values seen'),
    explanation: explanationOut.nullable(),
    viaAccountId: z.string().nullable().describe('The account whose relation the condition was evaluated through (role in account reads it)'),
  })
  .meta({ id: 'RoleExplanation' });

const explainOut = z
  .object({
    buyingGroupId: z.string(),
    buyingGroupName: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    solutionInterestId: z.string(),
    templateId: z.string(),
    templateName: z.string(),
    person: z.object({ id: z.string(), email: z.string(), firstName: z.string().nullable(), lastName: z.string().nullable(), jobTitle: z.string().nullable() }),
    evaluatedAt: z.string(),
    descendantDepth: z.number().int().describe("How far below the group's account rules look for people: the solution interest's stored scope (see the creation job's options), else 0"),
    considered: z.boolean().describe('Whether rules consider the person: an active relation with the account (or a descendant in scope)'),
    relations: z.array(
      z.object({ accountId: z.string(), accountName: z.string(), depth: z.number().int(), endedOn: z.string().nullable(), active: z.boolean(), roles: z.array(z.string()) }),
    ),
    membership: z
      .object({
        roleId: z.string(),
        roleName: z.string(),
        source: sources,
        removed: z.boolean(),
        addedAt: z.string(),
        removedAt: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable()
      .describe('The stored membership (null: never a member)'),
    ruleRole: z.object({ roleId: z.string(), roleName: z.string() }).nullable().describe('The role rules give now'),
    matchedRoleIds: z.array(z.string()).describe('Every auto-assigned role whose condition holds, in priority order; the first one wins'),
    decision: z.object({
      kind: z.enum(['in_sync', 'agrees_with_stronger_source', 'kept_by_stronger_source', 'removed_by_stronger_source', 'would_add', 'would_change_role', 'would_remove']),
      decidedBy: sources.nullable().describe('The stronger source whose decision stands against the rules'),
      change: z.record(z.string(), z.unknown()).nullable().describe('The change rules would make at the next refresh'),
    }),
    roles: z.array(roleExplanationOut).describe('Every role definition of the template, in priority order'),
    summary: z.string(),
  })
  .meta({ id: 'MemberExplanation' });

function explainOutOf(x: MemberExplanation): z.infer<typeof explainOut> {
  return {
    ...x,
    evaluatedAt: toIso(x.evaluatedAt),
    membership: x.membership ? { ...x.membership, addedAt: toIso(x.membership.addedAt), removedAt: toIsoOrNull(x.membership.removedAt), updatedAt: toIso(x.membership.updatedAt) } : null,
    roles: x.roles.map((r) => ({ ...r, explanation: r.explanation as ExplanationNode | null })),
    decision: { ...x.decision, change: x.decision.change as Record<string, unknown> | null },
  };
}

const previewIn = z
  .strictObject({
    audienceId: z.string().regex(/^lst_/, 'must be an account list id (lst_…)').optional().describe('The audience (account list) a job would run over'),
    accountIds: z
      .array(z.string().regex(/^acc_/, 'must be an account id (acc_…)'))
      .min(1, 'list at least one account')
      .max(MAX_PREVIEW_ACCOUNT_IDS, `at most ${MAX_PREVIEW_ACCOUNT_IDS} account ids per preview; use an audience for more`)
      .optional()
      .describe(`Or explicit accounts (at most ${MAX_PREVIEW_ACCOUNT_IDS})`),
    solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)').optional().describe("Diff against the current membership of this solution interest's buying groups"),
    descendantDepth: z
      .number()
      .int()
      .min(0)
      .max(MAX_DESCENDANT_DEPTH)
      .optional()
      .describe("Also consider people of descendant accounts down to this depth (as the job option). Default: the solution interest's stored scope (the depth its jobs and maintenance use) when solutionInterestId is given and it follows an audience, else 0"),
    roles: rolesArray
      .optional()
      .describe(
        'The role definitions as being edited (unsaved), evaluated instead of the stored ones: validated exactly like a template save (400 at /roles/i/… for an invalid one); nothing is written. Without it the stored definitions are used.',
      ),
  })
  .superRefine((b, ctx) => {
    if (b.audienceId !== undefined && b.accountIds !== undefined) ctx.addIssue({ code: 'custom', path: ['accountIds'], message: 'send either audienceId or accountIds, not both' });
    if (b.audienceId === undefined && b.accountIds === undefined) ctx.addIssue({ code: 'custom', path: ['audienceId'], message: `send audienceId (an account list) or accountIds (at most ${MAX_PREVIEW_ACCOUNT_IDS} accounts)` });
  })
  .meta({ id: 'RolesTemplatePreviewRequest' });

const diffItem = z.object({
  accountId: z.string(),
  personId: z.string(),
  email: z.string(),
  roleId: z.string().nullable(),
  fromRoleId: z.string().optional(),
  toRoleId: z.string().optional(),
  source: sources.optional().describe('kept / staying removed: the stronger source that decided'),
  ruleRoleId: z.string().nullable().optional().describe('kept / staying removed: the role rules would give'),
});

const previewOut = z
  .object({
    templateId: z.string(),
    templateName: z.string(),
    templateStatus: z.enum(['draft', 'live']),
    evaluatedAt: z.string(),
    audienceId: z.string().nullable(),
    descendantDepth: z.number().int(),
    accountsConsidered: z.number().int(),
    accountsSkipped: z.number().int(),
    skipped: z.array(z.object({ accountId: z.string(), reason: z.string() })),
    peopleConsidered: z.number().int().describe('(group account, person) pairs rules look at: people with an active relation in scope'),
    peopleAssigned: z.number().int().describe('Of those, the pairs that get a role'),
    roles: z.array(
      z.object({
        priority: z.number().int(),
        roleId: z.string(),
        roleName: z.string(),
        autoAssign: z.boolean(),
        count: z.number().int().describe('Memberships rules would give this role (a person in two groups counts twice)'),
        samples: z
          .array(
            z.object({
              accountId: z.string(),
              accountName: z.string(),
              personId: z.string(),
              email: z.string(),
              firstName: z.string().nullable(),
              lastName: z.string().nullable(),
              jobTitle: z.string().nullable(),
              matchedRoleIds: z.array(z.string()),
              summary: z.string(),
            }),
          )
          .describe(`At most ${SAMPLES_PER_ROLE}, with why they get the role`),
      }),
    ),
    diff: z
      .object({
        solutionInterestId: z.string(),
        solutionInterestName: z.string(),
        groupsExisting: z.number().int(),
        groupsCreated: z.number().int(),
        groupsReactivated: z.number().int(),
        membersAdded: z.number().int(),
        membersRemoved: z.number().int(),
        rolesChanged: z.number().int(),
        membersKept: z.number().int().describe('Members set by a stronger source (manual, journey, import) whom rules would change or remove: kept'),
        membersStayingRemoved: z.number().int().describe('People removed by a stronger source whom rules would add: they stay removed'),
        membersReleased: z
          .number()
          .int()
          .describe('Template upgrade only: members set by a stronger source whose role this template lacks, handed back to rules (their change is among added / removed / role changed)'),
        templateUpgrade: z.boolean().describe('True when this template is not the solution interest’s: the diff is what POST /solution-interests/{id}/upgrade-template would do'),
        added: z.array(diffItem),
        removed: z.array(diffItem),
        roleChanged: z.array(diffItem),
        kept: z.array(diffItem),
        stayingRemoved: z.array(diffItem),
        released: z.array(diffItem),
      })
      .nullable()
      .describe(
        `With solutionInterestId: what a creation job (this template is the solution interest's) or a template upgrade (another template) would change in that solution interest's groups (counts complete; at most ${DIFF_ITEMS_LISTED} entries listed per kind)`,
      ),
  })
  .meta({ id: 'RolesTemplatePreview' });

function previewOutOf(p: Preview): z.infer<typeof previewOut> {
  return { ...p, evaluatedAt: toIso(p.evaluatedAt) };
}

export function explainRoutes(api: Api, ctx: AppContext): void {
  const { db, engine } = ctx.database;

  api.get(
    '/buying-groups/:id/members/:personId/explain',
    {
      schema: {
        tags: ['buying groups'],
        summary: 'Why a person of the group’s account holds their role, or why not: every role definition evaluated, the values seen, the source that decided',
        description:
          'Works for any person related to the group’s account, member or not: every role definition of the template in priority order, the condition tree with the values each leaf saw, and a sentence saying which rule or stronger source decided. 404 for a person not related to the account.',
        params: z.strictObject({
          id: z.string().regex(/^bg_/, 'must be a buying group id (bg_…)'),
          personId: z.string().regex(/^per_/, 'must be a person id (per_…)'),
        }),
        response: { 200: explainOut },
      },
    },
    async (req) => explainOutOf(await explainMember(db, engine, req.params.id, req.params.personId, ctx.clock.now())),
  );

  api.post(
    '/roles-templates/:id/preview',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['roles templates'],
        summary: 'Dry run: what a creation job with this template (Draft or Live) would do over an audience or accounts — counts per role, samples with explanations, the diff against a solution interest’s groups (with another template than the solution interest’s: the diff of upgrading it to this one). Writes nothing.',
        description:
          'Takes audienceId or accountIds (≤ 1000), optional descendantDepth (default: the solution interest’s stored scope), solutionInterestId and roles (unsaved role definitions to evaluate instead of the stored ones, validated like a save). Answers counts per role, up to 5 samples per role with the reason and, with a solution interest, the diff against its groups (with another template: the diff of the upgrade). Runs generation’s own SQL; viewers may call it.',
        params: z.strictObject({ id: z.string().regex(/^tpl_/, 'must be a roles template id (tpl_…)') }),
        body: previewIn,
        response: { 200: previewOut },
      },
    },
    async (req) => {
      const b = req.body;
      const preview = await previewTemplate(
        db,
        engine,
        { templateId: req.params.id, audienceId: b.audienceId, accountIds: b.accountIds, solutionInterestId: b.solutionInterestId, descendantDepth: b.descendantDepth, roles: b.roles },
        ctx.clock.now(),
      );
      return previewOutOf(preview);
    },
  );
}
