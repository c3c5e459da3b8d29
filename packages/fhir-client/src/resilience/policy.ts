import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { isPausedError } from '../errors/paused-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { admit } from './admission.js';
import { sleepUnlessAborted } from './clock.js';
import type { EventScope, FinalOutcome, RequestEventBase, ResilienceListener } from './events.js';
import { FinalOutcome as Outcome } from './events.js';
import { describeFailure } from './failure.js';
import { loadFailurePath } from '#lazy-parts';
import { type ManualPause, manualPause } from './manual-pause.js';
import type { AttemptHistory } from './failure-effects.js';
import { resolveResilienceOptions } from './options.js';
import type { ResilienceOptions } from './options.js';
import { PauseCause, PauseScope, normalisePractitioner } from './pauses.js';
import type { Pause, PauseReason } from './pauses.js';
import { PolicyContext, scopeLabel } from './policy-context.js';
import type { RequestDescriptor, ResiliencePolicyRunner } from './request-descriptor.js';
import { RESILIENCE_STATE_VERSION, parseResilienceState } from './state.js';
import type { ResilienceState } from './state.js';
import type { ResilienceStats } from './stats.js';

/** A pause in force, as reported by `pauseStatus`. */
export interface PauseStatus {
  /** Which kind of scope is paused: `integrator`, `site` or `practitioner`. */
  readonly scope: Pause['scope'];
  /** `integrator`, the site id, or `Practitioner/{id}` (see `site` for which practice). */
  readonly scopeKey: string;
  /** The paused practice (or the practice of the paused GP); undefined for the integrator. */
  readonly site: string | undefined;
  /** The paused GP, for a practitioner pause. */
  readonly practitioner: string | undefined;
  /** When the pause began. */
  readonly since: Date;
  /** Undefined means until `reset()`. */
  readonly resumesAt: Date | undefined;
  /** Why the scope is paused. */
  readonly reason: PauseReason;
  /** True when this pause is a site's open circuit breaker. */
  readonly circuitOpen: boolean;
}

/** Which pauses `reset` ends. Without a target, everything (pauses, breakers, streaks) is reset. */
export type ResetTarget =
  | { readonly scope: typeof PauseScope.Integrator }
  | { readonly scope: typeof PauseScope.Site; readonly site: string }
  | { readonly scope: typeof PauseScope.Practitioner; readonly site: string; readonly practitioner: string };

/**
 * Retries, backoff, pauses per scope, circuit breakers and query accounting for Halo Connect (and
 * any FHIR server). One policy per subscription key: its pauses are shared by every request.
 */
export interface ResiliencePolicy extends ResiliencePolicyRunner {
  /** Counters since creation: queries sent (charged), retries, failures by category, time paused. */
  stats(): ResilienceStats;
  /** Subscribes to every event; returns the unsubscribe function. */
  on(listener: ResilienceListener): () => void;
  /** The state worth keeping across a restart (pauses, breakers, login-failure streaks). */
  toJSON(): ResilienceState;
  /** Ends pauses: all of them (and breakers and streaks) without a target, or one scope's. */
  reset(target?: ResetTarget): void;
  /** Stops every request to a practice that left, until `reset({ scope: 'site', site })`. */
  markChurned(site: string, options?: { readonly note?: string }): void;
  /**
   * Pauses one GP (or a practice) ahead of time, e.g. for known leave:
   * `policy.pause({ scope: 'practitioner', site, practitioner, until, reason })`. Requests in scope
   * are refused with `PausedError` (or wait, with `waitIfPaused`) until `until`; a pause in force
   * that lasts longer is kept. Emits `pause`. Throws `InvalidArgumentError` for an empty site or
   * practitioner, or an `until` that is invalid or past.
   */
  pause(request: ManualPause): PauseStatus;
  /** Ends the pauses of one scope now (a GP back early, a practice reopened); emits `resume`. Same as `reset(target)`. */
  resume(target: ResetTarget): void;
  /** Pauses in force, all of them or those that apply to a request for `site` (and `practitioner`). */
  pauseStatus(query?: { readonly site?: string; readonly practitioner?: string }): PauseStatus[];
}

