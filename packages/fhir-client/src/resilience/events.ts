import type { ErrorCategory } from '../errors/vocabulary.js';
import type { RequestDescriptor } from './request-descriptor.js';
import type { PauseReason, PauseScope } from './pauses.js';

/** The kinds of event the policy emits. */
export const ResilienceEventType = {
  /** An attempt is about to go to the network (charged). */
  Request: 'request',
  /** An attempt succeeded. */
  Response: 'response',
  /** An attempt failed and will be retried after `delayMs`. */
  Retry: 'retry',
  /** A scope was paused (or its pause extended). */
  Pause: 'pause',
  /** A pause ended (its time passed, a probe succeeded, or `reset`). */
  Resume: 'resume',
  /** A logical request failed for good (including a `PausedError` refusal). */
  Error: 'error',
  /** A shared store (e.g. Redis) became unreachable, so the policy runs on local state, or came back. */
  Store: 'store',
} as const;
export type ResilienceEventType = (typeof ResilienceEventType)[keyof typeof ResilienceEventType];

/**
 * The scope an event is about. Request events name the narrowest scope of the request
 * (practitioner when known, else site). Events carry no secrets, no bodies, and no query strings
 * (which may hold personal data): `path` is the URL without its query.
 */
export interface EventScope {
  /** Which kind of scope: `integrator`, `site` or `practitioner`. */
  readonly scope: PauseScope;
  /** `integrator`, the site id, or `Practitioner/{id}` (see `site` for which practice). */
  readonly scopeKey: string;
  /** The practice (Halo GUID, or the base URL of another server); undefined for the integrator scope. */
  readonly site: string | undefined;
  /** The practitioner the request or pause is about, when one is named. */
  readonly practitioner: string | undefined;
}

/** Fields of every per-request event. */
export interface RequestEventBase extends EventScope {
  /** Epoch ms on the policy's clock. */
  readonly at: number;
  /** HTTP method of the request. */
  readonly method: string;
  /** What the request does (`search`, `read`, `create`, a SQL route…), which decides retry safety. */
  readonly interaction: RequestDescriptor['interaction'];
  /** URL without query string or fragment. */
  readonly path: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** An attempt is about to go to the network: one charged query. */
export interface RequestEvent extends RequestEventBase {
  /** Always `'request'`. */
  readonly type: typeof ResilienceEventType.Request;
  /** True when this attempt is a half-open breaker's probe. */
  readonly probe: boolean;
}

/** An attempt succeeded, after `durationMs` of the policy's clock. */
export interface ResponseEvent extends RequestEventBase {
  /** Always `'response'`. */
  readonly type: typeof ResilienceEventType.Response;
  /** From sending to the response, on the policy's clock. */
  readonly durationMs: number;
}

/** An attempt failed and the request will be sent again after `delayMs`. */
export interface RetryEvent extends RequestEventBase {
  /** Always `'retry'`. */
  readonly type: typeof ResilienceEventType.Retry;
  /** How long the policy waits before the next attempt. */
  readonly delayMs: number;
  /** Category of the failure being retried. */
  readonly reason: ErrorCategory;
  /** HTTP status of the failed attempt; undefined when no response arrived. */
  readonly status: number | undefined;
  /** Whether the delay came from the server's `Retry-After` rather than backoff. */
  readonly fromRetryAfter: boolean;
}

/** A logical request failed for good; `outcome` says why no retry followed. */
export interface ErrorEvent extends RequestEventBase {
  /** Always `'error'`. */
  readonly type: typeof ResilienceEventType.Error;
  /** Category of the final failure. */
  readonly category: ErrorCategory;
  /** HTTP status of the final failure; undefined when no response arrived or nothing was sent. */
  readonly status: number | undefined;
  /** Why no retry followed, e.g. `not-retryable`, `not-idempotent`, `attempts-exhausted`. */
  readonly outcome: FinalOutcome;
}

/** A scope was paused (or its pause extended): requests to it are refused until `resumesAt`. */
export interface PauseEvent extends EventScope {
  /** Always `'pause'`. */
  readonly type: typeof ResilienceEventType.Pause;
  /** Epoch ms on the policy's clock. */
  readonly at: number;
  /** When requests may flow again (epoch ms); undefined means until `resume()` or `reset()`. */
  readonly resumesAt: number | undefined;
  /** Why: its cause, the error's category and status, the practitioner rule that matched, the message. */
  readonly reason: PauseReason;
  /** True when this pause is a site's open circuit breaker. */
  readonly circuitOpen: boolean;
  /** Present (true) when another process sharing the store paused the scope and this one learnt it. */
  readonly fromStore?: true;
}

/**
 * The policy's shared store (e.g. `@halo-fhir/resilience-redis`) lost its server, so this process
 * decides on local state (requests are never blocked or failed for it), or regained it and resynced.
 * Its scope is the integrator: the whole shared state.
 */
export interface StoreEvent extends EventScope {
  /** Always `'store'`. */
  readonly type: typeof ResilienceEventType.Store;
  /** Epoch ms on the policy's clock. */
  readonly at: number;
  /** The store's `kind`, e.g. `redis`. */
  readonly store: string;
  /** False: running on local state until the server answers again. */
  readonly available: boolean;
  /** What happened, without credentials. */
  readonly message: string;
}

/** A pause ended; `pausedMs` is how long it lasted. */
export interface ResumeEvent extends EventScope {
  /** Always `'resume'`. */
  readonly type: typeof ResilienceEventType.Resume;
  /** When the pause ended (its `resumesAt`, or the time of the reset). */
  readonly at: number;
  /** How long the pause lasted, in ms of the policy's clock. */
  readonly pausedMs: number;
  /** Why the scope had been paused (as in its `pause` event). */
  readonly reason: PauseReason;
  /** How it ended: its time passed, a half-open probe succeeded, or a `reset`. */
  readonly via: 'expired' | 'probe-succeeded' | 'reset';
}

/** Why a logical request ended in failure. */
export const FinalOutcome = {
  /** The category is never retried (or the error said it is not retryable). */
  NotRetryable: 'not-retryable',
  /** A create or update that may have reached the server. */
  NotIdempotent: 'not-idempotent',
  /** `maxAttempts` reached. */
  AttemptsExhausted: 'attempts-exhausted',
  /** The retry budget of the window was spent. */
  BudgetExhausted: 'budget-exhausted',
  /** The scope is paused: refused without sending, or the failure itself paused it. */
  Paused: 'paused',
  /** The caller's signal aborted. */
  Aborted: 'aborted',
} as const;
export type FinalOutcome = (typeof FinalOutcome)[keyof typeof FinalOutcome];

/** Everything the policy reports, discriminated by `type`. */
export type ResilienceEvent =
  | RequestEvent
  | ResponseEvent
  | RetryEvent
  | PauseEvent
  | ResumeEvent
  | ErrorEvent
  | StoreEvent;

/** Receives every event synchronously; keep it quick. An exception does not affect the request. */
export type ResilienceListener = (event: ResilienceEvent) => void;
