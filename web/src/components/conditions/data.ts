/**
 * What the condition builder names things from: the field catalogue of a subject
 * (GET /condition-fields) and the things conditions refer to (personas, static lists, activity
 * types; solution interests, stage models and roles from the shared lookups). Cached queries.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useAccountLists } from '../../lib/account-lists.ts';
import { useLookups } from '../../lib/lookups.ts';
import type { Subject } from './types.ts';

export type CatalogueField = Schemas['ConditionField'];

export const conditionFieldsKey = (subject: Subject) => ['condition-fields', subject] as const;
export const PERSONAS_KEY = ['personas'] as const;
export const ACTIVITY_TYPES_KEY = ['activity-types'] as const;

export function useConditionFields(subject: Subject) {
  return useQuery({
    queryKey: conditionFieldsKey(subject),
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/condition-fields', { params: { query: { subject } } })),
  });
}

export function usePersonas() {
  return useQuery({
    queryKey: PERSONAS_KEY,
    staleTime: 30_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/personas', { params: { query: { limit: 500 } as never } }))).data,
  });
}

export function useActivityTypes() {
  return useQuery({
    queryKey: ACTIVITY_TYPES_KEY,
    staleTime: 60_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/activity-types'))).data,
  });
}

export interface ConditionRefs {
  personas: { value: string; label: string }[];
  /** Static lists only: conditions cannot refer to dynamic lists. */
  staticLists: { value: string; label: string }[];
  activityTypes: { value: string; label: string }[];
  solutionInterests: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  /** Stage keys and names of a solution interest's stage model. */
  stagesOf: (solutionInterestId: string) => { value: string; label: string }[];
}

export function useConditionRefs(): ConditionRefs {
  const personas = usePersonas();
  const lists = useAccountLists();
  const types = useActivityTypes();
  const lookups = useLookups();
  const l = lookups.data;
  return {
    personas: (personas.data ?? []).map((p) => ({ value: p.id, label: p.name })),
    staticLists: (lists.data ?? []).filter((x) => x.kind === 'static').map((x) => ({ value: x.id, label: x.name })),
    activityTypes: (types.data ?? []).map((t) => ({ value: t.key, label: `${t.label} (${t.key})` })),
    solutionInterests: (l?.solutionInterests ?? []).map((s) => ({ value: s.id, label: s.name })),
    roles: (l?.roles ?? []).map((r) => ({ value: r.id, label: r.name })),
    stagesOf: (id) => {
      const model = l?.stageModel(l.solutionInterest(id)?.stageModelId);
      return (model?.stages ?? []).map((s) => ({ value: s.key, label: s.name }));
    },
  };
}
