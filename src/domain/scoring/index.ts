export * from './completeness.ts';
export * from './engagement.ts';
