/**
 * Small configuration lists that every buying-group page names things from (roles, solution
 * interests, templates, stage models): fetched once, cached, turned into id → item maps.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export interface Lookups {
  roles: Schemas['Role'][];
  solutionInterests: Schemas['SolutionInterest'][];
  templates: Schemas['RolesTemplate'][];
  stageModels: Schemas['StageModel'][];
  role: (id: string) => Schemas['Role'] | undefined;
  solutionInterest: (id: string) => Schemas['SolutionInterest'] | undefined;
  template: (id: string) => Schemas['RolesTemplate'] | undefined;
  stageModel: (id: string | null | undefined) => Schemas['StageModel'] | undefined;
}

function byId<T extends { id: string }>(items: T[]): (id: string | null | undefined) => T | undefined {
  const map = new Map(items.map((i) => [i.id, i]));
  return (id) => (id == null ? undefined : map.get(id));
}

export const LOOKUPS_KEY = ['lookups'] as const;

export function useLookups() {
  return useQuery({
    queryKey: LOOKUPS_KEY,
    staleTime: 30_000,
    queryFn: async (): Promise<Lookups> => {
      const [roles, solutionInterests, templates, stageModels] = await Promise.all([
        unwrap(api.GET('/api/v1/roles', { params: { query: { limit: 500 } } })),
        unwrap(api.GET('/api/v1/solution-interests', { params: { query: { limit: 500 } } })),
        unwrap(api.GET('/api/v1/roles-templates', { params: { query: { limit: 500 } } })),
        unwrap(api.GET('/api/v1/stage-models', { params: { query: { limit: 500 } } })),
      ]);
      return {
        roles: roles.data,
        solutionInterests: solutionInterests.data,
        templates: templates.data,
        stageModels: stageModels.data,
        role: byId(roles.data),
        solutionInterest: byId(solutionInterests.data),
        template: byId(templates.data),
        stageModel: byId(stageModels.data),
      };
    },
  });
}

/** Stage name for a key in the solution interest's stage model (the key itself when unknown). */
export function stageName(l: Lookups, solutionInterestId: string, key: string | null): string | null {
  if (key == null) return null;
  const model = l.stageModel(l.solutionInterest(solutionInterestId)?.stageModelId);
  return model?.stages.find((s) => s.key === key)?.name ?? key;
}
