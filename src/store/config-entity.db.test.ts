/**
 * The configuration helper below HTTP: name uniqueness after normalisation (case, Unicode forms,
 * surrounding spaces; accents are kept), copy names that are free, Draft → Live and frozen, the
 * If-Match check (428 / 412) before any other rule, and the audit entry of each change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { CONFIG_KINDS, checkNameFree, freeCopyName, publishConfig, readForWrite, updateConfig } from './config-entity.ts';
import { createPersona, getPersona, updatePersona } from './personas.ts';
import { createRole, updateRole } from './roles.ts';
import { createAccountList, updateAccountList } from './account-lists.ts';
import { createStageModel, deleteStageModel, duplicateStageModel, getStageModel, publishStageModel, updateStageModel } from './stage-models.ts';
import { createWeightingModel } from './weighting-models.ts';
import { QuorumError } from '../domain/errors.ts';
import { parseJson } from './db.ts';
import { T0 } from '../engine/test-fixtures.ts';

/** The QuorumError a promise rejects with (fails the test when it resolves). */
async function refusal(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the write was applied');
}

const personaCondition = { field: 'jobTitle', op: 'contains', value: 'cto' };
const stages = {
  stages: [
    { key: 'new', name: 'New', kind: 'entry' as const },
    { key: 'won', name: 'Won', kind: 'success' as const },
  ],
  transitions: [{ from: 'new', to: 'won' }],
};

