/**
 * A buying group's scores from its members, in one pass (the arithmetic behind every stored
 * score: generation, maintenance, recompute).
 */
import { WEIGHTING_BANDS, type WeightingBand } from '../roles.ts';
import { engagementScore } from './engagement.ts';

/** What scoring reads of a template's role definitions. */
export interface ScoredRole {
  roleId: string;
  required: boolean;
  membersRequired: number;
  weightingBand: WeightingBand;
}

/** What scoring needs of a template, prepared once: required roles with thresholds, role bands. */
export interface ScoreModel {
  required: readonly { roleId: string; threshold: number }[];
  bands: ReadonlyMap<string, number>;
}

export function scoreModel(roles: readonly ScoredRole[]): ScoreModel {
  return {
    required: roles.filter((r) => r.required).map((r) => ({ roleId: r.roleId, threshold: Math.max(1, r.membersRequired) })),
    bands: new Map(roles.map((r) => [r.roleId, WEIGHTING_BANDS[r.weightingBand]])),
  };
}

export interface GroupScores {
  completeness: number;
  /** Raw engagement (SPEC §5) behind `engagement`. */
  raw: number;
  engagement: number;
}

/**
 * A group's scores from its current members, which must be sorted by person id: the one
 * computation behind every stored score (generation, maintenance, recompute). It performs exactly
 * the arithmetic of `completeness` and `groupRawEngagement` (domain/scoring), in the same order —
 * per required role min(A, T) × 100 / T summed in template order then divided; role shares over
 * the roles present; members' raw × share summed in member order — without their intermediate
 * objects, so the same members always give the same doubles (generation.test.ts checks it).
 */
export function groupScores(model: ScoreModel, members: readonly { roleId: string; raw: number }[], k: number): GroupScores {
  const present: string[] = [];
  let total = 0;
  for (const m of members) {
    if (!present.includes(m.roleId)) {
      present.push(m.roleId);
      total += model.bands.get(m.roleId) ?? 0;
    }
  }
  let raw = 0;
  for (const m of members) raw += m.raw * (total === 0 ? 0 : (model.bands.get(m.roleId) ?? 0) / total);
  let completeness = 0;
  if (model.required.length) {
    let sum = 0;
    for (const r of model.required) {
      let a = 0;
      for (const m of members) if (m.roleId === r.roleId) a++;
      sum += (Math.min(a, r.threshold) * 100) / r.threshold;
    }
    completeness = sum / model.required.length;
  }
  return { completeness, raw, engagement: engagementScore(raw, k) };
}

/** Orders members by person id (code units), the order scores are summed in. */
export function byPersonId(a: { personId: string }, b: { personId: string }): number {
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}
