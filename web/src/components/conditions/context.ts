import { createContext, useContext } from 'react';
import type { ConditionRefs } from './data.ts';
import type { ConditionError } from './types.ts';

export interface BuilderContextValue {
  readOnly: boolean;
  errors: readonly ConditionError[];
  refs: ConditionRefs;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const c = useContext(BuilderContext);
  if (!c) throw new Error('condition editor outside <ConditionBuilder>');
  return c;
}

/**
 * The messages for one node: `at(sub)` those at `path + sub` or below it (for the input that
 * shows them), `rest(subs)` those at the node or below it that no listed input shows
 * (`exclude`: sub-trees another editor shows, such as `people.where`).
 */
export function nodeErrors(errors: readonly ConditionError[], path: string, exclude: string[] = []) {
  const mine = errors.filter((e) => (e.path === path || e.path.startsWith(`${path}/`)) && !exclude.some((x) => e.path === path + x || e.path.startsWith(`${path + x}/`)));
  const under = (sub: string) => mine.filter((e) => e.path === path + sub || e.path.startsWith(`${path + sub}/`));
  return {
    at: (sub: string): string | undefined => {
      const m = under(sub).map((e) => e.message);
      return m.length ? m.join('; ') : undefined;
    },
    rest: (subs: string[], alsoShown?: RegExp): string[] =>
      mine.filter((e) => !subs.some((s) => e.path === path + s || e.path.startsWith(`${path + s}/`)) && !alsoShown?.test(e.path)).map((e) => e.message),
  };
}
