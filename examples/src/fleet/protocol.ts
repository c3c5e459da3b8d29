import type { ResilienceStats } from '@halo-fhir/fhir-client';

/** Whether the workers share one resilience state on Redis or each keep their own in memory. */
export const FleetState = { Shared: 'shared on Redis', Private: 'private in memory' } as const;
export type FleetState = (typeof FleetState)[keyof typeof FleetState];

/** What a worker needs to start: where the mock practices and Redis are, and its clock's start. */
export interface WorkerInit {
  readonly type: 'init';
  readonly worker: number;
  readonly state: FleetState;
  /** Redis URL and key namespace (shared state only). */
  readonly redis: { readonly url: string; readonly integrator: string } | undefined;
  readonly practices: readonly { readonly guid: string; readonly baseUrl: string }[];
  readonly subscriptionKey: string;
  readonly timeZone: string;
  readonly day: string;
  readonly start: number;
  readonly seed: number;
}

/** One poll the coordinator hands a worker: today's appointments of one GP. */
export interface Job {
  readonly id: number;
  readonly guid: string;
  readonly practitioner: string;
}

/** Move the worker's clock to `at` (waking its sleepers), then start `job` if any. */
export interface StepMessage {
  readonly type: 'step';
  readonly at: number;
  readonly job: Job | undefined;
}

/** Stop: report stats and billed queries, close the store, exit. */
export interface FinishMessage {
  readonly type: 'finish';
}

export type ToWorker = WorkerInit | StepMessage | FinishMessage;

/** How a poll ended, at the worker's clock time. */
export interface PollResult {
  readonly id: number;
  readonly guid: string;
  readonly outcome: 'ok' | 'failed' | 'refused';
  readonly at: number;
}

/** What happened during a step, once the worker has nothing left to do but wait on its clock. */
export interface StepReport {
  readonly type: 'stepped';
  /** The worker's earliest sleeper (a backoff, a 429 window), or undefined when none waits. */
  readonly nextWakeAt: number | undefined;
  readonly finished: readonly PollResult[];
  /** Requests sent as a half-open breaker's probe. */
  readonly probes: readonly { readonly site: string; readonly at: number }[];
  /** GP pauses this worker learnt from a failure (not from the store). */
  readonly learntAway: readonly {
    readonly site: string;
    readonly practitioner: string;
    readonly at: number;
  }[];
  /** \`store\` events saying Redis could not be reached (the worker then decided alone). */
  readonly storeUnavailable: number;
}

export interface ReadyReport {
  readonly type: 'ready';
}

export interface DoneReport {
  readonly type: 'done';
  readonly stats: ResilienceStats;
  /** The store's billed-query counts (the fleet's, for the shared store). */
  readonly billed: Readonly<Record<string, number>>;
}

export type FromWorker = ReadyReport | StepReport | DoneReport;
