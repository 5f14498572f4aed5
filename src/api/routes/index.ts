import type { Api, AppContext } from '../context.ts';
import { accountRoutes } from './accounts.ts';
import { roleRoutes } from './roles.ts';
import { stageModelRoutes } from './stage-models.ts';
import { peopleRoutes } from './people.ts';
import { relationRoutes } from './relations.ts';
import { activityRoutes } from './activities.ts';
import { activityTypeRoutes } from './activity-types.ts';
import { adminRoutes } from './admin.ts';
import { userRoutes } from './users.ts';
import { jobRoutes } from './jobs.ts';
import { personaRoutes } from './personas.ts';
import { rolesTemplateRoutes } from './roles-templates.ts';
import { solutionInterestRoutes } from './solution-interests.ts';
import { buyingGroupRoutes } from './buying-groups.ts';
import { accountListRoutes } from './account-lists.ts';
import { weightingModelRoutes } from './weighting-models.ts';
import { explainRoutes } from './explain.ts';
import { accountViewRoutes } from './account-views.ts';
import { conditionRoutes } from './conditions.ts';
import { exportRoutes } from './exports.ts';
import { importRoutes } from './imports.ts';
import { webhookRoutes } from './webhooks.ts';
import { journeyRoutes } from './journeys.ts';
import { suggestionRoutes } from './suggestions.ts';
import { destinationRoutes } from './destinations.ts';
import { fillGapsRoutes } from './fill-gaps.ts';

export type { Api } from '../context.ts';

/** Every resource's routes, mounted under /api/v1. */
export function registerRoutes(api: Api, ctx: AppContext): void {
  accountRoutes(api, ctx);
  accountViewRoutes(api, ctx);
  roleRoutes(api, ctx);
  stageModelRoutes(api, ctx);
  peopleRoutes(api, ctx);
  relationRoutes(api, ctx);
  activityRoutes(api, ctx);
  activityTypeRoutes(api, ctx);
  adminRoutes(api, ctx);
  userRoutes(api, ctx);
  jobRoutes(api, ctx);
  personaRoutes(api, ctx);
  rolesTemplateRoutes(api, ctx);
  solutionInterestRoutes(api, ctx);
  buyingGroupRoutes(api, ctx);
  accountListRoutes(api, ctx);
  weightingModelRoutes(api, ctx);
  explainRoutes(api, ctx);
  journeyRoutes(api, ctx);
  conditionRoutes(api, ctx);
  exportRoutes(api, ctx);
  importRoutes(api, ctx);
  webhookRoutes(api, ctx);
  suggestionRoutes(api, ctx);
  destinationRoutes(api, ctx);
  fillGapsRoutes(api, ctx);
}
