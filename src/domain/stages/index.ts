export * from './validate.ts';
export * from './transitions.ts';
