/**
 * Repeated measurements: every measured step of the benchmark runs several times, and the report
 * gives the median with the spread (min–max), so that a loaded machine shows up as spread rather
 * than as a wrong figure. Ratios are taken between medians measured in the same run.
 */

/** Runs of one step (milliseconds). */
export type Runs = readonly number[];

export function median(runs: Runs): number {
  if (runs.length === 0) return NaN;
  const s = [...runs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The q-quantile (nearest rank) of many samples (single changes). */
export function quantile(values: Runs, q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(runs: Runs): Spread {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), n: runs.length };
}

/**
 * How time grows with the work: the exponent b of time ∝ members^b fitted (least squares on
 * logarithms) through the medians of the sizes measured. 1 is linear; a fixed cost per job pulls
 * it below 1, super-linear growth (an index or a cache that stops fitting) above.
 */
export function growthExponent(points: readonly { members: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.members));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? NaN : num / den;
}

/** Linear enough: time per member at the largest size at most this much over the smallest size's. */
export const LINEAR_TOLERANCE = 1.25;
