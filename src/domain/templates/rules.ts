/**
 * Roles template rules (SPEC §2, §9), pure. A template is an ordered list of role definitions;
 * order is priority (the first definition whose condition holds wins a person).
 */
import { QuorumError, type ErrorDetail } from '../errors.ts';
import { MAX_TEMPLATE_ROLES, WEIGHTING_BANDS, type WeightingBand } from '../roles.ts';
import { validateCondition, type Condition } from '../conditions/index.ts';

export interface RoleDefinitionInput {
  roleId: string;
  weightingBand: WeightingBand;
  autoAssign: boolean;
  /** Required iff autoAssign; unvalidated input until {@link checkRoleDefinitions}. */
  condition?: unknown;
  required: boolean;
  membersRequired: number;
}

export interface RoleDefinition {
  roleId: string;
  weightingBand: WeightingBand;
  autoAssign: boolean;
  condition: Condition | null;
  required: boolean;
  membersRequired: number;
}

export const WEIGHTING_BAND_NAMES = Object.keys(WEIGHTING_BANDS) as WeightingBand[];
export const MAX_MEMBERS_REQUIRED = 1000;

/**
 * Checks the rules of a list of role definitions and returns them with validated (person)
 * conditions. Throws `validation_failed` for rule violations — a role twice, a condition without
 * auto-assignment or auto-assignment without a condition, too many definitions — and then
 * `invalid_condition` for conditions, each error at its path (`/roles/2/condition/all/0/op`).
 * Does not check that roles, personas or lists exist (that needs the store).
 */
export function checkRoleDefinitions(defs: readonly RoleDefinitionInput[], basePath = '/roles'): RoleDefinition[] {
  const errors: ErrorDetail[] = [];
  if (defs.length > MAX_TEMPLATE_ROLES) {
    errors.push({ field: basePath, message: `a template holds at most ${MAX_TEMPLATE_ROLES} role definitions (got ${defs.length})` });
  }
  const firstUse = new Map<string, number>();
  defs.forEach((d, i) => {
    const path = `${basePath}/${i}`;
    const seen = firstUse.get(d.roleId);
    if (seen !== undefined) errors.push({ field: `${path}/roleId`, message: `role ${d.roleId} is already defined at position ${seen}; a role appears at most once per template` });
    else firstUse.set(d.roleId, i);
    const hasCondition = d.condition !== undefined && d.condition !== null;
    if (d.autoAssign && !hasCondition) errors.push({ field: `${path}/condition`, message: 'a condition is required when autoAssign is true (it decides who gets the role)' });
    if (!d.autoAssign && hasCondition) errors.push({ field: `${path}/condition`, message: 'a condition is only used with autoAssign: true; set autoAssign to true or remove the condition' });
    if (!Number.isInteger(d.membersRequired) || d.membersRequired < 1 || d.membersRequired > MAX_MEMBERS_REQUIRED) {
      errors.push({ field: `${path}/membersRequired`, message: `membersRequired must be a whole number from 1 to ${MAX_MEMBERS_REQUIRED}` });
    }
    if (!WEIGHTING_BAND_NAMES.includes(d.weightingBand)) errors.push({ field: `${path}/weightingBand`, message: `weightingBand must be one of ${WEIGHTING_BAND_NAMES.join(', ')}` });
  });
  if (errors.length) throw new QuorumError('validation_failed', summary('The role definitions are not valid', errors), errors);

  const conditionErrors: ErrorDetail[] = [];
  const out = defs.map((d, i): RoleDefinition => {
    let condition: Condition | null = null;
    if (d.autoAssign) {
      try {
        condition = validateCondition(d.condition, 'person', `${basePath}/${i}/condition`);
      } catch (e) {
        if (!(e instanceof QuorumError)) throw e;
        conditionErrors.push(...e.errors);
      }
    }
    return { roleId: d.roleId, weightingBand: d.weightingBand, autoAssign: d.autoAssign, condition, required: d.required, membersRequired: d.membersRequired };
  });
  if (conditionErrors.length) throw new QuorumError('invalid_condition', summary('A role condition is not valid', conditionErrors), conditionErrors);
  return out;
}

/** What stops a Draft from being published (empty: it can be). */
export function publishProblems(defs: readonly RoleDefinition[], basePath = '/roles'): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (defs.length === 0) problems.push({ field: basePath, message: 'the template has no role definitions; add at least one role before publishing' });
  return problems;
}

function summary(what: string, errors: ErrorDetail[]): string {
  const first = errors[0] as ErrorDetail;
  const more = errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : '';
  return `${what}: ${first.message} (at ${first.field})${more}`;
}
