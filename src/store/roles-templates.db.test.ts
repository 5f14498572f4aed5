/**
 * Roles templates below HTTP: role definitions validated (rules, then that roles and personas
 * exist), Draft → Live and frozen, duplicates, name uniqueness, deletion refused while in use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import {
  createRolesTemplate,
  deleteRolesTemplate,
  duplicateRolesTemplate,
  getRolesTemplate,
  publishRolesTemplate,
  resolveRoleDefinitions,
  updateRolesTemplate,
  type RolesTemplate,
} from './roles-templates.ts';
import { createSolutionInterest } from './solution-interests.ts';
import { QuorumError } from '../domain/errors.ts';
import type { RoleDefinitionInput } from '../domain/templates/index.ts';
import { T0 } from '../engine/test-fixtures.ts';

async function refusal(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the write was applied');
}

const dm: RoleDefinitionInput = { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is', value: 'c-level' }, required: true, membersRequired: 1 };
const champion: RoleDefinitionInput = { roleId: 'rol_champion', weightingBand: 'important', autoAssign: false, condition: null, required: false, membersRequired: 2 };

describe(`roles templates repository (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  const create = (name: string, roles: RoleDefinitionInput[] = [dm, champion]) => createRolesTemplate(t.db, SYSTEM_ACTOR, { name, description: null, roles }, T0);
  const templateCount = async () => Number((await t.db.selectFrom('roles_templates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it('stores the definitions in priority order with their role names, as a Draft at version 1', async () => {
    const tpl = await create('Stored');
    expect(tpl).toMatchObject({ name: 'Stored', status: 'draft', duplicatedFrom: null, publishedAt: null, version: 1 });
    expect(tpl.roles.map((r) => [r.roleId, r.roleName, r.membersRequired])).toEqual([
      ['rol_decision_maker', 'Decision Maker', 1],
      ['rol_champion', 'Champion', 2],
    ]);
    expect(await getRolesTemplate(t.db, tpl.id)).toEqual(tpl);
  });

  it('refuses invalid definitions at their path and writes nothing', async () => {
    const before = await templateCount();
    const twice = await refusal(create('Twice', [dm, { ...dm, weightingBand: 'normal' }]));
    expect(twice.code).toBe('validation_failed');
    expect(twice.errors).toEqual([{ field: '/roles/1/roleId', message: 'role rol_decision_maker is already defined at position 0; a role appears at most once per template' }]);
    const noCondition = await refusal(create('No condition', [{ ...dm, condition: null }]));
    expect(noCondition.errors[0]).toEqual({ field: '/roles/0/condition', message: 'a condition is required when autoAssign is true (it decides who gets the role)' });
    const unknownRole = await refusal(create('Unknown role', [{ ...champion, roleId: 'rol_nobody' }]));
    expect(unknownRole).toMatchObject({ code: 'validation_failed', errors: [{ field: '/roles/0/roleId', message: 'role rol_nobody does not exist' }] });
    const badCondition = await refusal(create('Bad condition', [{ ...dm, condition: { field: 'shoeSize', op: 'is', value: 'x' } }]));
    expect(badCondition.code).toBe('invalid_condition');
    expect(badCondition.errors[0]?.field).toMatch(/^\/roles\/0\/condition/);
    const unknownPersona = await refusal(create('Unknown persona', [{ ...dm, condition: { persona: 'psn_nobody' } }]));
    expect(unknownPersona.code).toBe('invalid_condition');
    expect(unknownPersona.errors[0]?.field).toMatch(/^\/roles\/0\/condition/);
    expect(await templateCount()).toBe(before);
    // The same check serves the dry run of unsaved edits.
    expect((await refusal(resolveRoleDefinitions(t.db, [{ ...champion, roleId: 'rol_nobody' }]))).errors[0]?.field).toBe('/roles/0/roleId');
    expect((await resolveRoleDefinitions(t.db, [champion]))[0]?.roleName).toBe('Champion');
  });

  it('names are unique regardless of case and spaces, on create and rename', async () => {
    const a = await create('Enterprise');
    const e = await refusal(create('  ENTERPRISE'));
    expect(e).toMatchObject({ code: 'duplicate', errors: [{ field: '/name', message: `a roles template named "Enterprise" already exists (${a.id})` }] });
    const b = await create('Mid-market');
    expect((await refusal(updateRolesTemplate(t.db, SYSTEM_ACTOR, b.id, { name: 'enterprise' }, T0 + 1, b.version))).code).toBe('duplicate');
    const renamed = await updateRolesTemplate(t.db, SYSTEM_ACTOR, a.id, { name: 'ENTERPRISE', roles: [champion] }, T0 + 1, a.version);
    expect(renamed).toMatchObject({ name: 'ENTERPRISE', version: 2, updatedAt: T0 + 1 });
    expect(renamed.roles.map((r) => r.roleId)).toEqual(['rol_champion']);
  });

  it('publish: needs a definition, then Live and frozen (no edit, no delete), duplicated as a Draft', async () => {
    const empty = await create('Empty', []);
    const e = await refusal(publishRolesTemplate(t.db, SYSTEM_ACTOR, empty.id, T0 + 1, empty.version));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('roles template "Empty" cannot be published: the template has no role definitions; add at least one role before publishing');

    const draft = await create('Publishable');
    expect((await refusal(publishRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 1, 'missing'))).code).toBe('precondition_required');
    const live = await publishRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 2, draft.version);
    expect(live).toMatchObject({ status: 'live', publishedAt: T0 + 2, version: 2 });
    expect((await refusal(publishRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 3, live.version))).message).toBe('roles template "Publishable" is already Live');
    const frozen = await refusal(updateRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, { roles: [champion] }, T0 + 3, live.version));
    expect(frozen.errors).toEqual([{ field: '/status', message: 'roles template "Publishable" is Live and cannot be changed; duplicate it to make a new draft' }]);
    const undeletable = await refusal(deleteRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 3, live.version));
    expect(undeletable.errors).toEqual([{ field: '/status', message: 'roles template "Publishable" is Live and cannot be deleted; duplicate it to make a new draft' }]);
    expect(await getRolesTemplate(t.db, draft.id)).toEqual(live);

    const copy: RolesTemplate = await duplicateRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 4);
    expect(copy).toMatchObject({ name: 'Publishable (copy)', status: 'draft', duplicatedFrom: draft.id, publishedAt: null, version: 1 });
    expect(copy.roles).toEqual(live.roles);
    expect((await duplicateRolesTemplate(t.db, SYSTEM_ACTOR, draft.id, T0 + 5)).name).toBe('Publishable (copy 2)');
    // The copy is a Draft: it can change and go.
    const edited = await updateRolesTemplate(t.db, SYSTEM_ACTOR, copy.id, { roles: [dm] }, T0 + 6, copy.version);
    expect(edited.roles.map((r) => r.roleId)).toEqual(['rol_decision_maker']);
    expect((await getRolesTemplate(t.db, draft.id)).roles).toHaveLength(2); // the source is untouched
    await deleteRolesTemplate(t.db, SYSTEM_ACTOR, copy.id, T0 + 7, edited.version);
    expect((await refusal(getRolesTemplate(t.db, copy.id))).code).toBe('not_found');
    expect(await t.db.selectFrom('template_roles').select('position').where('template_id', '=', copy.id).execute()).toEqual([]);
  });

  it('a template used by a solution interest cannot be deleted; a stale version is refused first', async () => {
    const tpl = await create('Used');
    const live = await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0 + 1, tpl.version);
    await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Uses it', description: null, products: [], templateId: tpl.id, stageModelId: null, followMembershipChanges: false }, T0 + 1);
    // Force it back to Draft to reach the "in use" rule.
    await t.db.updateTable('roles_templates').set({ status: 'draft' }).where('id', '=', tpl.id).execute();
    expect((await refusal(deleteRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0 + 2, 1))).code).toBe('precondition_failed');
    const inUse = await refusal(deleteRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0 + 2, live.version));
    expect(inUse.code).toBe('in_use');
    expect(inUse.message).toMatch(/^roles template "Used" is used by solution interest "Uses it" \(si_/);
    expect((await getRolesTemplate(t.db, tpl.id)).roles).toHaveLength(2);
  });
});