describe(`configuration helper (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it('names are unique regardless of case, Unicode form and surrounding spaces; accents count', async () => {
    const p = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Café Owners', description: null, condition: personaCondition }, T0);
    for (const clash of ['café owners', '  CAFÉ OWNERS ', 'Cafe\u0301 Owners']) {
      const e = await refusal(createPersona(t.db, SYSTEM_ACTOR, { name: clash, description: null, condition: personaCondition }, T0));
      expect(e.code).toBe('duplicate');
      expect(e.status).toBe(409);
      expect(e.errors).toEqual([{ field: '/name', message: `a persona named "Café Owners" already exists (${p.id})` }]);
    }
    // Another letter is another name.
    const plain = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Cafe Owners', description: null, condition: personaCondition }, T0);
    expect(plain.name).toBe('Cafe Owners');
    // Uniqueness is per kind: a role may carry a persona's name.
    await createRole(t.db, SYSTEM_ACTOR, { name: 'Café Owners', description: null }, T0);
  });

  it('each kind names itself in the refusal, with its article', async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Targets', description: null, kind: 'static' }, T0);
    const e = await refusal(checkNameFree(t.db, CONFIG_KINDS.accountList, 'TARGETS', null));
    expect(e.message).toBe(`an account list named "Targets" already exists (${list.id})`);
    await checkNameFree(t.db, CONFIG_KINDS.accountList, 'TARGETS', list.id); // itself: free
    await checkNameFree(t.db, CONFIG_KINDS.stageModel, 'Targets', null); // another kind: free
    const wm = await createWeightingModel(t.db, SYSTEM_ACTOR, { name: 'Heavy', weights: {}, windowDays: 90, dailyCap: 5, k: 20 }, T0);
    expect((await refusal(checkNameFree(t.db, CONFIG_KINDS.weightingModel, 'heavy', null))).message).toBe(`a weighting model named "Heavy" already exists (${wm.id})`);
  });

  it('a rename is checked against the others, never against itself (a change of case passes)', async () => {
    const a = await createRole(t.db, SYSTEM_ACTOR, { name: 'Sponsor', description: null }, T0);
    const b = await createRole(t.db, SYSTEM_ACTOR, { name: 'Buyer', description: null }, T0);
    expect((await updateRole(t.db, SYSTEM_ACTOR, a.id, { name: 'SPONSOR' }, T0 + 1, a.version)).name).toBe('SPONSOR');
    const e = await refusal(updateRole(t.db, SYSTEM_ACTOR, b.id, { name: ' sponsor' }, T0 + 1, b.version));
    expect(e.message).toBe(`a role named "SPONSOR" already exists (${a.id})`);
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Renamed', description: null, kind: 'static' }, T0);
    expect((await updateAccountList(t.db, SYSTEM_ACTOR, list.id, { name: 'renamed' }, T0 + 1, list.version)).name).toBe('renamed');
  });

  it('copy names are the first free "(copy)", "(copy 2)", … compared normalised', async () => {
    await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Pipeline', description: null, ...stages }, T0);
    expect(await freeCopyName(t.db, CONFIG_KINDS.stageModel, 'Pipeline')).toBe('Pipeline (copy)');
    await createStageModel(t.db, SYSTEM_ACTOR, { name: 'PIPELINE (COPY)', description: null, ...stages }, T0);
    expect(await freeCopyName(t.db, CONFIG_KINDS.stageModel, 'Pipeline')).toBe('Pipeline (copy 2)');
    // Names of other kinds do not count.
    expect(await freeCopyName(t.db, CONFIG_KINDS.persona, 'Pipeline')).toBe('Pipeline (copy)');
    // At the length limit, the base is shortened so the copy name still fits.
    const long = 'x'.repeat(255);
    const copy = await freeCopyName(t.db, CONFIG_KINDS.stageModel, long);
    expect(copy).toHaveLength(255);
    expect(copy.endsWith(' (copy)')).toBe(true);
  });

  it('publish: Draft → Live once, validated, then frozen; a duplicate is a Draft under a free name', async () => {
    const draft = await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Sales', description: null, ...stages }, T0);
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, version: 1 });
    const live = await publishStageModel(t.db, SYSTEM_ACTOR, draft.id, T0 + 5, draft.version);
    expect(live).toMatchObject({ status: 'live', publishedAt: T0 + 5, updatedAt: T0 + 5, version: 2 });
    const again = await refusal(publishStageModel(t.db, SYSTEM_ACTOR, draft.id, T0 + 6, live.version));
    expect(again).toMatchObject({ code: 'invalid_state', message: 'stage model "Sales" is already Live' });
    const frozen = await refusal(updateStageModel(t.db, SYSTEM_ACTOR, draft.id, { description: 'x' }, T0 + 6, live.version));
    expect(frozen.code).toBe('immutable');
    expect(frozen.errors).toEqual([{ field: '/status', message: 'stage model "Sales" is Live and cannot be changed; duplicate it to make a new draft' }]);
    expect(await getStageModel(t.db, draft.id)).toEqual(live);

    const copy = await duplicateStageModel(t.db, SYSTEM_ACTOR, draft.id, T0 + 7);
    expect(copy).toMatchObject({ name: 'Sales (copy)', status: 'draft', publishedAt: null, version: 1, stages: live.stages, transitions: live.transitions });
    expect(copy.id).not.toBe(draft.id);
    expect((await duplicateStageModel(t.db, SYSTEM_ACTOR, draft.id, T0 + 8)).name).toBe('Sales (copy 2)');
    // The copy is editable; Live models may still be deleted.
    expect((await updateStageModel(t.db, SYSTEM_ACTOR, copy.id, { description: 'next' }, T0 + 9, copy.version)).description).toBe('next');
    await deleteStageModel(t.db, SYSTEM_ACTOR, draft.id, T0 + 9, live.version);
  });

  it('publish refuses with the kind’s own validation and writes nothing', async () => {
    const bad = await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Broken', description: null, stages: [], transitions: [] }, T0);
    const e = await refusal(publishStageModel(t.db, SYSTEM_ACTOR, bad.id, T0 + 1, bad.version));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toMatch(/^stage model "Broken" cannot be published: /);
    expect(await getStageModel(t.db, bad.id)).toMatchObject({ status: 'draft', version: 1 });
    // The generic path with a refusal of its own.
    const refused = await refusal(publishConfig(t.db, SYSTEM_ACTOR, CONFIG_KINDS.stageModel, getStageModel, bad.id, T0 + 1, undefined, () => new QuorumError('invalid_state', 'no')));
    expect(refused.message).toBe('no');
  });

  it('If-Match: 404 first, then 428 when required and missing, then 412 when stale, then the rules', async () => {
    const p = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Versioned', description: null, condition: personaCondition }, T0);
    expect((await refusal(readForWrite(t.db, CONFIG_KINDS.persona, getPersona, 'psn_missing', 'missing'))).code).toBe('not_found');
    const required = await refusal(updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'x' }, T0 + 1, 'missing'));
    expect(required).toMatchObject({ code: 'precondition_required', status: 428 });
    const v2 = await updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'one' }, T0 + 1, 1);
    expect(v2).toMatchObject({ version: 2, updatedAt: T0 + 1 });
    const stale = await refusal(updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'two' }, T0 + 2, 1));
    expect(stale).toMatchObject({ code: 'precondition_failed', status: 412 });
    expect(stale.message).toBe(`persona ${p.id} was changed since you read it (it is now at version 2, ETag "2"); reload it and apply your change again`);
    // A stale version is refused before a rule that would refuse too (a duplicate name).
    const other = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Another', description: null, condition: personaCondition }, T0);
    expect((await refusal(updatePersona(t.db, SYSTEM_ACTOR, other.id, { name: 'versioned' }, T0 + 2, 7))).code).toBe('precondition_failed');
    // Any of several versions seen, and no check at all (undefined), both pass.
    expect((await updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'three' }, T0 + 3, [1, 2])).version).toBe(3);
    expect((await updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'four' }, T0 + 4, undefined)).version).toBe(4);
  });

  it('every change is audited with its kind, and a refused change leaves no entry', async () => {
    const p = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Audited', description: null, condition: personaCondition }, T0);
    await updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'changed' }, T0 + 1, p.version);
    await refusal(updatePersona(t.db, SYSTEM_ACTOR, p.id, { description: 'stale' }, T0 + 2, p.version));
    await refusal(
      updateConfig(t.db, SYSTEM_ACTOR, CONFIG_KINDS.persona, getPersona, p.id, T0 + 3, undefined, async (trx) => {
        await trx.updateTable('personas').set({ description: 'rolled back' }).where('id', '=', p.id).execute();
        throw new QuorumError('validation_failed', 'refused after writing');
      }),
    );
    expect((await getPersona(t.db, p.id)).description).toBe('changed');
    const entries = await t.db.selectFrom('audit_log').select(['action', 'entity_type', 'at']).where('entity_id', '=', p.id).orderBy('at').execute();
    expect(entries).toEqual([
      { action: 'create', entity_type: 'persona', at: T0 },
      { action: 'update', entity_type: 'persona', at: T0 + 1 },
    ]);
    const model = await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Audit model', description: null, ...stages }, T0);
    await publishStageModel(t.db, SYSTEM_ACTOR, model.id, T0 + 1, model.version);
    const copy = await duplicateStageModel(t.db, SYSTEM_ACTOR, model.id, T0 + 2);
    const dup = await t.db.selectFrom('audit_log').select(['action', 'entity_type', 'before']).where('entity_id', '=', copy.id).executeTakeFirstOrThrow();
    expect(dup.action).toBe('duplicate');
    expect(dup.entity_type).toBe('stage_model');
    expect(parseJson(dup.before)).toEqual({ duplicatedFrom: model.id });
    const published = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', model.id).orderBy('at').execute();
    expect(published.map((r) => r.action)).toEqual(['create', 'publish']);
  });
});
