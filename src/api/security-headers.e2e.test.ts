/** Security headers on every response, and a docs page that works under its CSP (finding 25). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('API answers (success, error, unknown route) are nosniff, unframeable and not cached', async () => {
    for (const res of [await t.call('GET', '/health'), await t.call('GET', '/accounts'), await t.call('GET', '/accounts', undefined, { as: null }), await t.call('GET', '/nope')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('serves /docs under a CSP that allows everything the page loads', async () => {
    const page = await fetch(`${t.baseUrl}/docs/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    // script-src 'self' without 'unsafe-inline': every script must be a file.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string).filter((u) => !u.startsWith('http'));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      const res = await fetch(new URL(asset, `${t.baseUrl}/docs/`));
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      await res.arrayBuffer();
    }
    // The page reads the OpenAPI document from this origin (connect-src 'self').
    const spec = await fetch(`${t.baseUrl}/docs/json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
