export * from './completeness.ts';
export * from './engagement.ts';
export * from './group-scores.ts';
