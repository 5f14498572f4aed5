/** Seniority and function derived from job titles (its public surface). */
export { deriveFunction, deriveSeniority } from './derive.ts';
