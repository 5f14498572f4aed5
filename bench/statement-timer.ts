/**
 * Every statement timed at the driver — better-sqlite3's `run`/`all`/`get`, pg's `Client.query` —
 * so a profile measures the code path the product runs, with no other instrumentation. Statements
 * are grouped by their text with literals and parameter lists folded (`shape`). Patches the
 * drivers' prototypes: for benchmark scripts only, never imported by the product.
 */
import pg from 'pg';
import SQLite from 'better-sqlite3';
import type { Engine } from '../src/store/db.ts';

export interface StatementStats {
  n: number;
  ms: number;
  rows: number;
}

export const shape = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/'[^']*'/g, "'…'")
    .replace(/(\$\d+|\?)(\s*,\s*(\$\d+|\?))+/g, '?…')
    .replace(/\(\?…\)(, \(\?…\))+/g, '(?…)…')
    .slice(0, 160);

export interface StatementTimer {
  /** Statements by shape, while recording. */
  readonly stats: Map<string, StatementStats>;
  recording: boolean;
  /** Total time in statements recorded so far. */
  totalMs(): number;
  /** The `top` shapes by total time, one line each (`perCall` divides by `calls`, e.g. per change). */
  lines(top: number, calls?: number): string[];
}

export function timeStatements(engine: Engine): StatementTimer {
  const stats = new Map<string, StatementStats>();
  const timer: StatementTimer = {
    stats,
    recording: false,
    totalMs: () => [...stats.values()].reduce((a, s) => a + s.ms, 0),
    lines: (top, calls = 1) =>
      [...stats]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, top)
        .map(([k, s]) => `${(s.ms / calls).toFixed(calls > 1 ? 3 : 0).padStart(9)} ms ${(s.n / calls).toFixed(calls > 1 ? 2 : 0).padStart(7)}× ${String(Math.round(s.rows / calls)).padStart(8)} rows  ${k}`),
  };
  const note = (text: string, ms: number, rows: number) => {
    if (!timer.recording) return;
    const k = shape(text);
    const s = stats.get(k) ?? { n: 0, ms: 0, rows: 0 };
    s.n++;
    s.ms += ms;
    s.rows += rows;
    stats.set(k, s);
  };
  if (engine === 'sqlite') {
    const probe = new SQLite(':memory:');
    const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
    probe.close();
    for (const method of ['run', 'all', 'get'] as const) {
      const original = proto[method] as (...a: unknown[]) => unknown;
      proto[method] = function (this: { source: string }, ...args: unknown[]) {
        const t = performance.now();
        const out = original.apply(this, args);
        note(this.source, performance.now() - t, Array.isArray(out) ? out.length : ((out as { changes?: number })?.changes ?? 0));
        return out;
      };
    }
  } else {
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const config = args[0];
      const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
      const t = performance.now();
      const out = original.apply(this, args);
      if (out && typeof (out as Promise<unknown>).then === 'function' && typeof args.at(-1) !== 'function') {
        (out as Promise<{ rowCount?: number }>).then(
          (r) => note(text, performance.now() - t, r?.rowCount ?? 0),
          () => undefined,
        );
      }
      return out;
    };
  }
  return timer;
}
