import { FhirClientError } from '../errors/fhir-client-error.js';
import type { Clock, RandomSource } from './clock.js';
import { systemClock } from './clock.js';
import type { ResilienceListener } from './events.js';
import type { PractitionerPauseRule } from './practitioner-rules.js';
import { defaultPractitionerRules } from './practitioner-rules.js';
import type { ResilienceState } from './state.js';
import type { ResilienceStore } from './store.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Options of {@link createResiliencePolicy}. Every default follows Halo's guidance: each query is
 * charged and loads the practice's own server, so back off early and pause where the error says so.
 */
export interface ResilienceOptions {
  /**
   * Where time comes from and how the policy waits. Inject a manual clock in tests.
   * @default systemClock
   */
  readonly clock?: Clock;
  /**
   * Random source for backoff jitter, in [0, 1).
   * @default Math.random
   */
  readonly random?: RandomSource;
  /**
   * Attempts per logical request, the first included.
   * @default 4
   */
  readonly maxAttempts?: number;
  /**
   * Ceiling of the first retry's delay, in ms; it doubles per retry (full jitter: the actual delay
   * is uniformly random between 0 and the ceiling).
   * @default 1000
   */
  readonly baseDelayMs?: number;
  /**
   * No backoff delay exceeds this, in ms.
   * @default 60000
   */
  readonly maxDelayMs?: number;
  /**
   * The longest `Retry-After` (429, 503, 504) waited inline, in ms. A longer one pauses the scope
   * (integrator for 429, site for 503/504) and the request fails.
   * @default 120000
   */
  readonly maxRetryAfterMs?: number;
  /**
   * Consecutive 503/504/network/timeout failures to one site that open its circuit breaker.
   * @default 3
   */
  readonly breakerFailureThreshold?: number;
  /**
   * How long a breaker first stays open, in ms; it doubles after each failed half-open probe.
   * @default 30000
   */
  readonly breakerOpenMs?: number;
  /**
   * The longest a breaker stays open, in ms: the next probe may go at most this long after a failed
   * one answered, so a practice polled every minute is found within a minute of coming back (issue
   * #6; a probe that fails slowly, e.g. by timeout, adds its own duration). The trade-off: an offline
   * practice costs one half-open probe per this period, about 1,440 a day at the default, so stop a
   * practice that is gone for good with `markChurned(site)`, or raise this cap.
   * @default 60000 (1 minute)
   */
  readonly breakerMaxOpenMs?: number;
  /**
   * Probe requests let through while a breaker is half-open.
   * @default 1
   */
  readonly breakerHalfOpenProbes?: number;
  /**
   * How long a site is paused after its first 400 `Login failed for user`, in ms; each further
   * one in a row doubles it. Resets after a success at that site.
   * @default 3600000 (1 hour)
   */
  readonly loginFailedPauseMs?: number;
  /**
   * The longest login-failed pause, in ms.
   * @default 86400000 (24 hours)
   */
  readonly loginFailedMaxPauseMs?: number;
  /**
   * A 406 (or Halo Link code 2) is retried once only while a site returns fewer than this many
   * within `infrequentWindowMs`: frequent ones mean the practice server is disrupted.
   * @default 3
   */
  readonly infrequentLimit?: number;
  /**
   * The window of `infrequentLimit`, in ms.
   * @default 600000 (10 minutes)
   */
  readonly infrequentWindowMs?: number;
  /**
   * Retries allowed as a fraction of logical requests over `retryBudgetWindowMs`.
   * @default 0.1
   */
  readonly retryBudgetRatio?: number;
  /**
   * The sliding window of the retry budget, in ms.
   * @default 60000
   */
  readonly retryBudgetWindowMs?: number;
  /**
   * Retries always allowed per window, however few requests were made.
   * @default 3
   */
  readonly retryBudgetMinRetries?: number;
  /**
   * Rules mapping a failure to a pause of the GP it is about; tried in order, the first match
   * pauses. Giving a list replaces the defaults; to add to them, spread them in:
   * `[myRule, ...defaultPractitionerRules]`.
   * @default defaultPractitionerRules: [practitionerAwayRule] (a GP-away database error on a query
   * naming the GP pauses that GP until the next day in the site's time zone)
   */
  readonly practitionerRules?: readonly PractitionerPauseRule[];
  /**
   * IANA time zone of a practice, for rules that pause until the next day.
   * @default () => 'Australia/Sydney'
   */
  readonly siteTimeZone?: (site: string) => string;
  /**
   * Wait for paused scopes by default (a request may still override with `waitIfPaused`).
   * A pause until reset never waits: it fails with `PausedError`.
   * @default false
   */
  readonly waitIfPaused?: boolean;
  /**
   * Saved state (`policy.toJSON()`) to start from, so long pauses survive a restart.
   * @default undefined (a fresh policy)
   */
  readonly state?: ResilienceState;
  /**
   * Where pauses, breakers, login streaks, the retry budget and billed-query counts are kept. Give
   * a shared store (e.g. `createRedisResilienceStore` from `@halo-fhir/resilience-redis`) so that
   * every worker of a fleet sees what one learnt. One store per policy.
   * @default createMemoryResilienceStore() (this process only)
   */
  readonly store?: ResilienceStore;
  /**
   * A listener for every event, as if passed to `policy.on`.
   * @default undefined
   */
  readonly onEvent?: ResilienceListener;
  /**
   * Receives an exception thrown by an event listener; the request itself is not affected.
   * @default console.error
   */
  readonly onListenerError?: (error: unknown) => void;
}

