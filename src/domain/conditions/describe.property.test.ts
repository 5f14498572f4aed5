/**
 * describeCondition never throws: over the conditions the SQL property tests generate (valid ones,
 * both subjects, personas included) and over anything the structural schema lets through
 * (any operator with any field, odd operands), which stored or hand-written JSON may hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCondition, STRING_OPS, DATE_OPS, BOOLEAN_OPS, type Condition } from './index.ts';
import { addPersonas, buildDataset, conditionArb } from '../../store/conditions-sql.testdata.ts';

const ALL_OPS = [...new Set([...STRING_OPS, ...DATE_OPS, ...BOOLEAN_OPS])];

/** Structurally valid (conditionSchema) but not necessarily meaningful conditions. */
const looseArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      field: fc.oneof(fc.constantFrom('jobTitle', 'createdAt', 'employees', 'unsubscribed', 'custom.x', 'custom.', 'constructor', '__proto__', 'toString'), fc.string({ minLength: 1, maxLength: 8 })),
      op: fc.constantFrom(...ALL_OPS),
      value: fc.option(fc.oneof(fc.string(), fc.double(), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 })), { nil: undefined }),
      type: fc.option(fc.constantFrom('string', 'number', 'date', 'boolean' as const), { nil: undefined }),
    }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as Condition),
    fc.record({ activity: fc.record({ type: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })), atLeast: fc.integer(), inLastDays: fc.integer() }) }),
    fc.record({ persona: fc.string().map((s) => `psn_${s}`) }),
    fc.record({ memberOfList: fc.string().map((s) => `lst_${s}`) }),
    fc.record({ descendantOf: fc.string().map((s) => `acc_${s}`) }),
    fc.record({ roleInAccount: fc.record({ op: fc.constantFrom(...STRING_OPS), value: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })) }, { requiredKeys: ['op'] }) }),
    fc.record({ people: fc.record({ atLeast: fc.integer(), where: tie('c'), relationType: fc.constantFrom('employee' as const, ['employee', 'contractor'] as ('employee' | 'contractor')[]) }, { requiredKeys: ['atLeast'] }) }),
    fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;

describe('describeCondition (property)', () => {
  const dataset = buildDataset(7);
  addPersonas(dataset, 7);
  const names = new Map([...dataset.personas.keys()].map((id) => [id, `Persona ${id}`]));

  it.each(['person', 'account'] as const)('never throws and never returns an empty text on generated %s conditions', (subject) => {
    fc.assert(
      fc.property(conditionArb({ subject, dataset, personas: true }), (c) => {
        const words = describeCondition(c, names, { subject, personas: dataset.personas });
        expect(typeof words).toBe('string');
        expect(words.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on structurally valid conditions with any operator', () => {
    fc.assert(
      fc.property(looseArb, fc.constantFrom('person' as const, 'account' as const, undefined), (c, subject) => {
        expect(typeof describeCondition(c, undefined, subject ? { subject } : {})).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
