import { describe, expect, it } from 'vitest';
import { ExampleSet, softmaxInPlace, trainSoftmax } from './logistic.ts';
import { predict, probabilities, reasonsText, toStoredModel } from './model.ts';
import { seededRandom } from './random.ts';

/** Role 0 when "a" is there, role 1 when "b", none otherwise; "noise" says nothing. */
function toySet(n: number, seed: number): ExampleSet {
  const set = new ExampleSet();
  const r = seededRandom(seed);
  for (let i = 0; i < n; i++) {
    const u = r();
    const label = u < 0.2 ? 0 : u < 0.4 ? 1 : 2;
    const features = [label === 0 ? 't:a' : label === 1 ? 't:b' : 't:c'];
    if (r() < 0.5) features.push('t:noise');
    set.add(set.indices(features), label);
  }
  return set;
}

describe('softmax logistic regression', () => {
  it('learns a separable problem, and probabilities sum to 1', () => {
    const m = toStoredModel(trainSoftmax(toySet(2000, 7), 3, { epochs: 4 }), ['r0', 'r1']);
    const a = probabilities(m, ['t:a']);
    expect(a[0]).toBeGreaterThan(0.9);
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
    expect(predict(m, ['t:b'])?.roleId).toBe('r1');
    expect(probabilities(m, ['t:c'])[2]).toBeGreaterThan(0.9);
    // The uninformative feature has (almost) no say.
    const noise = m.weights['t:noise'];
    if (noise) expect(Math.max(...noise.map(Math.abs))).toBeLessThan(0.5);
  });

  it('is deterministic given the seed, and the seed matters', () => {
    const one = toStoredModel(trainSoftmax(toySet(500, 1), 3, { seed: 3 }), ['r0', 'r1']);
    const two = toStoredModel(trainSoftmax(toySet(500, 1), 3, { seed: 3 }), ['r0', 'r1']);
    const other = toStoredModel(trainSoftmax(toySet(500, 1), 3, { seed: 4 }), ['r0', 'r1']);
    expect(two).toEqual(one);
    expect(other).not.toEqual(one);
  });

  it('L2 keeps weights smaller', () => {
    const weak = trainSoftmax(toySet(2000, 2), 3, { l2: 0 });
    const strong = trainSoftmax(toySet(2000, 2), 3, { l2: 0.05 });
    const norm = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0));
    expect(norm(strong.weights)).toBeLessThan(norm(weak.weights) * 0.8);
  });

  it('leaves rare features out of the model', () => {
    const set = toySet(200, 5);
    set.add(set.indices(['t:a', 't:once']), 0);
    const m = toStoredModel(trainSoftmax(set, 3, { minFeatureCount: 2 }), ['r0', 'r1']);
    expect(m.weights['t:once']).toBeUndefined();
    expect(m.weights['t:a']).toBeDefined();
  });

  it('weights count: a heavily weighted example moves the model more', () => {
    const base = (w: number) => {
      const set = new ExampleSet();
      for (let i = 0; i < 50; i++) set.add(set.indices(['t:x']), 2);
      set.add(set.indices(['t:x']), 0, w);
      return probabilities(toStoredModel(trainSoftmax(set, 3, { minFeatureCount: 1 }), ['r0', 'r1']), ['t:x'])[0]!;
    };
    expect(base(20)).toBeGreaterThan(base(1));
  });

  it('softmax is stable for large logits', () => {
    const z = Float64Array.from([1000, 1000, -1000]);
    softmaxInPlace(z);
    expect([...z]).toEqual([0.5, 0.5, 0]);
  });

  it('explains a prediction with the features that raised the role, strongest first, in words', () => {
    const m = toStoredModel(trainSoftmax(toySet(2000, 7), 3), ['r0', 'r1']);
    const p = predict(m, ['t:a', 't:noise', 't:unknown'])!;
    expect(p.roleId).toBe('r0');
    expect(p.reasons[0]).toMatchObject({ feature: 't:a', text: "title contains 'a'" });
    expect(p.reasons[0]!.weight).toBeGreaterThan(1);
    expect(reasonsText(p.reasons)).toMatch(/^title contains 'a' \(\+\d+\.\d\)/);
    // Excluding the best role (a dismissal) gives the next one.
    expect(predict(m, ['t:a'], ['r0'])?.roleId).toBe('r1');
    expect(predict(m, ['t:a'], ['r0', 'r1'])).toBeNull();
  });
});
