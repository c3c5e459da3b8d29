// Public names of @halo-fhir/fhir-client, listed explicitly. Each part keeps its own block.

// --- search ---
export type {
  SearchParameterComponent,
  SearchParameterDefinition,
} from './search/search-parameter-definition.js';
export { SearchParameterType } from './search/search-parameter-definition.js';

// --- errors ---
export { FhirClientError, isFhirClientError } from './errors/fhir-client-error.js';
export { ErrorCategory, ErrorScope, ErrorSource } from './errors/vocabulary.js';

// --- resilience ---
export type { RequestDescriptor, ResiliencePolicyRunner } from './resilience/request-descriptor.js';
export { PausedError, isPausedError } from './errors/paused-error.js';
export type { Clock, ManualClock, RandomSource } from './resilience/clock.js';
export { createManualClock, systemClock } from './resilience/clock.js';
export { backoffCeiling, fullJitterDelay } from './resilience/backoff.js';
export type { BackoffBounds } from './resilience/backoff.js';
export { formatRetryAfterDate, parseRetryAfter } from './resilience/retry-after.js';
export { CircuitState } from './resilience/circuit-breaker.js';
export type { CircuitRecord } from './resilience/circuit-breaker.js';
export { FailureEffect, RetryRule, failureHandling } from './resilience/failure-handling.js';
export type { FailureHandling } from './resilience/failure-handling.js';
export type { Failure } from './resilience/failure.js';
export { PauseCause, PauseScope } from './resilience/pauses.js';
export type { Pause, PauseReason } from './resilience/pauses.js';
export {
  DEFAULT_PRACTITIONER_AWAY_PATTERN,
  pausePractitionerFor,
  pausePractitionerUntilNextDay,
  practitionerAwayRule,
  startOfNextDay,
} from './resilience/practitioner-rules.js';
export type {
  PractitionerMatch,
  PractitionerPauseRule,
  PractitionerRuleContext,
} from './resilience/practitioner-rules.js';
export { FinalOutcome, ResilienceEventType } from './resilience/events.js';
export type {
  ErrorEvent as ResilienceErrorEvent,
  EventScope,
  PauseEvent,
  RequestEvent,
  ResilienceEvent,
  ResilienceListener,
  ResponseEvent,
  ResumeEvent,
  RetryEvent,
} from './resilience/events.js';
export { InvalidResilienceOptionError, resilienceDefaults } from './resilience/options.js';
export type { ResilienceOptions } from './resilience/options.js';
export { InvalidResilienceStateError, RESILIENCE_STATE_VERSION } from './resilience/state.js';
export type { ResilienceState } from './resilience/state.js';
export type { ResilienceStats } from './resilience/stats.js';
export { ResiliencePolicy, createResiliencePolicy, restoreResiliencePolicy } from './resilience/policy.js';
export type { PauseStatus, ResetTarget } from './resilience/policy.js';

// --- client ---

// --- paging ---
