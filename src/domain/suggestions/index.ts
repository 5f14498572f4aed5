/** Learned member suggestions and template induction (issue 10): the public surface. */
export { ACTIVITY_WINDOW_DAYS, describeFeature, extractFeatures, titleFeatures } from './features.ts';
export type { PersonExample } from './features.ts';
export { DEFAULT_TRAIN_OPTIONS, ExampleSet, trainSoftmax } from './logistic.ts';
export type { SoftmaxModel, TrainOptions } from './logistic.ts';
export { DEFAULT_THRESHOLD, MAX_REASONS, MODEL_FORMAT, predict, probabilities, reasonsText, toStoredModel } from './model.ts';
export type { Prediction, Reason, StoredModel } from './model.ts';
export { DEFAULT_TRAINING_OPTIONS, ModelTrainer, suggestForGroup } from './training.ts';
export type { CandidateMember, GroupPerson, Suggestion, TrainingOptions, TrainingStats } from './training.ts';
export { DEFAULT_INDUCTION_OPTIONS, induceTemplate } from './induce.ts';
export type { InducedRole, InductionOptions, JudgedPerson } from './induce.ts';
export { seededRandom } from './random.ts';
