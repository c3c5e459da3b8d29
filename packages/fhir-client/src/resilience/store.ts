import type { CircuitBreakerSettings, CircuitRecord, CircuitTransition } from './circuit-breaker.js';
import type { EndedPause, Pause, ScopeTarget } from './pauses.js';
import type { RetryBudgetSettings } from './retry-budget.js';
import type { ResilienceState } from './state.js';

/** A value, or a promise of it: a store answers from memory at once, or from a shared server. */
export type MaybePromise<T> = T | Promise<T>;

/** Which pauses `removePauses` ends (serialisable, so a shared store can apply it everywhere). */
export type PauseRemoval =
  | { readonly scope: 'all' }
  | { readonly scope: 'integrator' }
  /** The site-scope pauses of one practice (its GPs' pauses are kept). */
  | { readonly scope: 'site'; readonly site: string }
  | { readonly scope: 'practitioner'; readonly site: string; readonly practitioner: string };

/** What `setPause` did: the pause in force afterwards, and whether it is new or longer than before. */
export interface PauseWrite {
  /** The pause in force for the scope after the write. */
  readonly pause: Pause;
  /** The pause given is now in force (nothing was, or it lasts longer than what was). */
  readonly applied: boolean;
  /** It replaced a shorter pause of the same scope. */
  readonly extended: boolean;
}

/** Whether a request may go to a site now, as far as its circuit breaker is concerned. */
export interface BreakerAdmission {
  /** Whether the request may go to the network. */
  readonly allowed: boolean;
  /** The request is the half-open breaker's probe (the one request that tests the site). */
  readonly probe: boolean;
  /** What the admission did to the breaker (e.g. half-opened it). */
  readonly transition: CircuitTransition;
}

/** Health of a store that shares state with other processes. */
export interface StoreStatus {
  /** False: the shared server cannot be reached and the policy runs on local state. */
  readonly available: boolean;
  /** What happened, in words (no credentials). */
  readonly message: string;
}

/**
 * What the policy gives a store when it starts using it: the settings the store's decisions need,
 * saved state to start from, and callbacks for what other processes did.
 */
export interface StoreAttachment {
  /** The policy's circuit breaker settings. */
  readonly breaker: CircuitBreakerSettings;
  /** The policy's retry budget settings. */
  readonly retryBudget: RetryBudgetSettings;
  /** Saved state (`policy.toJSON()`) to start from. */
  readonly state: ResilienceState | undefined;
  /** The policy's clock: epoch ms. */
  readonly now: () => number;
  /** Another process paused a scope (or made a pause longer); the pause is already in the store. */
  readonly pausedElsewhere: (pause: Pause) => void;
  /** Another process ended pauses (`reset`, `resume`); they are already gone from the store. */
  readonly resumedElsewhere: (ended: readonly EndedPause[]) => void;
  /** Another process's probe found the site back: its breaker closed. */
  readonly breakerClosedElsewhere: (site: string) => void;
  /** The store lost or regained its shared server. */
  readonly statusChanged: (status: StoreStatus) => void;
}

/**
 * Where a resilience policy keeps the state it shares: pauses by scope, circuit breakers with their
 * probe lease, login-failure streaks, the integrator-wide rate-limit pause, the retry budget and the
 * billed-query counts. The default, `createMemoryResilienceStore()`, keeps it in this process;
 * `@halo-fhir/resilience-redis` shares it across a fleet of workers.
 *
 * Reads are synchronous (a shared store answers them from a local mirror, so a request to a scope
 * that nothing pauses costs no round trip). Decisions that must be atomic across processes (a
 * half-open probe, a breaker's failure count, a login streak, a retry) may answer with a promise.
 * Writes of pauses and resets apply locally at once and reach the shared server in the background.
 * A store never throws because its server is down: it decides locally and says so via
 * `statusChanged`.
 */
export interface ResilienceStore {
  /** Names the store in `store` events, e.g. `memory` or `redis`. */
  readonly kind: string;
  /** Called once by the policy that uses the store, before anything else. */
  attach(attachment: StoreAttachment): void;

  /** The pause of exactly this scope, if any (expired ones may remain until `expirePauses`). */
  getPause(target: ScopeTarget): Pause | undefined;
  /** Every pause held. */
  pauses(): Pause[];
  /** Records a pause; one in force that lasts longer is kept (a pause extends, never shortens). */
  setPause(pause: Pause): PauseWrite;
  /** Drops pauses whose `resumesAt` is at or before `now` and reports them. */
  expirePauses(now: number): EndedPause[];
  /** Ends pauses now (a reset) and reports them. */
  removePauses(removal: PauseRemoval, now: number): EndedPause[];

  /** One site's breaker (closed with no failures when unknown). */
  breaker(site: string): CircuitRecord;
  /** Every breaker that is not plainly closed. */
  breakers(): Record<string, CircuitRecord>;
  /** Asks to send to `site` at `now`; an open breaker whose time ended turns half-open and leases its probe. */
  admitToSite(site: string, now: number): MaybePromise<BreakerAdmission>;
  /** The site answered (a success, or an error that is not about reachability). */
  recordSiteAnswered(site: string): MaybePromise<CircuitTransition>;
  /** The site could not be reached (503, 504 unreachable, network, timeout). */
  recordSiteFailure(
    site: string,
    now: number,
    options: { readonly probe: boolean },
  ): MaybePromise<CircuitTransition>;
  /** A probe ended without telling anything about the site (aborted): its lease is given back. */
  releaseProbe(site: string): void;
  /** Forgets breakers: one site's, or all. */
  resetBreakers(site?: string): void;

  /** Consecutive 400 login-failed per site. */
  loginFailures(): Record<string, number>;
  /** Counts one more login failure at `site` and returns the streak. */
  addLoginFailure(site: string): MaybePromise<number>;
  /** Ends the streak of one site (it answered), or of all. */
  clearLoginFailures(site?: string): void;

  /** Counts one logical request toward the retry budget. */
  recordRequest(now: number): void;
  /** Takes one retry from the budget; false when the window's retries are spent. */
  acquireRetry(now: number): MaybePromise<boolean>;

  /** Counts one query sent to `site` (what Halo bills). */
  recordQuerySent(site: string): void;
  /** Queries sent per site by every process sharing this store (this process only, in memory). */
  billedQueries(): MaybePromise<Record<string, number>>;
}
