/** Seniority, functions and specialties derived from job titles (its public surface). */
export {
  DERIVED_FUNCTIONS,
  DERIVED_SENIORITIES,
  DERIVED_SPECIALTIES,
  classifyPerson,
  decodeList,
  deriveFunction,
  derivePerson,
  deriveSeniority,
  encodeList,
  isDerivedFunction,
  isDerivedSeniority,
  memoClassifyPerson,
  titleEvidence,
  withExplicit,
} from './derive.ts';
export type { DerivedPersonFields, DerivedSource, ExplicitRoleFields } from './derive.ts';
export { LEGACY_FUNCTIONS, LEGACY_SENIORITIES, upgradeLegacyCondition } from './legacy.ts';
export { DEFAULT_PERSONAS, DEFAULT_PERSONA_IDS } from './default-personas.ts';
export type { DefaultPersona } from './default-personas.ts';
