import { CircuitBreakers } from './circuit-breaker.js';
import type { EventScope, ResilienceEvent, ResilienceListener } from './events.js';
import { InfrequentFailures } from './infrequent-failures.js';
import type { ResolvedResilienceOptions } from './options.js';
import { PauseRegistry, PauseScope, normalisePractitioner, scopeIdentity } from './pauses.js';
import type { EndedPause, Pause } from './pauses.js';
import { RetryBudget } from './retry-budget.js';
import { StatsCounters } from './stats.js';

/** The label of a scope in `stats().pausedMsByScope`. */
export function scopeLabel(pause: Pick<Pause, 'scope' | 'site' | 'scopeKey'>): string {
  if (pause.scope === PauseScope.Integrator) return 'integrator';
  if (pause.scope === PauseScope.Site) return `site:${pause.site ?? pause.scopeKey}`;
  return `practitioner:${pause.site ?? ''}/${pause.scopeKey}`;
}

/** The scope fields of an event about `pause`. */
export function pauseEventScope(pause: Pause): EventScope {
  return { scope: pause.scope, scopeKey: pause.scopeKey, site: pause.site, practitioner: pause.practitioner };
}

/**
 * The mutable state one policy shares between its admission, failure handling and public
 * surface. Internal: not exported from the package.
 */
export class PolicyContext {
  readonly options: ResolvedResilienceOptions;
  readonly pauses = new PauseRegistry();
  readonly breakers: CircuitBreakers;
  readonly budget: RetryBudget;
  readonly infrequent: InfrequentFailures;
  readonly stats = new StatsCounters();
  readonly loginFailures = new Map<string, number>();
  /** Circuit pauses that ended and whose site is half-open: resumed only when a probe succeeds. */
  readonly halfOpen = new Map<string, Pause>();
  readonly #listeners = new Set<ResilienceListener>();

  constructor(options: ResolvedResilienceOptions) {
    this.options = options;
    this.breakers = new CircuitBreakers(
      {
        failureThreshold: options.breakerFailureThreshold,
        openMs: options.breakerOpenMs,
        maxOpenMs: options.breakerMaxOpenMs,
        halfOpenProbes: options.breakerHalfOpenProbes,
      },
      options.state?.breakers,
    );
    this.budget = new RetryBudget({
      ratio: options.retryBudgetRatio,
      windowMs: options.retryBudgetWindowMs,
      minRetries: options.retryBudgetMinRetries,
    });
    this.infrequent = new InfrequentFailures(options.infrequentWindowMs);
    for (const pause of options.state?.pauses ?? []) this.pauses.set(pause);
    for (const [site, count] of Object.entries(options.state?.loginFailures ?? {}))
      this.loginFailures.set(site, count);
    if (options.onEvent) this.#listeners.add(options.onEvent);
  }

  now(): number {
    return this.options.clock.now();
  }

  on(listener: ResilienceListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(event: ResilienceEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.options.onListenerError(error);
      }
    }
  }

  /** Records a pause and emits `pause` when it is new or longer than the one in force. */
  pause(pause: Pause): Pause {
    const result = this.pauses.set(pause);
    if (result.pause === pause || result.extended) {
      this.emit({
        type: 'pause',
        at: this.now(),
        ...pauseEventScope(result.pause),
        resumesAt: result.pause.resumesAt,
        reason: result.pause.reason,
        circuitOpen: result.pause.circuitOpen,
      });
    }
    return result.pause;
  }

  /** Ends pauses whose time has passed: emits `resume`, except for circuits (they resume on a good probe). */
  sweep(): void {
    for (const ended of this.pauses.sweep(this.now())) {
      this.#account(ended);
      if (ended.pause.circuitOpen && ended.pause.site !== undefined) {
        this.halfOpen.set(ended.pause.site, ended.pause);
      } else {
        this.#emitResume(ended, 'expired');
      }
    }
  }

  /** A half-open site's probe succeeded: its circuit pause is over. */
  probeSucceeded(site: string): void {
    const pause = this.halfOpen.get(site);
    if (!pause) return;
    this.halfOpen.delete(site);
    const now = this.now();
    this.#emitResume({ pause, endedAt: now, pausedMs: Math.max(0, now - pause.since) }, 'probe-succeeded');
  }

  /** Ends the pauses matching `filter` now. */
  remove(filter: (pause: Pause) => boolean): void {
    for (const ended of this.pauses.remove(filter, this.now())) {
      this.#account(ended);
      this.#emitResume(ended, 'reset');
    }
  }

  #account(ended: EndedPause): void {
    this.stats.addPausedTime(ended.pause.scope, scopeLabel(ended.pause), ended.pausedMs);
  }

  #emitResume(ended: EndedPause, via: 'expired' | 'probe-succeeded' | 'reset'): void {
    this.emit({
      type: 'resume',
      at: ended.endedAt,
      ...pauseEventScope(ended.pause),
      pausedMs: ended.pausedMs,
      reason: ended.pause.reason,
      via,
    });
  }

  /** The pauses that apply to a request for `site` (and `practitioner`), widest scope first. */
  applicablePauses(site: string, practitioner: string | undefined): Pause[] {
    const found = [
      this.pauses.get({ scope: PauseScope.Integrator }),
      this.pauses.get({ scope: PauseScope.Site, site }),
      practitioner === undefined
        ? undefined
        : this.pauses.get({
            scope: PauseScope.Practitioner,
            site,
            practitioner: normalisePractitioner(practitioner),
          }),
    ];
    return found.filter((pause): pause is Pause => pause !== undefined);
  }

  /** Builds a pause record for `target`. */
  makePause(
    target: { scope: PauseScope; site?: string | undefined; practitioner?: string | undefined },
    fields: Pick<Pause, 'resumesAt' | 'reason'> & Partial<Pick<Pause, 'circuitOpen' | 'waitable'>>,
  ): Pause {
    const practitioner =
      target.practitioner === undefined ? undefined : normalisePractitioner(target.practitioner);
    return {
      scope: target.scope,
      scopeKey: scopeIdentity({ ...target, practitioner }).scopeKey,
      site: target.scope === PauseScope.Integrator ? undefined : target.site,
      practitioner: target.scope === PauseScope.Practitioner ? practitioner : undefined,
      since: this.now(),
      resumesAt: fields.resumesAt,
      reason: fields.reason,
      circuitOpen: fields.circuitOpen ?? false,
      waitable: fields.waitable ?? false,
    };
  }
}
