/** 5xx answers are logged with the request id the problem document carries (finding 23). */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app.ts';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { logLevelFrom } from './request-log.ts';

describe('request logging', () => {
  let db: TestDatabase;
  let app: App;
  let baseUrl = '';
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    app = await buildApp({ database: db, logger: { level: 'info', stream } });
    // A route that fails the way a bug would: an Error no handler maps.
    app.get('/api/v1/test-failure', { config: { access: 'public' } }, async () => {
      throw new Error('simulated bug');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('logs a 5xx once, at error, with the request id the answer carries', async () => {
    const res = await fetch(`${baseUrl}/api/v1/test-failure`);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { requestId: string; detail: string; code: string };
    expect(body.code).toBe('internal');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(body.requestId);
    expect(body.detail).toContain(body.requestId);
    const logged = lines.filter((l) => l.reqId === body.requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, msg: 'request failed', url: '/api/v1/test-failure' });
    expect((logged[0]?.err as { message?: string }).message).toBe('simulated bug');
  });

  it('does not log ordinary requests at info', async () => {
    const before = lines.length;
    expect((await fetch(`${baseUrl}/api/v1/health`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/v1/accounts`)).status).toBe(401);
    expect(lines.length).toBe(before);
  });

  it('reads LOG_LEVEL, refusing unknown levels', () => {
    expect(logLevelFrom(undefined)).toBe('info');
    expect(logLevelFrom(' DEBUG ')).toBe('debug');
    expect(() => logLevelFrom('loud')).toThrow(/LOG_LEVEL must be one of/);
  });
});
