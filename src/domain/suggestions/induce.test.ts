import { describe, expect, it } from 'vitest';
import { induceTemplate, type JudgedPerson } from './induce.ts';
import { validateCondition } from '../conditions/index.ts';

const person = (id: string, roleId: string | null, jobTitle: string | null, derivedSeniority: string | null = null, derivedFunction: string | null = null, department: string | null = null): JudgedPerson => ({ personId: id, roleId, jobTitle, department, derivedSeniority, derivedFunction });

describe('template induction', () => {
  it('finds a readable rule per role, valid in the condition language, with precision and recall measured', () => {
    const people: JudgedPerson[] = [];
    for (let i = 0; i < 10; i++) people.push(person(`dm${i}`, 'dm', `Chief Information Officer ${i}`, 'c-level', 'it'));
    for (let i = 0; i < 10; i++) people.push(person(`inf${i}`, 'inf', `IT Director ${i}`, 'director', 'it'));
    for (let i = 0; i < 10; i++) people.push(person(`x${i}`, null, `Sales Director ${i}`, 'director', 'sales'));
    for (let i = 0; i < 10; i++) people.push(person(`y${i}`, null, `Chief Sales Officer ${i}`, 'c-level', 'sales'));
    const induced = induceTemplate(people, ['dm', 'inf']);
    expect(induced.map((r) => r.roleId).sort()).toEqual(['dm', 'inf']);
    for (const r of induced) {
      expect(() => validateCondition(r.condition, 'person')).not.toThrow();
      expect(r).toMatchObject({ precision: 1, recall: 1, support: 10, predicted: 10 });
    }
    // "c-level" alone would take the sales chiefs too: not what was learned.
    expect(induced.find((r) => r.roleId === 'dm')!.condition).not.toEqual({ field: 'derivedSeniority', op: 'is', value: 'c-level' });
  });

  it('reports the precision the evaluator sees when no rule is perfect, and leaves out roles it cannot learn', () => {
    const people: JudgedPerson[] = [];
    for (let i = 0; i < 8; i++) people.push(person(`a${i}`, 'dm', 'Head of Legal'));
    for (let i = 0; i < 2; i++) people.push(person(`b${i}`, null, 'Head of Legal'));
    people.push(person('lonely', 'other', 'Gardener'));
    const induced = induceTemplate(people, ['dm', 'other']);
    expect(induced).toHaveLength(1);
    expect(induced[0]).toMatchObject({ roleId: 'dm', precision: 0.8, recall: 1, predicted: 10, support: 8 });
  });

  it('orders roles by precision, since a template gives a person the first role that matches', () => {
    const people: JudgedPerson[] = [];
    for (let i = 0; i < 6; i++) people.push(person(`v${i}`, 'broad', 'Manager'));
    for (let i = 0; i < 2; i++) people.push(person(`w${i}`, null, 'Manager'));
    for (let i = 0; i < 6; i++) people.push(person(`s${i}`, 'sharp', 'Security Lead', null, null, 'security'));
    const induced = induceTemplate(people, ['broad', 'sharp']);
    expect(induced.map((r) => r.roleId)).toEqual(['sharp', 'broad']);
    expect(induced[0]).toMatchObject({ precision: 1, recall: 1 });
    expect(induced[1]).toMatchObject({ precision: 0.75, recall: 1 });
  });
});
