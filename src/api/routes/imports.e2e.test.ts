import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp, type TestResponse } from '../test-app.ts';

type Detected = { format: string; delimiter: string | null; encoding: string; columns: string[]; mapping: Record<string, string | null>; unmapped: string[]; missingRequired: string[]; fields: { name: string; required: boolean }[]; sample: Record<string, string>[] };
type Upload = { uploadId: string; filename: string; bytes: number; detected: Detected };
type ImportJob = {
  id: string;
  type: string;
  status: string;
  importType: string;
  dryRun: boolean;
  progress: { done: number; total: number };
  counts: { inserted: number; updated: number; unchanged: number; rejected: number; rowsRead: number; problemsTotal: number };
  error: string | null;
  reportUrl: string;
};

/** Salesforce-style account export: 3 good rows, 1 without a name (rejected), one extra column. */
const ACCOUNTS_CSV = ['Id,Account Name,Website,Industry,Tier', 'A-1,Acme,acme.com,Software,gold', 'A-2,Globex,https://globex.com/,Manufacturing,silver', 'A-3,,nameless.com,Retail,bronze', 'A-4,Initech,initech.com,Software,gold'].join('\r\n') + '\r\n';

async function upload(t: TestApp, content: string | Uint8Array, opts: { type?: string; filename?: string; as?: 'admin' | 'editor' | 'viewer'; field?: string } = {}): Promise<TestResponse<Upload>> {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([content]), opts.filename ?? 'accounts.csv');
  const query = opts.type === undefined ? '?type=accounts' : opts.type ? `?type=${opts.type}` : '';
  const res = await fetch(`${t.baseUrl}/api/v1/imports/uploads${query}`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens[opts.as ?? 'editor']}` }, body: form });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Upload };
}

async function waitFor(t: TestApp, id: string, statuses: string[]): Promise<ImportJob> {
  for (let i = 0; i < 1200; i++) {
    const res = await t.call<ImportJob>('GET', `/imports/${id}`);
    if (statuses.includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not reach ${statuses.join('/')}`);
}

