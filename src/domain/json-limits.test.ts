import { describe, expect, it } from 'vitest';
import { hasDisallowedChars, inspectJson, jsonDepthExceeds } from './json-limits.ts';

describe('inspectJson', () => {
  it('finds control characters in values and keys, with their JSON pointer', () => {
    expect(inspectJson({ a: ['ok', 'b\u0000c'] }, { maxDepth: 10 })).toMatchObject({ kind: 'control_character', path: '/a/1' });
    expect(inspectJson({ 'x/y~': { 'k\u001f': 1 } }, { maxDepth: 10 })).toMatchObject({ kind: 'control_character', path: '/x~1y~0/k\u001f' });
    expect(inspectJson('a\u0007', { maxDepth: 10 })?.message).toContain('U+0007');
    expect(inspectJson({ a: '\ud83d' }, { maxDepth: 10 })?.message).toContain('unpaired surrogate');
    expect(inspectJson({ a: 'tab\t, lines\r\n, emoji 😀, DEL \u007f' }, { maxDepth: 10 })).toBeNull();
  });

  it('reports the first offending entry in document order', () => {
    expect(inspectJson({ a: 'fine', b: 'x\u0000', c: 'y\u0000' }, { maxDepth: 10 })?.path).toBe('/b');
  });

  it('limits depth without recursion, however deep the value', () => {
    let v: unknown = 1;
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(inspectJson(v, { maxDepth: 32 })).toMatchObject({ kind: 'too_deep' });
    expect(jsonDepthExceeds(v, 32)).toBe(true);
    expect(jsonDepthExceeds({ a: { b: [1] } }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: { b: [1] } }, 2)).toBe(true);
    expect(jsonDepthExceeds('x\u0000', 1)).toBe(false);
  });

  it('hasDisallowedChars agrees with inspectJson on strings', () => {
    for (const s of ['', 'a', '\u0000', '\t', '\u000b', '\ud800x', '😀']) expect(hasDisallowedChars(s)).toBe(inspectJson(s, { maxDepth: 1 }) !== null);
  });
});
