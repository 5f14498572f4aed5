/** Job-title classification (LinkedIn's seniorities and functions, finer specialties): the public surface. */
export { classifyTitle } from './classify.ts';
export type { Evidence, TitleClassification } from './classify.ts';
export { fold, tokenise, MAX_TITLE_CHARS } from './normalise.ts';
export { FUNCTIONS, FUNCTION_LABELS, SENIORITIES, SENIORITY_LABELS, SENIORITY_RANK, SPECIALTIES } from './taxonomy.ts';
export type { FunctionId, SeniorityId, SpecialtyId } from './taxonomy.ts';
