import type { EventScope, ResilienceEvent, ResilienceListener } from './events.js';
import { InfrequentFailures } from './infrequent-failures.js';
import { createMemoryResilienceStore } from './memory-store.js';
import type { ResolvedResilienceOptions } from './options.js';
import { PauseScope, normalisePractitioner, scopeIdentity } from './pauses.js';
import type { EndedPause, Pause } from './pauses.js';
import { StatsCounters } from './stats.js';
import type { PauseRemoval, ResilienceStore } from './store.js';

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
  /** Pauses, breakers, login streaks, retry budget and billed queries: this process's or a fleet's. */
  readonly store: ResilienceStore;
  /** 406 counts per site: a short window, kept per process. */
  readonly infrequent: InfrequentFailures;
  readonly stats = new StatsCounters();
  /** Circuit pauses that ended and whose site is half-open: resumed only when a probe succeeds. */
  readonly halfOpen = new Map<string, Pause>();
  readonly #listeners = new Set<ResilienceListener>();

  constructor(options: ResolvedResilienceOptions) {
    this.options = options;
    this.infrequent = new InfrequentFailures(options.infrequentWindowMs);
    if (options.onEvent) this.#listeners.add(options.onEvent);
    this.store = options.store ?? createMemoryResilienceStore();
    this.store.attach({
      breaker: {
        failureThreshold: options.breakerFailureThreshold,
        openMs: options.breakerOpenMs,
        maxOpenMs: options.breakerMaxOpenMs,
        halfOpenProbes: options.breakerHalfOpenProbes,
      },
      retryBudget: {
        ratio: options.retryBudgetRatio,
        windowMs: options.retryBudgetWindowMs,
        minRetries: options.retryBudgetMinRetries,
      },
      state: options.state,
      now: () => this.now(),
      pausedElsewhere: (pause) => this.#emitPause(pause, true),
      resumedElsewhere: (ended) => {
        for (const one of ended) {
          this.#account(one);
          this.#emitResume(one, 'reset');
        }
      },
      breakerClosedElsewhere: (site) => this.probeSucceeded(site),
      statusChanged: (status) =>
        this.emit({
          type: 'store',
          at: this.now(),
          scope: PauseScope.Integrator,
          scopeKey: 'integrator',
          site: undefined,
          practitioner: undefined,
          store: this.store.kind,
          available: status.available,
          message: status.message,
        }),
    });
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
    const result = this.store.setPause(pause);
    if (result.applied) this.#emitPause(result.pause, false);
    return result.pause;
  }

  #emitPause(pause: Pause, fromStore: boolean): void {
    this.emit({
      type: 'pause',
      at: this.now(),
      ...pauseEventScope(pause),
      resumesAt: pause.resumesAt,
      reason: pause.reason,
      circuitOpen: pause.circuitOpen,
      ...(fromStore ? { fromStore: true as const } : {}),
    });
  }

  /** Ends pauses whose time has passed: emits `resume`, except for circuits (they resume on a good probe). */
  sweep(): void {
    for (const ended of this.store.expirePauses(this.now())) {
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

  /** Ends the pauses `removal` names now. */
  remove(removal: PauseRemoval): void {
    for (const ended of this.store.removePauses(removal, this.now())) {
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
      this.store.getPause({ scope: PauseScope.Integrator }),
      this.store.getPause({ scope: PauseScope.Site, site }),
      practitioner === undefined
        ? undefined
        : this.store.getPause({
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
