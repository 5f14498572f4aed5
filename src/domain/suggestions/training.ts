/**
 * From buying groups to training examples, and from a model to suggestions — pure.
 *
 * Labels (one example per person per group):
 * - a confirmed member (source manual, journey or import; a confirmed suggestion became manual)
 *   is an example of their role, weight 1; a rule member only when `includeRuleMembers`, with
 *   the lower `ruleWeight` (rules are what the user wrote, not what they judged);
 * - a person removed by a stronger source than rules, or a remembered dismissal, is an example
 *   of "no role" with `dismissalWeight` (a judged negative);
 * - everyone else related to the account is "no role", weight 1, kept with `negativeRate`
 *   (re-weighted by its inverse so probabilities stay calibrated).
 * Groups without a single positive example are skipped: there nobody has judged yet, so their
 * people are not known negatives.
 */
import { applyOperation, strength, type MemberSource } from '../assignment/index.ts';
import { extractFeatures, FeatureEncoder, type PersonExample } from './features.ts';
import { ExampleSet, trainSoftmax, type TrainOptions } from './logistic.ts';
import { DEFAULT_THRESHOLD, predict, toStoredModel, type Prediction, type StoredModel } from './model.ts';
import { seededRandom } from './random.ts';

export interface CandidateMember {
  roleId: string;
  source: MemberSource;
  removed: boolean;
}

/** One person of a group's account, with what the group says of them. */
export interface GroupPerson extends PersonExample {
  personId: string;
  member: CandidateMember | null;
  /** Roles this person's suggestions were dismissed for in this group. */
  dismissedRoleIds: readonly string[];
}

export interface TrainingOptions extends TrainOptions {
  includeRuleMembers: boolean;
  ruleWeight: number;
  dismissalWeight: number;
  /** Share of plain negatives kept (0, 1]. */
  negativeRate: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  l2: 1e-4,
  epochs: 6,
  learningRate: 0.3,
  seed: 1,
  minFeatureCount: 2,
  tolerance: 0.01,
  includeRuleMembers: false,
  ruleWeight: 0.3,
  dismissalWeight: 2,
  negativeRate: 1,
};

const CONFIRMED: readonly MemberSource[] = ['manual', 'journey', 'import'];

export interface TrainingStats {
  groups: number;
  groupsSkipped: number;
  examples: number;
  positives: Record<string, number>;
  negatives: number;
  dismissals: number;
  features: number;
  /** Epochs the fit ran (early stopping may end it before TrainOptions.epochs). */
  epochs?: number;
}

/** Collects examples group by group, then trains. */
export class ModelTrainer {
  private readonly set = new ExampleSet();
  private readonly classOf: Map<string, number>;
  private readonly random: () => number;
  private readonly encoder: FeatureEncoder;
  readonly stats: TrainingStats;
  readonly options: TrainingOptions;

  constructor(
    readonly roleIds: readonly string[],
    now: number,
    options: Partial<TrainingOptions> = {},
  ) {
    this.options = { ...DEFAULT_TRAINING_OPTIONS, ...options };
    if (!(this.options.negativeRate > 0 && this.options.negativeRate <= 1)) throw new Error('negativeRate must be in (0, 1]');
    this.classOf = new Map(roleIds.map((r, i) => [r, i]));
    this.random = seededRandom(this.options.seed ^ 0x9e3779b9);
    this.encoder = new FeatureEncoder((name) => this.set.intern(name), now);
    this.stats = { groups: 0, groupsSkipped: 0, examples: 0, positives: Object.fromEntries(roleIds.map((r) => [r, 0])), negatives: 0, dismissals: 0, features: 0 };
  }

  /** The label and weight of one person, or null when the person is left out. */
  private label(p: GroupPerson): { label: number; weight: number; positive: boolean; judged: boolean } | null {
    const none = this.roleIds.length;
    const m = p.member;
    if (m && !m.removed) {
      const k = this.classOf.get(m.roleId);
      // A member of a role the template no longer has teaches nothing about the roles it has.
      if (k === undefined) return null;
      if (CONFIRMED.includes(m.source)) return { label: k, weight: 1, positive: true, judged: true };
      if (this.options.includeRuleMembers) return { label: k, weight: this.options.ruleWeight, positive: true, judged: false };
      return null; // rule or pending: not judged either way
    }
    if (p.dismissedRoleIds.length > 0 || (m && m.removed && strength(m.source) > strength('rule'))) return { label: none, weight: this.options.dismissalWeight, positive: false, judged: true };
    return { label: none, weight: 1, positive: false, judged: false };
  }

  addGroup(people: readonly GroupPerson[]): void {
    const labelled = people.map((p) => ({ p, l: this.label(p) }));
    if (!labelled.some((x) => x.l?.positive && x.l.weight === 1)) {
      this.stats.groupsSkipped++;
      return;
    }
    this.stats.groups++;
    for (const { p, l } of labelled) {
      if (!l) continue;
      let weight = l.weight;
      if (!l.positive && !l.judged) {
        if (this.options.negativeRate < 1 && this.random() >= this.options.negativeRate) continue;
        weight = 1 / this.options.negativeRate;
      }
      this.set.add(this.encoder.encode(p), l.label, weight);
      this.stats.examples++;
      if (l.positive) this.stats.positives[this.roleIds[l.label]!]!++;
      else if (l.judged) this.stats.dismissals++;
      else this.stats.negatives++;
    }
  }

  /** Trains the model (null when no group had a positive example). */
  finish(): StoredModel | null {
    if (this.stats.groups === 0) return null;
    const m = trainSoftmax(this.set, this.roleIds.length + 1, this.options);
    const stored = toStoredModel(m, this.roleIds);
    this.stats.features = Object.keys(stored.weights).length;
    this.stats.epochs = m.epochs;
    return stored;
  }
}

export interface Suggestion extends Prediction {
  personId: string;
}

/**
 * What the model proposes for one group: for each person who is not a member and whom no
 * stronger source removed (precedence.ts: a suggestion is as strong as a rule, so it never
 * overrides a manual, journey or import decision, nor a rule member), the most probable role not
 * dismissed for them, when its probability reaches the threshold. Highest probability first.
 */
export function suggestForGroup(model: StoredModel, people: readonly GroupPerson[], now: number, threshold = DEFAULT_THRESHOLD): Suggestion[] {
  const out: Suggestion[] = [];
  for (const p of people) {
    if (p.member && !p.member.removed) continue;
    const features = extractFeatures(p, now);
    const prediction = predict(model, features, p.dismissedRoleIds);
    if (!prediction || prediction.probability < threshold) continue;
    const current = p.member ? { personId: p.personId, ...p.member } : undefined;
    if (applyOperation(current, { kind: 'set', personId: p.personId, roleId: prediction.roleId, source: 'suggestion' }).refusal) continue;
    out.push({ personId: p.personId, ...prediction });
  }
  return out.sort((a, b) => b.probability - a.probability || (a.personId < b.personId ? -1 : 1));
}
