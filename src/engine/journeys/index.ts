/**
 * The journey runtime (issue 12): admission, steps, the outbox that wakes listen steps, effects.
 * The pure engine is domain/journeys; what is stored is store/journeys.ts and journey-runtime.ts.
 */
export { JourneyWorker, type JourneyWorkerOptions, type TickCounts } from './worker.ts';
export { admitAccounts, type AdmitCounts } from './admit.ts';
export { JOURNEY_RETRY_POLICY, performEffect, performEffects, type EffectDeps, type EffectOutcome } from './effects.ts';
export { journeyFactsLoader } from './facts.ts';
export { messageIdFor, smtpConfig, smtpMailer, type Mailer, type OutgoingMail, type SmtpConfig } from './mailer.ts';
export { journeyLoopSettings, journeysEnabled, journeyWorkerFor, startJourneyLoop, type JourneyLoop, type JourneyLoopSettings } from './loop.ts';
export { stepEnrollment, stepEnrollmentsIn, type FactsLoader, type StepResult } from './step.ts';
