import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface AuditEntry {
  action: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('tokens and the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('records who created and revoked a token, never its secret (finding 24)', async () => {
    const me = await t.call<{ userId: string }>('GET', '/me');
    const created = await t.call<{ token: string; info: { id: string } }>('POST', '/tokens', { role: 'viewer', name: 'audited' });
    expect(created.status).toBe(201);
    const id = created.body.info.id;
    expect((await t.call('DELETE', `/tokens/${id}`)).status).toBe(204);
    expectProblem(await t.call('DELETE', `/tokens/${id}`), 409, 'invalid_state');

    const log = await t.call<{ data: AuditEntry[] }>('GET', `/audit-log?entityType=api_token&entityId=${id}`);
    expect(log.body.data.map((e) => e.action)).toEqual(['revoke', 'create']);
    for (const e of log.body.data) expect(e.actorId).toBe(me.body.userId);
    const [revoke, create] = log.body.data;
    expect(create?.after).toMatchObject({ id, name: 'audited', role: 'viewer', revokedAt: null });
    expect(revoke?.after?.revokedAt).toMatch(ISO);
    const secret = created.body.token;
    const everything = JSON.stringify(log.body) + JSON.stringify(await t.db.db.selectFrom('audit_log').selectAll().execute());
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(secret.slice(12));
  });

  it('renders the dates of before/after snapshots as ISO 8601 (finding 14)', async () => {
    const acc = await t.call<{ id: string; createdAt: string }>('POST', '/accounts', { name: 'Dated', custom: { renewedAt: 5 } });
    await t.call('PATCH', `/accounts/${acc.body.id}`, { name: 'Dated again' });
    const log = await t.call<{ data: AuditEntry[] }>('GET', `/audit-log?entityId=${acc.body.id}`);
    const [update, create] = log.body.data;
    expect(create?.after?.createdAt).toBe(acc.body.createdAt);
    expect(update?.before?.updatedAt).toMatch(ISO);
    expect(update?.after?.updatedAt).toMatch(ISO);
    // The user's own data keeps its values.
    expect(create?.after?.custom).toEqual({ renewedAt: 5 });
  });
});
