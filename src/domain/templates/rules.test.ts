import { describe, expect, it } from 'vitest';
import { QuorumError } from '../errors.ts';
import { checkRoleDefinitions, publishProblems, type RoleDefinitionInput } from './rules.ts';

const def = (over: Partial<RoleDefinitionInput> = {}): RoleDefinitionInput => ({
  roleId: 'rol_decision_maker',
  weightingBand: 'vital',
  autoAssign: false,
  required: true,
  membersRequired: 1,
  ...over,
});
const cio = { field: 'jobTitle', op: 'contains', value: 'CIO' };

function errorsOf(fn: () => unknown): { code: string; errors: { field: string; message: string }[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof QuorumError) return { code: e.code, errors: e.errors };
    throw e;
  }
  throw new Error('expected a QuorumError');
}

describe('checkRoleDefinitions', () => {
  it('accepts definitions and returns validated conditions (null without auto-assignment)', () => {
    const out = checkRoleDefinitions([def({ autoAssign: true, condition: cio }), def({ roleId: 'rol_influencer', weightingBand: 'normal', required: false, membersRequired: 2 })]);
    expect(out).toEqual([
      { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: cio, required: true, membersRequired: 1 },
      { roleId: 'rol_influencer', weightingBand: 'normal', autoAssign: false, condition: null, required: false, membersRequired: 2 },
    ]);
    expect(checkRoleDefinitions([])).toEqual([]);
  });

  it('allows a role at most once', () => {
    const r = errorsOf(() => checkRoleDefinitions([def(), def({ roleId: 'rol_other' }), def()]));
    expect(r.code).toBe('validation_failed');
    expect(r.errors).toEqual([{ field: '/roles/2/roleId', message: 'role rol_decision_maker is already defined at position 0; a role appears at most once per template' }]);
  });

  it('requires a condition exactly when autoAssign is true', () => {
    const r = errorsOf(() => checkRoleDefinitions([def({ autoAssign: true }), def({ roleId: 'rol_other', condition: cio }), def({ roleId: 'rol_champion', autoAssign: true, condition: null })]));
    expect(r.errors.map((e) => e.field)).toEqual(['/roles/0/condition', '/roles/1/condition', '/roles/2/condition']);
  });

  it('checks membersRequired, bands and the 50-definition limit', () => {
    const r = errorsOf(() => checkRoleDefinitions([def({ membersRequired: 0 }), def({ roleId: 'rol_x', membersRequired: 1.5, weightingBand: 'huge' as never })]));
    expect(r.errors.map((e) => e.field)).toEqual(['/roles/0/membersRequired', '/roles/1/membersRequired', '/roles/1/weightingBand']);
    const many = Array.from({ length: 51 }, (_, i) => def({ roleId: `rol_${i}` }));
    expect(errorsOf(() => checkRoleDefinitions(many)).errors[0]).toMatchObject({ field: '/roles', message: expect.stringMatching(/at most 50/) });
  });

  it('validates conditions as person conditions with paths below the definition', () => {
    const r = errorsOf(() =>
      checkRoleDefinitions([
        def({ autoAssign: true, condition: cio }),
        def({ roleId: 'rol_other', autoAssign: true, condition: { all: [{ field: 'jobTitle', op: 'between', value: [1, 2] }] } }),
        def({ roleId: 'rol_champion', autoAssign: true, condition: { descendantOf: 'acc_1' } }),
      ]),
    );
    expect(r.code).toBe('invalid_condition');
    expect(r.errors[0]?.field).toBe('/roles/1/condition/all/0/op');
    expect(r.errors.some((e) => e.field.startsWith('/roles/2/condition'))).toBe(true);
  });
});

describe('publishProblems', () => {
  it('needs at least one role definition', () => {
    expect(publishProblems([])).toEqual([{ field: '/roles', message: 'the template has no role definitions; add at least one role before publishing' }]);
    expect(publishProblems(checkRoleDefinitions([def()]))).toEqual([]);
  });
});