const pathOf = (url: string): string => url.replace(/[?#].*$/s, '');

function requestScope(request: RequestDescriptor): EventScope {
  if (request.practitioner !== undefined) {
    const id = normalisePractitioner(request.practitioner);
    return {
      scope: PauseScope.Practitioner,
      scopeKey: `Practitioner/${id}`,
      site: request.site,
      practitioner: id,
    };
  }
  return { scope: PauseScope.Site, scopeKey: request.site, site: request.site, practitioner: undefined };
}

function toStatus(pause: Pause): PauseStatus {
  return {
    scope: pause.scope,
    scopeKey: pause.scopeKey,
    site: pause.site,
    practitioner: pause.practitioner,
    since: new Date(pause.since),
    resumesAt: pause.resumesAt === undefined ? undefined : new Date(pause.resumesAt),
    reason: pause.reason,
    circuitOpen: pause.circuitOpen,
  };
}

/** Creates a policy with Halo's defaults (see `ResilienceOptions`), or from saved `state`. */
export function createResiliencePolicy(options: ResilienceOptions = {}): ResiliencePolicy {
  // Saved state may come from JSON.parse: check it even when typed.
  const state = options.state === undefined ? undefined : parseResilienceState(options.state);
  const context = new PolicyContext(resolveResilienceOptions({ ...options, ...(state ? { state } : {}) }));
  const { clock } = context.options;

  async function execute<T>(
    request: RequestDescriptor,
    attempt: (attemptNumber: number) => Promise<T>,
  ): Promise<T> {
    const waitIfPaused = request.waitIfPaused ?? context.options.waitIfPaused;
    const scope = requestScope(request);
    const path = pathOf(request.url);
    const base = (attemptNumber: number): RequestEventBase => ({
      at: context.now(),
      ...scope,
      method: request.method,
      interaction: request.interaction,
      path,
      attempt: attemptNumber,
    });
    const fail = (attemptNumber: number, error: unknown, outcome: FinalOutcome): never => {
      const failure = describeFailure(error, request.signal);
      context.stats.failures++;
      context.emit({
        type: 'error',
        ...base(attemptNumber),
        category: failure.category,
        status: failure.status,
        outcome,
      });
      throw error;
    };

    context.stats.requests++;
    context.store.recordRequest(context.now());
    const history: AttemptHistory = { retriedInfrequent: false };
    let lastError: { error: unknown } | undefined;
    for (let attemptNumber = 1; ; attemptNumber++) {
      let probe: boolean;
      try {
        ({ probe } = await admit(context, request, waitIfPaused, attemptNumber));
      } catch (error) {
        if (!isPausedError(error)) return fail(attemptNumber, error, Outcome.Aborted);
        // A pause that began during our retries stops them: report what actually went wrong.
        if (lastError) return fail(attemptNumber - 1, lastError.error, Outcome.Paused);
        context.stats.pausedRefusals++;
        context.stats.countFailure(ErrorCategory.Paused);
        return fail(attemptNumber, error, Outcome.Paused);
      }
      context.stats.queriesSent++;
      context.store.recordQuerySent(request.site);
      const startedAt = context.now();
      context.emit({ type: 'request', ...base(attemptNumber), probe });
      try {
        const result = await attempt(attemptNumber);
        if ((await context.store.recordSiteAnswered(request.site)).kind === 'closed')
          context.probeSucceeded(request.site);
        context.store.clearLoginFailures(request.site);
        context.stats.successes++;
        context.emit({ type: 'response', ...base(attemptNumber), durationMs: context.now() - startedAt });
        return result;
      } catch (error) {
        const failure = describeFailure(error, request.signal);
        if (failure.aborted) {
          if (probe) context.store.releaseProbe(request.site);
          return fail(attemptNumber, error, Outcome.Aborted);
        }
        context.stats.countFailure(failure.category);
        // What a failure needs is loaded on the first one (see failure-path.ts).
        let failurePath: Awaited<ReturnType<typeof loadFailurePath>>;
        try {
          failurePath = await loadFailurePath();
        } catch (loadError) {
          if (probe) context.store.releaseProbe(request.site);
          return fail(attemptNumber, loadError, Outcome.NotRetryable);
        }
        const decision = await failurePath.handleFailure(
          context,
          request,
          failure,
          attemptNumber,
          probe,
          history,
        );
        if (!decision.retry) {
          const reported = decision.practitionerPause
            ? failurePath.practitionerPausedError(error, decision.practitionerPause)
            : error;
          return fail(attemptNumber, reported, decision.outcome);
        }
        lastError = { error };
        context.stats.retries++;
        context.emit({
          type: 'retry',
          ...base(attemptNumber),
          delayMs: decision.delayMs,
          reason: failure.category,
          status: failure.status,
          fromRetryAfter: decision.fromRetryAfter,
        });
        try {
          await sleepUnlessAborted(clock, decision.delayMs, request.signal);
        } catch (abort) {
          return fail(attemptNumber, abort, Outcome.Aborted);
        }
      }
    }
  }

  function stats(): ResilienceStats {
    context.sweep();
    const now = context.now();
    const { stats: counters } = context;
    const pausedMs = { ...counters.pausedMs };
    const pausedMsByScope = { ...counters.pausedMsByScope };
    const active = context.store.pauses();
    for (const pause of active) {
      const ms = Math.max(0, Math.min(now, pause.resumesAt ?? now) - pause.since);
      pausedMs[pause.scope] += ms;
      const label = scopeLabel(pause);
      pausedMsByScope[label] = (pausedMsByScope[label] ?? 0) + ms;
    }
    return {
      requests: counters.requests,
      queriesSent: counters.queriesSent,
      retries: counters.retries,
      successes: counters.successes,
      failures: counters.failures,
      failuresByCategory: { ...counters.failuresByCategory },
      pausedRefusals: counters.pausedRefusals,
      retriesDeniedByBudget: counters.retriesDeniedByBudget,
      pausedMs,
      pausedMsByScope,
      activePauses: active.length,
      practitionerPausesByRule: { ...counters.practitionerPausesByRule },
    };
  }

  function toJSON(): ResilienceState {
    context.sweep();
    return {
      version: RESILIENCE_STATE_VERSION,
      savedAt: context.now(),
      pauses: context.store.pauses(),
      breakers: context.store.breakers(),
      loginFailures: context.store.loginFailures(),
    };
  }

  function reset(target?: ResetTarget): void {
    if (target === undefined) {
      context.remove({ scope: 'all' });
      context.store.resetBreakers();
      context.halfOpen.clear();
      context.store.clearLoginFailures();
      context.infrequent.reset();
      return;
    }
    if (target.scope === PauseScope.Integrator) {
      context.remove({ scope: 'integrator' });
      return;
    }
    if (target.scope === PauseScope.Site) {
      context.remove({ scope: 'site', site: target.site });
      context.store.resetBreakers(target.site);
      context.halfOpen.delete(target.site);
      context.store.clearLoginFailures(target.site);
      context.infrequent.reset(target.site);
      return;
    }
    context.remove({
      scope: 'practitioner',
      site: target.site,
      practitioner: normalisePractitioner(target.practitioner),
    });
  }

  function markChurned(site: string, markOptions?: { readonly note?: string }): void {
    context.pause(
      context.makePause(
        { scope: PauseScope.Site, site },
        {
          resumesAt: undefined,
          reason: {
            cause: PauseCause.Churned,
            category: undefined,
            status: undefined,
            message: markOptions?.note ?? 'the practice was marked churned',
          },
        },
      ),
    );
  }

  function pauseStatus(query?: { readonly site?: string; readonly practitioner?: string }): PauseStatus[] {
    context.sweep();
    const pauses =
      query?.site === undefined
        ? context.store.pauses()
        : context.applicablePauses(query.site, query.practitioner);
    return pauses.map(toStatus);
  }

  return {
    execute,
    stats,
    on: (listener) => context.on(listener),
    toJSON,
    reset,
    markChurned,
    pause: (request) => toStatus(manualPause(context, request)),
    resume: (target) => {
      // `reset()` without a target ends everything: `resume` never does by accident.
      if (typeof target !== 'object' || target === null) {
        throw new InvalidArgumentError(
          'target',
          "it is missing; give { scope: 'practitioner', site, practitioner } or { scope: 'site', site }.",
        );
      }
      reset(target);
    },
    pauseStatus,
  };
}

/**
 * Recreates a policy from `policy.toJSON()` output (the object or its JSON text), checking it
 * field by field. Throws `InvalidResilienceStateError` saying which field is wrong.
 */
export function restoreResiliencePolicy(
  state: unknown,
  options: Omit<ResilienceOptions, 'state'> = {},
): ResiliencePolicy {
  return createResiliencePolicy({ ...options, state: parseResilienceState(state) });
}

/** Static-style access: `ResiliencePolicy.create(options)`, `ResiliencePolicy.fromJSON(saved, options)`. */
export const ResiliencePolicy = Object.freeze({
  /** {@link createResiliencePolicy}: a new policy from options. */
  create: createResiliencePolicy,
  /** {@link restoreResiliencePolicy}: a policy from saved state (`policy.toJSON()`), checked field by field. */
  fromJSON: restoreResiliencePolicy,
});
