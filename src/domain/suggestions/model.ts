/**
 * A trained suggestion model as stored (plain JSON) and its use: the most probable role of a
 * person with its probability and the reasons — the features that pushed the log-odds of that
 * role against "no role" up the most, in words.
 */
import { describeFeature } from './features.ts';
import { softmaxInPlace, type SoftmaxModel } from './logistic.ts';

export const MODEL_FORMAT = 1;
/** Suggestions below this probability are not proposed. */
export const DEFAULT_THRESHOLD = 0.6;
/** Reasons kept per suggestion. */
export const MAX_REASONS = 3;
/** Features whose largest log-odds term is below this are dropped from the stored model. */
const PRUNE_BELOW = 0.01;

export interface StoredModel {
  format: typeof MODEL_FORMAT;
  /** Classes in order; one more class, "no role", comes last in each weight vector. */
  roleIds: string[];
  /** Feature name → one weight per class (roles, then "no role"). */
  weights: Record<string, number[]>;
  bias: number[];
}

export interface Reason {
  feature: string;
  /** The feature in words: "title contains 'leiter it'". */
  text: string;
  /** Its term in the log-odds of the role against "no role". */
  weight: number;
}

export interface Prediction {
  roleId: string;
  probability: number;
  reasons: Reason[];
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;

export function toStoredModel(m: SoftmaxModel, roleIds: readonly string[]): StoredModel {
  if (m.classes !== roleIds.length + 1) throw new Error(`a model of ${m.classes} classes cannot hold ${roleIds.length} roles and "none"`);
  const weights: Record<string, number[]> = {};
  const none = m.classes - 1;
  for (let f = 0; f < m.features.length; f++) {
    const base = f * m.classes;
    let strongest = 0;
    for (let k = 0; k < none; k++) strongest = Math.max(strongest, Math.abs(m.weights[base + k]! - m.weights[base + none]!));
    if (strongest < PRUNE_BELOW) continue;
    weights[m.features[f]!] = Array.from(m.weights.subarray(base, base + m.classes), round);
  }
  return { format: MODEL_FORMAT, roleIds: [...roleIds], weights, bias: Array.from(m.bias, round) };
}

/** Every class's probability (roles, then "no role") for a person's features. */
export function probabilities(model: StoredModel, features: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  softmaxInPlace(z);
  return z;
}

/**
 * The most probable role (never "no role"; never one of `excludedRoleIds`, e.g. dismissed) with
 * its probability and reasons; null when no role is left.
 */
export function predict(model: StoredModel, features: readonly string[], excludedRoleIds: readonly string[] = []): Prediction | null {
  const p = probabilities(model, features);
  let best = -1;
  for (let k = 0; k < model.roleIds.length; k++) {
    if (excludedRoleIds.includes(model.roleIds[k]!)) continue;
    if (best < 0 || p[k]! > p[best]!) best = k;
  }
  if (best < 0) return null;
  const none = model.roleIds.length;
  const reasons: Reason[] = [];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    const weight = w[best]! - w[none]!;
    if (weight > 0.05) reasons.push({ feature: f, text: describeFeature(f), weight: Math.round(weight * 100) / 100 });
  }
  reasons.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return { roleId: model.roleIds[best]!, probability: p[best]!, reasons: reasons.slice(0, MAX_REASONS) };
}

/** Reasons in one line: "title contains 'leiter it' (+0.9), event attended 2-4 times (+0.4)". */
export function reasonsText(reasons: readonly Reason[]): string {
  return reasons.map((r) => `${r.text} (${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(1)})`).join(', ');
}
