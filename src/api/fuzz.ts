/**
 * Request generation for the API fuzz test (fuzz.e2e.test.ts), driven by the served OpenAPI
 * document so that new endpoints are fuzzed without touching the test. Values follow the schemas
 * most of the time (to get past validation and reach the store) and are hostile otherwise: wrong
 * types, missing and unknown fields, huge and control-character strings, prototype keys, deep
 * nesting, forged cursors, extreme numbers.
 */
import { encodeCursor } from '../store/index.ts';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  examples?: unknown[];
  default?: unknown;
};

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  parameters?: { name: string; in: 'query' | 'path' | 'header'; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface FuzzRequest {
  method: string;
  /** Path with query string, e.g. /api/v1/accounts/acc_x?sort=__proto__ */
  url: string;
  /** Raw body text (already JSON or deliberately not), or undefined for none. */
  body?: string;
  as: 'admin' | 'viewer';
}

/** A small seeded PRNG (mulberry32): the same seed replays the same requests. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

const nested = (depth: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '__proto__',
  'constructor',
  'toString',
  '-hasOwnProperty',
  '😀'.repeat(50),
  '\ud800',
  'İstanbul ǅ ß ﬁ',
  "'; drop table accounts; --",
  '%00%ff',
  '../../etc/passwd',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '{"all":[]}',
  'x'.repeat(300),
  'y'.repeat(20_000),
];

const HOSTILE_NUMBERS = [0, -1, -0, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 63, Number.MIN_VALUE, 101, 1_000_000_000];

export function forgedCursor(rng: Rng): string {
  const v = rng.pick<unknown>(['a', '', 1, 1.5, 1e300, -1, null, true, {}, [], 'x\u0000', '9'.repeat(40)]);
  const id = rng.pick<unknown>(['acc_x', '', 1, null, 'a\u0000', 'z'.repeat(2000)]);
  switch (rng.int(4)) {
    case 0:
      return encodeCursor(v as never, id as never);
    case 1:
      return Buffer.from(JSON.stringify(rng.pick<unknown>([{ v }, { id }, [v, id], v, { v, id, extra: 1 }]))).toString('base64url');
    case 2:
      return rng.pick(['!!!', '====', 'eyJ', 'a'.repeat(499), '%00']);
    default:
      return encodeCursor(v as never, id as never).slice(0, 10);
  }
}

/** encodeURIComponent, except that lone surrogates become the invalid UTF-8 bytes %ED%A0%80. */
function enc(v: string): string {
  return v.split(/[\uD800-\uDFFF]/u).map(encodeURIComponent).join('%ED%A0%80');
}

export class Generator {
  constructor(
    private readonly rng: Rng,
    private readonly doc: OpenApiDoc,
    /** Real ids by prefix (acc, per, rol …), so that some requests reach existing records. */
    private readonly ids: Map<string, string[]>,
  ) {}

  private resolve(s: JsonSchema | undefined): JsonSchema {
    let schema = s ?? {};
    for (let i = 0; i < 10 && schema.$ref; i++) {
      const name = schema.$ref.split('/').pop() ?? '';
      schema = this.doc.components?.schemas?.[name] ?? {};
    }
    return schema;
  }

  /** Any hostile JSON value. */
  hostile(): unknown {
    const r = this.rng;
    switch (r.int(9)) {
      case 0:
        return r.pick(HOSTILE_STRINGS);
      case 1:
        return r.pick(HOSTILE_NUMBERS);
      case 2:
        return r.pick([true, false, null]);
      case 3:
        return [];
      case 4:
        return {};
      case 5:
        return nested(r.pick([33, 40, 70, 300, 1200]));
      case 6:
        // Parsed, not a literal: only JSON.parse makes "__proto__" an own (serialisable) key.
        return JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":1},"toString":"x"}') as unknown;
      case 7:
        return Array.from({ length: r.pick([2, 50, 1001]) }, () => r.pick(HOSTILE_STRINGS.slice(0, 8)));
      default:
        return r.pick(HOSTILE_STRINGS.slice(0, 6));
    }
  }

  private idFor(pattern: string | undefined): string {
    const prefix = pattern ? /\^(\w+)_/.exec(pattern)?.[1] : undefined;
    const known = prefix ? this.ids.get(prefix) : undefined;
    if (known?.length && this.rng.chance(0.7)) return this.rng.pick(known);
    return `${prefix ?? 'x'}_${this.rng.pick(['01J00000000000000000000000', 'missing', '\u0000', 'x'.repeat(90)])}`;
  }

  /** A value for `schema`: usually well-typed, sometimes hostile (probability `p`). */
  value(schema: JsonSchema | undefined, p: number, depth = 0): unknown {
    const r = this.rng;
    if (r.chance(p) || depth > 6) return this.hostile();
    const s = this.resolve(schema);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return r.pick(s.enum);
    const variants = s.anyOf ?? s.oneOf;
    if (variants?.length) return this.value(r.pick(variants), p, depth + 1);
    if (s.allOf?.length) return this.value(s.allOf[0], p, depth + 1);
    if (s.examples?.length && r.chance(0.5)) return r.pick(s.examples);
    const type = Array.isArray(s.type) ? r.pick(s.type) : s.type;
    switch (type) {
      case 'string':
        if (s.pattern?.startsWith('^') && /\^\w+_/.test(s.pattern)) return this.idFor(s.pattern);
        if (s.format === 'date-time') return r.pick(['2026-05-01T09:30:00Z', '2026-13-40T99:99:99Z', '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z']);
        if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return r.pick(['2026-05-01', '2026-02-30', '0000-00-00']);
        // Sometimes a word that is also an Object.prototype member: lookup tables keyed by user text must not find those.
        if (r.chance(0.1)) return r.pick(['constructor', 'Chief Constructor Officer', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']);
        return r.pick(['Acme', 'Software', 'c-level', 'it', 'email_opened', 'gold', 'VP of Sales', 'Chief Information Security Officer', `name ${r.int(1000)}`]);
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? 0;
        const hi = s.maximum ?? lo + 100;
        const n = lo + r.next() * Math.min(hi - lo, 1000);
        return type === 'integer' ? Math.round(n) : n;
      }
      case 'boolean':
        return r.chance(0.5);
      case 'null':
        return null;
      case 'array': {
        const n = Math.min(s.maxItems ?? 3, r.int(4) + (s.minItems ?? 0));
        return Array.from({ length: n }, () => this.value(s.items, p, depth + 1));
      }
      case 'object':
      default: {
        if (!s.properties && type !== 'object') return this.hostile();
        const out: Record<string, unknown> = {};
        const required = new Set(s.required ?? []);
        for (const [key, prop] of Object.entries(s.properties ?? {})) {
          // Required fields are nearly always sent; optional ones half of the time.
          if (required.has(key) ? r.chance(0.95) : r.chance(0.5)) out[key] = this.value(prop, p, depth + 1);
        }
        if (r.chance(0.05)) out[r.pick(['unknownField', '__proto__', 'constructor'])] = this.hostile();
        if (s.additionalProperties && typeof s.additionalProperties === 'object' && r.chance(0.5)) {
          out[r.pick(['tier', 'score', 'x-y', '__proto__', 'a\u0000', '9bad'])] = this.value(s.additionalProperties, p, depth + 1);
        }
        return out;
      }
    }
  }

  /** A query-string or path value as text. */
  private text(schema: JsonSchema | undefined, name: string, p: number): string[] {
    const r = this.rng;
    if (name === 'cursor') return [r.chance(0.8) ? forgedCursor(r) : r.pick(HOSTILE_STRINGS)];
    if (name === 'sort' && r.chance(0.6)) return [r.pick(['__proto__', 'constructor', '-toString', 'hasOwnProperty', 'name', '-name', 'createdAt', '-updatedAt', 'completeness'])];
    const v = this.value(schema, p);
    if (Array.isArray(v)) return v.slice(0, 5).map((x) => (typeof x === 'string' ? x : JSON.stringify(x) ?? ''));
    if (typeof v === 'string') return [v];
    return [JSON.stringify(v) ?? ''];
  }

  request(operationMethod: string, path: string, op: Operation): FuzzRequest {
    const r = this.rng;
    const method = operationMethod.toUpperCase();
    const p = r.pick([0, 0.05, 0.2, 0.6]);
    let url = path;
    const query: string[] = [];
    for (const param of op.parameters ?? []) {
      if (param.in === 'path') {
        const [v = ''] = r.chance(0.85) ? [this.idFor(this.resolve(param.schema).pattern)] : this.text(param.schema, param.name, 1);
        url = url.replace(`{${param.name}}`, enc(v));
      } else if (param.in === 'query' && (param.required || r.chance(0.4))) {
        for (const v of this.text(param.schema, param.name, p)) query.push(`${enc(param.name)}=${enc(v)}`);
      }
    }
    if (r.chance(0.05)) query.push(`${r.pick(['unknown', '__proto__', 'a%00'])}=${r.pick(['1', '%00', ''])}`);
    if (query.length) url += `?${query.join('&')}`;
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    let body: string | undefined;
    if (bodySchema || (method !== 'GET' && method !== 'DELETE' && r.chance(0.3))) {
      switch (r.int(12)) {
        case 0:
          body = r.pick(['{', 'null', '[]', '"str"', '1', '{"a":1,}', '']);
          break;
        case 1:
          // Deeper than any client-side JSON.stringify would survive: built as text.
          body = `{"custom":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
          break;
        default:
          body = JSON.stringify(this.value(bodySchema, p)) ?? 'null';
      }
    }
    return { method, url, body, as: r.chance(0.15) ? 'viewer' : 'admin' };
  }
}