/** Every option resolved. */
export type ResolvedResilienceOptions = Required<Omit<ResilienceOptions, 'state' | 'onEvent' | 'store'>> &
  Pick<ResilienceOptions, 'state' | 'onEvent' | 'store'>;

/** The documented defaults, frozen: one source of truth for the code and the README. */
export const resilienceDefaults = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 1 * SECOND,
  maxDelayMs: 60 * SECOND,
  maxRetryAfterMs: 120 * SECOND,
  breakerFailureThreshold: 3,
  breakerOpenMs: 30 * SECOND,
  breakerMaxOpenMs: 60 * SECOND,
  breakerHalfOpenProbes: 1,
  loginFailedPauseMs: 1 * HOUR,
  loginFailedMaxPauseMs: 24 * HOUR,
  infrequentLimit: 3,
  infrequentWindowMs: 10 * MINUTE,
  retryBudgetRatio: 0.1,
  retryBudgetWindowMs: 60 * SECOND,
  retryBudgetMinRetries: 3,
  waitIfPaused: false,
  timeZone: 'Australia/Sydney',
});

/** Thrown for an option outside its valid range. */
export class InvalidResilienceOptionError extends FhirClientError {
  /** Always `'InvalidResilienceOptionError'`. */
  override name = 'InvalidResilienceOptionError';
}

function positive(name: string, value: number, { allowZero = false, integer = false } = {}): number {
  const ok =
    Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && (!integer || Number.isInteger(value));
  if (!ok) {
    const kind = `${integer ? 'an integer' : 'a number'} ${allowZero ? '>= 0' : '> 0'}`;
    throw new InvalidResilienceOptionError(`resilience option ${name} must be ${kind}; got ${String(value)}`);
  }
  return value;
}

/** Applies defaults and checks ranges, so a typo fails at construction, not mid-outage. */
export function resolveResilienceOptions(options: ResilienceOptions = {}): ResolvedResilienceOptions {
  const d = resilienceDefaults;
  const resolved: ResolvedResilienceOptions = {
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    maxAttempts: positive('maxAttempts', options.maxAttempts ?? d.maxAttempts, { integer: true }),
    baseDelayMs: positive('baseDelayMs', options.baseDelayMs ?? d.baseDelayMs, { allowZero: true }),
    maxDelayMs: positive('maxDelayMs', options.maxDelayMs ?? d.maxDelayMs, { allowZero: true }),
    maxRetryAfterMs: positive('maxRetryAfterMs', options.maxRetryAfterMs ?? d.maxRetryAfterMs, {
      allowZero: true,
    }),
    breakerFailureThreshold: positive(
      'breakerFailureThreshold',
      options.breakerFailureThreshold ?? d.breakerFailureThreshold,
      { integer: true },
    ),
    breakerOpenMs: positive('breakerOpenMs', options.breakerOpenMs ?? d.breakerOpenMs),
    breakerMaxOpenMs: positive('breakerMaxOpenMs', options.breakerMaxOpenMs ?? d.breakerMaxOpenMs),
    breakerHalfOpenProbes: positive(
      'breakerHalfOpenProbes',
      options.breakerHalfOpenProbes ?? d.breakerHalfOpenProbes,
      {
        integer: true,
      },
    ),
    loginFailedPauseMs: positive('loginFailedPauseMs', options.loginFailedPauseMs ?? d.loginFailedPauseMs),
    loginFailedMaxPauseMs: positive(
      'loginFailedMaxPauseMs',
      options.loginFailedMaxPauseMs ?? d.loginFailedMaxPauseMs,
    ),
    infrequentLimit: positive('infrequentLimit', options.infrequentLimit ?? d.infrequentLimit, {
      integer: true,
    }),
    infrequentWindowMs: positive('infrequentWindowMs', options.infrequentWindowMs ?? d.infrequentWindowMs),
    retryBudgetRatio: positive('retryBudgetRatio', options.retryBudgetRatio ?? d.retryBudgetRatio, {
      allowZero: true,
    }),
    retryBudgetWindowMs: positive(
      'retryBudgetWindowMs',
      options.retryBudgetWindowMs ?? d.retryBudgetWindowMs,
    ),
    retryBudgetMinRetries: positive(
      'retryBudgetMinRetries',
      options.retryBudgetMinRetries ?? d.retryBudgetMinRetries,
      {
        allowZero: true,
        integer: true,
      },
    ),
    practitionerRules: options.practitionerRules ?? defaultPractitionerRules,
    siteTimeZone: options.siteTimeZone ?? (() => d.timeZone),
    waitIfPaused: options.waitIfPaused ?? d.waitIfPaused,
    onListenerError:
      options.onListenerError ?? ((error) => console.error('resilience event listener threw:', error)),
  };
  if (resolved.maxDelayMs < resolved.baseDelayMs) {
    throw new InvalidResilienceOptionError(
      `resilience option maxDelayMs (${resolved.maxDelayMs}) must be >= baseDelayMs (${resolved.baseDelayMs})`,
    );
  }
  if (resolved.breakerMaxOpenMs < resolved.breakerOpenMs) {
    throw new InvalidResilienceOptionError(
      `resilience option breakerMaxOpenMs (${resolved.breakerMaxOpenMs}) must be >= breakerOpenMs (${resolved.breakerOpenMs})`,
    );
  }
  return {
    ...resolved,
    ...(options.state === undefined ? {} : { state: options.state }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.store === undefined ? {} : { store: options.store }),
  };
}
