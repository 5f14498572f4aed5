/**
 * Persona references. A `{ persona: id }` leaf stands for that persona's condition, inlined when
 * evaluating (TypeScript) or compiling (SQL). A persona that refers to itself, directly or through
 * other personas, or an unknown persona id, makes the condition invalid.
 */
import { QuorumError, type ErrorDetail } from '../errors.ts';
import type { Condition, PersonaConditions } from './ast.ts';
import { idLeaves } from './walk.ts';

/**
 * Throws `invalid_condition` when `cond` refers to an unknown persona or to a persona whose
 * condition reaches itself again. `selfId`: the id of the persona `cond` is (about to become) the
 * condition of, so that saving a persona that would refer back to itself is refused.
 * Errors point at the persona leaf in `cond` (JSON pointer below `basePath`).
 */
export function checkPersonaReferences(
  cond: Condition,
  personas: PersonaConditions,
  opts: { basePath?: string; selfId?: string } = {},
): void {
  const errors: ErrorDetail[] = [];
  const ok = new Set<string>(); // personas whose references were fully checked without a problem

  /** Returns a problem description for persona `id` reached through `chain`, or undefined. */
  const checkPersona = (id: string, chain: string[]): string | undefined => {
    if (chain.includes(id)) return `persona ${id} refers to itself (${[...chain.slice(chain.indexOf(id)), id].join(' → ')})`;
    if (ok.has(id)) return undefined;
    const target = personas.get(id);
    if (!target) return chain.length <= (opts.selfId ? 1 : 0) ? `persona ${id} does not exist` : `persona ${id} (used by ${chain.at(-1)}) does not exist`;
    const problem = firstProblem(target, [...chain, id]);
    if (!problem) ok.add(id);
    return problem;
  };

  /** The first problem among the persona leaves of `c` (the condition of the last persona in `chain`). */
  const firstProblem = (c: Condition, chain: string[]): string | undefined => {
    for (const { id } of idLeaves(c, 'persona')) {
      const p = checkPersona(id, chain);
      if (p) return p;
    }
    return undefined;
  };

  const root = opts.selfId ? [opts.selfId] : [];
  // Persona leaves anywhere (an account condition's `people.where` may use personas too).
  for (const { path, id } of idLeaves(cond, 'persona', opts.basePath ?? '')) {
    const problem = checkPersona(id, root);
    if (problem) errors.push({ field: path, message: problem });
  }
  if (errors.length > 0) {
    const more = errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : '';
    throw new QuorumError('invalid_condition', `The condition is not valid: ${errors[0]!.message} (at ${errors[0]!.field})${more}`, errors);
  }
}

/** Looks up a persona's condition; call {@link checkPersonaReferences} first. */
export function personaCondition(personas: PersonaConditions, id: string): Condition {
  const c = personas.get(id);
  if (!c) throw new QuorumError('invalid_condition', `persona ${id} does not exist`, [{ field: '/persona', message: `persona ${id} does not exist` }]);
  return c;
}
