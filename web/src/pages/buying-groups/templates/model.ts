/**
 * The roles template editor's local model: the template as being edited, what the API takes
 * (PATCH and the preview of unsaved edits take the same role definitions), and the API's field
 * paths (/roles/1/condition/all/0/value) sorted onto the role card they concern.
 */
import type { Schemas } from '../../../api/client.ts';
import { isComplete, type Condition } from '../../../components/conditions/index.ts';

export type Template = Schemas['RolesTemplate'];
export type RoleWrite = Schemas['RoleDefinitionWrite'];
export type Band = RoleWrite['weightingBand'];

export const BANDS: { value: Band; label: string }[] = [
  { value: 'trivial', label: 'Trivial (20)' },
  { value: 'minor', label: 'Minor (40)' },
  { value: 'normal', label: 'Normal (60)' },
  { value: 'important', label: 'Important (80)' },
  { value: 'vital', label: 'Vital (100)' },
];

export interface EditRole {
  roleId: string;
  weightingBand: Band;
  autoAssign: boolean;
  condition: unknown;
  required: boolean;
  membersRequired: number;
}

export interface EditTemplate {
  name: string;
  description: string;
  roles: EditRole[];
}

export function editOf(t: Template): EditTemplate {
  return {
    name: t.name,
    description: t.description ?? '',
    roles: t.roles.map((r) => ({ roleId: r.roleId, weightingBand: r.weightingBand, autoAssign: r.autoAssign, condition: r.condition, required: r.required, membersRequired: r.membersRequired })),
  };
}

/** The role definitions as the API takes them (a condition only with auto-assignment). */
export function rolesWrite(roles: EditRole[]): RoleWrite[] {
  return roles.map((r) => ({
    roleId: r.roleId,
    weightingBand: r.weightingBand,
    autoAssign: r.autoAssign,
    ...(r.autoAssign ? { condition: r.condition ?? null } : {}),
    required: r.required,
    membersRequired: r.membersRequired,
  }));
}

export function patchOf(e: EditTemplate): { name: string; description: string | null; roles: RoleWrite[] } {
  return { name: e.name, description: e.description.trim() === '' ? null : e.description, roles: rolesWrite(e.roles) };
}

export function sameEdit(a: EditTemplate, b: EditTemplate): boolean {
  return JSON.stringify(patchOf(a)) === JSON.stringify(patchOf(b));
}

export function newRole(roleId: string): EditRole {
  return { roleId, weightingBand: 'normal', autoAssign: false, condition: null, required: false, membersRequired: 1 };
}

export interface FieldError {
  field: string;
  message: string;
}

/** Errors of one role card: its own fields ('roleId', 'membersRequired', …) and its condition's (paths inside the condition). */
export interface RoleErrors {
  fields: Map<string, string>;
  condition: { path: string; message: string }[];
}

export interface SortedErrors {
  /** By position in the list sent. */
  roles: Map<number, RoleErrors>;
  /** About the list as a whole (/roles) or the template (/name, /status, …). */
  other: FieldError[];
}

export function sortErrors(errors: readonly FieldError[]): SortedErrors {
  const roles = new Map<number, RoleErrors>();
  const other: FieldError[] = [];
  for (const e of errors) {
    const m = /^\/roles\/(\d+)(?:\/([^/]+)(.*))?$/.exec(e.field);
    if (!m) {
      other.push(e);
      continue;
    }
    const i = Number(m[1]);
    let r = roles.get(i);
    if (!r) roles.set(i, (r = { fields: new Map(), condition: [] }));
    const key = m[2] ?? '';
    if (key === 'condition') r.condition.push({ path: m[3] ?? '', message: e.message });
    else if (!r.fields.has(key)) r.fields.set(key, e.message);
  }
  return { roles, other };
}

/**
 * Roles whose auto-assignment has no condition yet, or one visibly unfinished in the builder (an
 * empty operand): the API would refuse them, so the dry run waits.
 */
export function incomplete(roles: EditRole[]): number[] {
  return roles.flatMap((r, i) => {
    if (!r.autoAssign) return [];
    if (r.condition === null || r.condition === undefined) return [i];
    try {
      return isComplete(r.condition as Condition) ? [] : [i];
    } catch {
      return []; // not a shape the builder knows: the API will say what is wrong
    }
  });
}