const accountCount = async (t: TestApp) => Number((await t.db.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('imports API (runner in a worker thread)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ runner: 'thread' });
  });
  afterAll(async () => t.close());

  it('uploads a file and shows how it will be read before anything is written', async () => {
    const res = await upload(t, ACCOUNTS_CSV);
    expect(res.status).toBe(201);
    expect(res.body.uploadId).toMatch(/^upl_/);
    expect(res.body.bytes).toBe(Buffer.byteLength(ACCOUNTS_CSV));
    const d = res.body.detected;
    expect(d).toMatchObject({ format: 'csv', delimiter: ',', encoding: 'utf-8', columns: ['Id', 'Account Name', 'Website', 'Industry', 'Tier'], missingRequired: [] });
    expect(d.mapping).toMatchObject({ Id: 'externalId', 'Account Name': 'name', Website: 'domain', Industry: 'industry' });
    expect(d.unmapped).toEqual(['Tier']);
    expect(d.fields.find((f) => f.name === 'name')?.required).toBe(true);
    expect(d.sample[0]).toMatchObject({ 'Account Name': 'Acme' });
    expect(await accountCount(t)).toBe(0);

    // The type may come as a form field before the file, too.
    const form = new FormData();
    form.append('type', 'people');
    form.append('file', new Blob(['Email,First Name\nada@example.com,Ada\n']), 'people.csv');
    const asField = await fetch(`${t.baseUrl}/api/v1/imports/uploads`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.editor}` }, body: form });
    expect(asField.status).toBe(201);
    expect(((await asField.json()) as Upload).detected.mapping).toMatchObject({ Email: 'email', 'First Name': 'firstName' });
  });

  it('re-detects with an edited mapping and refuses mappings naming unknown columns or fields, field by field', async () => {
    const { body: up } = await upload(t, ACCOUNTS_CSV);
    const edited = await t.call<Detected>('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'accounts', mapping: { Tier: 'custom.tier', Industry: null } });
    expect(edited.status).toBe(200);
    expect(edited.body.mapping).toMatchObject({ Tier: 'custom.tier', Industry: null, 'Account Name': 'name' });
    // Ignored on purpose is not "unmapped" (unmapped columns may be kept as custom attributes).
    expect(edited.body.unmapped).toEqual([]);

    const bad = expectProblem(await t.call('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'accounts', mapping: { Tier: 'loyalty', Nope: 'name' } }), 400, 'validation_failed');
    expect(bad.errors?.map((e) => e.field)).toEqual(['/mapping/Tier', '/mapping/Nope']);
    const missing = await t.call<Detected>('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'accounts', mapping: { 'Account Name': null } });
    expect(missing.body.missingRequired).toEqual(['name']);
    expectProblem(await t.call('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'widgets' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/imports/uploads/upl_01ARZ3NDEKTSV4RRFFQ69G5FAV/detect', { type: 'accounts' }), 404, 'not_found');
  });

  it('runs a dry run that writes nothing, then the import with SSE progress, counts on the job and the per-row report', async () => {
    const { body: up } = await upload(t, ACCOUNTS_CSV);
    const dry = await t.call<ImportJob>('POST', '/imports', { uploadId: up.uploadId, type: 'accounts', dryRun: true, keepUnmapped: true });
    expect(dry.status).toBe(202);
    expect(dry.headers.get('location')).toBe(`/api/v1/imports/${dry.body.id}`);
    const dryDone = await waitFor(t, dry.body.id, ['succeeded', 'failed']);
    expect(dryDone).toMatchObject({ status: 'succeeded', dryRun: true, error: null });
    expect(dryDone.counts).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(await accountCount(t)).toBe(0);

    const run = await t.call<ImportJob>('POST', '/imports', { uploadId: up.uploadId, type: 'accounts', keepUnmapped: true });
    expect(run.status).toBe(202);
    const sse = await fetch(`${t.baseUrl}${`/api/v1/imports/${run.body.id}/progress`}`, { headers: { authorization: `Bearer ${t.tokens.editor}` } });
    expect(sse.headers.get('content-type')).toBe('text/event-stream');
    const text = await sse.text(); // the stream ends when the job ends
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map((m) => ({ event: m[1], data: JSON.parse(m[2] ?? '{}') as ImportJob }));
    expect(events.at(-1)).toEqual({ event: 'end', data: { status: 'succeeded' } });
    const last = events.filter((e) => e.event === 'progress').at(-1)?.data;
    expect(last?.counts).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 1, rowsRead: 4 });
    expect(last?.progress).toEqual({ done: up.bytes, total: up.bytes });

    const done = await waitFor(t, run.body.id, ['succeeded']);
    expect(done.counts).toEqual(last?.counts);
    expect(await accountCount(t)).toBe(3);
    const acme = await t.db.db.selectFrom('accounts').selectAll().where('external_id', '=', 'A-1').executeTakeFirstOrThrow();
    expect(acme.name).toBe('Acme');
    expect(JSON.stringify(acme.custom)).toContain('gold'); // TEXT on SQLite, JSONB on PostgreSQL

    const report = await fetch(`${t.baseUrl}${done.reportUrl}`, { headers: { authorization: `Bearer ${t.tokens.editor}` } });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await report.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('row,column,value,reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^4,Account Name,/); // line 4 of the file (the header is line 1) has no name

    // The job routes of the job machinery answer for imports too.
    const asJob = await t.call<ImportJob>('GET', `/buying-group-jobs/${run.body.id}`);
    expect(asJob.body).toMatchObject({ id: run.body.id, type: 'import', counts: done.counts });
    expectProblem(await t.call('POST', `/imports/${run.body.id}/cancel`), 409, 'invalid_state');

    // The run that wrote removed the upload (the dry run kept it for this run); the report stays.
    expect(readdirSync(t.uploadDir).filter((f) => f.startsWith(`${up.uploadId}.`))).toEqual([]);
    expectProblem(await t.call('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'accounts' }), 404, 'not_found');
    expect(expectProblem(await t.call('POST', '/imports', { uploadId: up.uploadId, type: 'accounts' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/uploadId');

    // Again (the same file uploaded again): nothing changes.
    const { body: up2 } = await upload(t, ACCOUNTS_CSV);
    const again = await t.call<ImportJob>('POST', '/imports', { uploadId: up2.uploadId, type: 'accounts', keepUnmapped: true });
    expect((await waitFor(t, again.body.id, ['succeeded'])).counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 1 });

    const list = await t.call<{ data: ImportJob[] }>('GET', '/imports');
    expect(list.body.data.slice(0, 3).map((j) => j.id)).toEqual([again.body.id, run.body.id, dry.body.id]);
    expect(list.body.data.every((j) => j.type === 'import')).toBe(true);
  });

  it('refuses bad import requests with problem+json naming the field, and queues nothing', async () => {
    const before = (await t.db.db.selectFrom('jobs').select('id').execute()).length;
    const { body: up } = await upload(t, ACCOUNTS_CSV);
    const missing = expectProblem(await t.call('POST', '/imports', { uploadId: up.uploadId, type: 'accounts', mapping: { 'Account Name': null } }), 400, 'validation_failed');
    expect(missing.errors?.[0]?.field).toBe('/mapping');
    expect(missing.detail).toContain('name');
    const unknownField = expectProblem(await t.call('POST', '/imports', { uploadId: up.uploadId, type: 'accounts', mapping: { Tier: 'loyalty' } }), 400, 'validation_failed');
    expect(unknownField.errors?.map((e) => e.field)).toEqual(['/mapping/Tier']);
    const unknownUpload = expectProblem(await t.call('POST', '/imports', { uploadId: 'upl_01ARZ3NDEKTSV4RRFFQ69G5FAV', type: 'accounts' }), 400, 'validation_failed');
    expect(unknownUpload.errors?.[0]?.field).toBe('/uploadId');
    expectProblem(await t.call('POST', '/imports', { uploadId: '../../etc/passwd', type: 'accounts' }), 400, 'validation_failed');
    const badType = expectProblem(await t.call('POST', '/imports', { uploadId: up.uploadId, type: 'widgets' }), 400, 'validation_failed');
    expect(badType.errors?.[0]?.field).toBe('/type');
    expect((await t.db.db.selectFrom('jobs').select('id').execute()).length).toBe(before);

    // Uploads: no type, an unknown type, no file, not multipart, a file that is no table.
    const kept = readdirSync(t.uploadDir).length;
    expect(expectProblem(await upload(t, ACCOUNTS_CSV, { type: '' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/type');
    expect((await upload(t, ACCOUNTS_CSV, { type: 'widgets' })).status).toBe(400);
    expect(expectProblem(await upload(t, ACCOUNTS_CSV, { field: 'other' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/file');
    expectProblem(await t.call('POST', '/imports/uploads?type=accounts', { file: 'x' }), 415, 'unsupported_media_type');
    const empty = await upload(t, '');
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
    expect(expectProblem(empty, empty.status, (empty.body as unknown as { code: string }).code).errors?.[0]?.field).toBe('/file');
    const binary = expectProblem(await upload(t, new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]), { filename: 'photo.png' }), 400, 'validation_failed');
    expect(binary.errors?.[0]).toMatchObject({ field: '/file', message: expect.stringContaining('not text') });
    const utf16 = expectProblem(await upload(t, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\r\nAcme\r\n', 'utf16le')])), 400, 'validation_failed');
    expect(utf16.errors?.[0]?.message).toContain('UTF-16');
    expect(readdirSync(t.uploadDir).length).toBe(kept); // refused uploads leave no file behind

    expectProblem(await t.call('GET', '/imports/job_NOPE'), 404, 'not_found');
    expectProblem(await t.call('GET', '/imports/job_NOPE/report.csv'), 404, 'not_found');
  });

  it('is for editors and admins: viewers get 403 everywhere', async () => {
    const { body: up } = await upload(t, ACCOUNTS_CSV);
    expectProblem(await upload(t, ACCOUNTS_CSV, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('POST', `/imports/uploads/${up.uploadId}/detect`, { type: 'accounts' }, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('POST', '/imports', { uploadId: up.uploadId, type: 'accounts' }, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/imports', undefined, { as: 'viewer' }), 403, 'forbidden');
    const job = await t.call<ImportJob>('POST', '/imports', { uploadId: up.uploadId, type: 'accounts', dryRun: true });
    expectProblem(await t.call('GET', `/imports/${job.body.id}`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/imports/${job.body.id}/report.csv`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('POST', `/imports/${job.body.id}/cancel`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/buying-group-jobs/${job.body.id}`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/buying-group-jobs/${job.body.id}/progress`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/imports/${job.body.id}/progress`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expect((await t.call('GET', `/imports/${job.body.id}`, undefined, { as: 'admin' })).status).toBe(200);
    await waitFor(t, job.body.id, ['succeeded', 'failed']);
  });
});

describe('imports API: cancel and the size cap', () => {
  let t: TestApp;
  const ROWS = 20_000;
  beforeAll(async () => {
    process.env.QUORUM_UPLOAD_MAX_BYTES = String(4 * 1024 * 1024);
    // Small batches: the cancel lands between two of them.
    t = await createTestApp({ runner: 'thread', importBatchSize: 200 });
  });
  afterAll(async () => {
    delete process.env.QUORUM_UPLOAD_MAX_BYTES;
    await t.close();
  });

  const bigFile = (prefix: string) => {
    const lines = ['External Id,Name,Domain'];
    for (let i = 0; i < ROWS; i++) lines.push(`${prefix}-${i},${prefix} company ${i},${prefix.toLowerCase()}-company-${i}.example`);
    return lines.join('\n') + '\n';
  };

  it('streams progress while a long import runs: bytes and rows read grow, counts run along', async () => {
    const { body: up } = await upload(t, bigFile('P'));
    const run = await t.call<ImportJob>('POST', '/imports', { uploadId: up.uploadId, type: 'accounts' });
    const sse = await fetch(`${t.baseUrl}/api/v1/imports/${run.body.id}/progress`, { headers: { authorization: `Bearer ${t.tokens.editor}` } });
    const text = await sse.text();
    const progress = [...text.matchAll(/event: progress\ndata: (.*)\n\n/g)].map((m) => JSON.parse(m[1] ?? '{}') as ImportJob);
    const midway = progress.filter((j) => j.status === 'running' && j.progress.done > 0 && j.progress.done < j.progress.total);
    expect(midway.length).toBeGreaterThan(0);
    const rows = progress.map((j) => j.counts.rowsRead);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
    for (const j of midway) expect(j.counts.inserted).toBeLessThanOrEqual(j.counts.rowsRead);
    expect(progress.at(-1)).toMatchObject({ status: 'succeeded', progress: { done: up.bytes, total: up.bytes }, counts: { inserted: ROWS, rowsRead: ROWS, rejected: 0 } });
  });

  it('cancels a running import between batches: the rows written so far stay and the job says how many', async () => {
    const before = await accountCount(t);
    const { body: up, status } = await upload(t, bigFile('X'));
    expect(status).toBe(201);
    const run = await t.call<ImportJob>('POST', '/imports', { uploadId: up.uploadId, type: 'accounts' });
    let job = run.body;
    for (let i = 0; i < 2000 && !(job.status === 'running' && job.counts.inserted > 0); i++) {
      await new Promise((r) => setTimeout(r, 10));
      job = (await t.call<ImportJob>('GET', `/imports/${run.body.id}`)).body;
    }
    expect(job.status).toBe('running');
    const cancel = await t.call<ImportJob>('POST', `/buying-group-jobs/${run.body.id}/cancel`);
    expect(cancel.status).toBe(200);
    const done = await waitFor(t, run.body.id, ['cancelled', 'succeeded', 'failed']);
    expect(done.status).toBe('cancelled');
    expect(done.counts.inserted).toBeGreaterThan(0);
    expect(done.counts.inserted).toBeLessThan(ROWS);
    expect(await accountCount(t)).toBe(before + done.counts.inserted);
    expect(done.progress.done).toBeLessThan(done.progress.total);
    expect((await fetch(`${t.baseUrl}${done.reportUrl}`, { headers: { authorization: `Bearer ${t.tokens.editor}` } })).status).toBe(200);
  });

  it('takes files over the JSON body limit (1 MiB) and refuses one over the upload limit with 413, keeping nothing of it', async () => {
    const rows = ['Name'];
    for (let i = 0; rows.length * 20 < 3 * 1024 * 1024; i++) rows.push(`Company number ${i}`);
    const ok = await upload(t, rows.join('\n') + '\n');
    expect(ok.status).toBe(201);
    expect(ok.body.bytes).toBeGreaterThan(2 * 1024 * 1024);
    const files = async () => (await import('node:fs')).readdirSync(t.uploadDir).length;
    const before = await files();
    const big = 'Name\n' + 'x'.repeat(5 * 1024 * 1024) + '\n';
    const res = await upload(t, big);
    expect(expectProblem(res, 413, 'payload_too_large').errors?.[0]?.field).toBe('/file');
    expect(await files()).toBe(before);
  });
});
