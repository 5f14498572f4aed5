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
  titleEvidence,
  withExplicit,
} from './derive.ts';
export type { DerivedPersonFields, DerivedSource, ExplicitRoleFields } from './derive.ts';
export { LEGACY_FUNCTIONS, LEGACY_SENIORITIES, upgradeLegacyCondition } from './legacy.ts';
