export * from './assign.ts';
export * from './actions.ts';
export * from './precedence.ts';
export * from './explain.ts';
export * from './removal.ts';
export * from './upgrade.ts';
export * from './groups.ts';
