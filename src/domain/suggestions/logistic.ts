/**
 * Multinomial logistic regression over sparse binary features, with L2 regularisation, trained
 * by AdaGrad-scaled stochastic gradient descent in a seeded order (deterministic given the seed
 * and the examples in the same order).
 *
 * Classes are the roles plus a last class "no role": one softmax, so a person gets at most one
 * role (as in a buying group) and the probabilities of the roles and of "none" sum to 1. The
 * log-odds of role k against "none" is a sum of per-feature terms w[f][k] − w[f][none], which is
 * what reasons show. L2 is applied to the weights of the features an example has, when it has
 * them (the usual sparse approximation: a weight decays as often as it is used), so an update
 * costs O(features × classes), never O(vocabulary).
 */
import { seededRandom, shuffleInPlace } from './random.ts';

/** Examples collected as compressed rows (CSR) over a growing vocabulary. */
export class ExampleSet {
  readonly vocabulary = new Map<string, number>();
  readonly names: string[] = [];
  /** How many examples have each feature (for pruning rare ones). */
  counts = new Int32Array(1024);
  private cols = new Int32Array(1 << 16);
  private nnz = 0;
  private offsets: number[] = [0];
  private labelList: number[] = [];
  private weightList: number[] = [];

  get size(): number {
    return this.labelList.length;
  }

  /** The feature index of this name, adding it to the vocabulary when new. */
  intern(f: string): number {
    let i = this.vocabulary.get(f);
    if (i === undefined) {
      i = this.names.length;
      this.vocabulary.set(f, i);
      this.names.push(f);
      if (i >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return i;
  }

  /** Feature indices of these names, adding new names to the vocabulary. */
  indices(features: readonly string[]): number[] {
    return features.map((f) => this.intern(f));
  }

  /** Adds one example: its feature indices (from `indices`), its class and its weight. */
  add(featureIndices: readonly number[], label: number, weight = 1): void {
    if (this.nnz + featureIndices.length > this.cols.length) {
      const grown = new Int32Array(Math.max(this.cols.length * 2, this.nnz + featureIndices.length));
      grown.set(this.cols.subarray(0, this.nnz));
      this.cols = grown;
    }
    for (const i of featureIndices) {
      this.cols[this.nnz++] = i;
      this.counts[i] = (this.counts[i] ?? 0) + 1;
    }
    this.offsets.push(this.nnz);
    this.labelList.push(label);
    this.weightList.push(weight);
  }

  /**
   * The rows with only the features `keep` marks (CSR: offsets, columns), and the labels and
   * weights as typed arrays: what the training loop reads, with no per-example object.
   */
  compact(keep: Int32Array): { offsets: Int32Array; cols: Int32Array; labels: Int32Array; weights: Float64Array } {
    const offsets = new Int32Array(this.offsets.length);
    const cols = new Int32Array(this.nnz);
    let at = 0;
    for (let i = 0; i < this.labelList.length; i++) {
      for (let j = this.offsets[i]!; j < this.offsets[i + 1]!; j++) {
        const f = this.cols[j]!;
        if (keep[f] === 1) cols[at++] = f;
      }
      offsets[i + 1] = at;
    }
    return { offsets, cols: cols.subarray(0, at), labels: Int32Array.from(this.labelList), weights: Float64Array.from(this.weightList) };
  }

  /** The example's features, label and weight (read-only views). */
  row(i: number): { cols: Int32Array; label: number; weight: number } {
    return { cols: this.cols.subarray(this.offsets[i]!, this.offsets[i + 1]!), label: this.labelList[i]!, weight: this.weightList[i]! };
  }
}

export interface TrainOptions {
  /** L2 strength per use of a weight. */
  l2: number;
  epochs: number;
  learningRate: number;
  seed: number;
  /** Features seen in fewer examples are left out of the model. */
  minFeatureCount: number;
  /**
   * Early stopping: training ends after an epoch whose mean (weighted) loss improved on the
   * previous epoch's by less than this share; 0 runs every epoch.
   */
  tolerance: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 1e-4, epochs: 6, learningRate: 0.3, seed: 1, minFeatureCount: 2, tolerance: 0.01 };

/** A trained softmax: weights[f * classes + k], bias[k]; the last class is "none". */
export interface SoftmaxModel {
  classes: number;
  features: string[];
  weights: Float64Array;
  bias: Float64Array;
  /** Epochs run (fewer than asked when early stopping ended training). */
  epochs: number;
}

/** Trains on the set; `classes` counts the "none" class (last). */
export function trainSoftmax(set: ExampleSet, classes: number, options: Partial<TrainOptions> = {}): SoftmaxModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const F = set.names.length;
  const keep = new Int32Array(F);
  for (let f = 0; f < F; f++) keep[f] = (set.counts[f] ?? 0) >= o.minFeatureCount ? 1 : 0;
  const w = new Float64Array(F * classes);
  const g2 = new Float64Array(F * classes).fill(1e-8);
  const b = new Float64Array(classes);
  const gb2 = new Float64Array(classes).fill(1e-8);
  // Start the bias at the class frequencies (log prior): fewer epochs to converge.
  const freq = new Float64Array(classes).fill(1);
  for (let i = 0; i < set.size; i++) {
    const r = set.row(i);
    freq[r.label] = (freq[r.label] ?? 0) + r.weight;
  }
  const total = freq.reduce((s, v) => s + v, 0);
  for (let k = 0; k < classes; k++) b[k] = Math.log(freq[k]! / total);

  const { offsets, cols, labels, weights } = set.compact(keep);
  const order = new Int32Array(set.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const random = seededRandom(o.seed);
  const z = new Float64Array(classes);
  const lr = o.learningRate;
  const l2 = o.l2;
  let previous = Infinity;
  let epochs = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    epochs++;
    let loss = 0;
    shuffleInPlace(order, random);
    for (let n = 0; n < order.length; n++) {
      const row = order[n]!;
      const from = offsets[row]!;
      const to = offsets[row + 1]!;
      const label = labels[row]!;
      const weight = weights[row]!;
      z.set(b);
      for (let j = from; j < to; j++) {
        const base = cols[j]! * classes;
        for (let k = 0; k < classes; k++) z[k]! += w[base + k]!;
      }
      softmaxInPlace(z);
      loss -= weight * Math.log(z[label]! + 1e-12);
      for (let k = 0; k < classes; k++) {
        const g = (z[k]! - (k === label ? 1 : 0)) * weight;
        z[k] = g; // z now holds the gradient of the loss by the logit
        gb2[k]! += g * g;
        b[k]! -= (lr * g) / Math.sqrt(gb2[k]!);
      }
      for (let j = from; j < to; j++) {
        const base = cols[j]! * classes;
        for (let k = 0; k < classes; k++) {
          const at = base + k;
          const g = z[k]! + l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (lr * g) / Math.sqrt(g2[at]!);
        }
      }
    }
    // The loss is measured while the epoch learns (no second pass): a slightly pessimistic
    // estimate, the same for every epoch, so its improvement tells when more epochs stop paying.
    if (o.tolerance > 0 && previous - loss < o.tolerance * previous) break;
    previous = loss;
  }
  return { classes, features: set.names.slice(), weights: w, bias: b, epochs };
}

export function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp(z[k]! - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
}
