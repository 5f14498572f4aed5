export * from './assign.ts';
export * from './precedence.ts';
