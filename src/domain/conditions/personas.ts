/**
 * Persona references. A `{ persona: id }` leaf stands for that persona's condition, inlined when
 * evaluating (TypeScript) or compiling (SQL). A persona that refers to itself, directly or through
 * other personas, or an unknown persona id, makes the condition invalid.
 */
import { QuorumError, type ErrorDetail } from '../errors.ts';
import type { Condition } from './ast.ts';

export type PersonaConditions = ReadonlyMap<string, Condition>;

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

  const firstProblem = (c: Condition, chain: string[]): string | undefined => {
    if ('all' in c) {
      for (const x of c.all) {
        const p = firstProblem(x, chain);
        if (p) return p;
      }
      return undefined;
    }
    if ('any' in c) {
      for (const x of c.any) {
        const p = firstProblem(x, chain);
        if (p) return p;
      }
      return undefined;
    }
    if ('not' in c) return firstProblem(c.not, chain);
    if ('persona' in c) return checkPersona(c.persona, chain);
    if ('people' in c && c.people.where) return firstProblem(c.people.where, chain);
    return undefined;
  };

  const root = opts.selfId ? [opts.selfId] : [];
  const visit = (c: Condition, path: string): void => {
    if ('all' in c) c.all.forEach((x, i) => visit(x, `${path}/all/${i}`));
    else if ('any' in c) c.any.forEach((x, i) => visit(x, `${path}/any/${i}`));
    else if ('not' in c) visit(c.not, `${path}/not`);
    else if ('people' in c) {
      // An account condition's person condition over related people may use personas too.
      if (c.people.where) visit(c.people.where, `${path}/people/where`);
    } else if ('persona' in c) {
      const problem = checkPersona(c.persona, root);
      if (problem) errors.push({ field: `${path}/persona`, message: problem });
    }
  };
  visit(cond, opts.basePath ?? '');
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
