import type { ErrorCategory } from '../errors/vocabulary.js';

/** The scopes a pause can cover, from widest to narrowest. */
export const PauseScope = {
  /** Every request made with this subscription key. */
  Integrator: 'integrator',
  /** Every request to one practice (Halo GUID or FHIR base URL). */
  Site: 'site',
  /** Every request about one GP at one practice. */
  Practitioner: 'practitioner',
} as const;
export type PauseScope = (typeof PauseScope)[keyof typeof PauseScope];

/** Why a scope was paused. */
export const PauseCause = {
  /** 401 subscription key invalid, or 403 caller IP not allowed: nothing works until fixed. */
  KeyInvalid: 'key-invalid',
  /** 429: the integrator's rate limit window. */
  RateLimited: 'rate-limited',
  /** A `Retry-After` longer than the policy waits inline (503/504). */
  RetryAfter: 'retry-after',
  /** The site's circuit breaker is open after repeated 503/504/network failures. */
  CircuitOpen: 'circuit-open',
  /** 400 `Login failed for user`: the practice has not authorised the integration. */
  LoginFailed: 'login-failed',
  /** A site-wide failure that will not heal by itself (inactive GUID, licence, non-authoritative). */
  SiteRejected: 'site-rejected',
  /** `markChurned(site)`: the practice left; stop entirely. */
  Churned: 'churned',
  /** A pause rule matched (e.g. the GP is away today; or a caller's site-wide rule). */
  PractitionerRule: 'practitioner-rule',
  /** `policy.pause(...)`: the caller knows of leave or a closure ahead of time. */
  Manual: 'manual',
} as const;
export type PauseCause = (typeof PauseCause)[keyof typeof PauseCause];

/** What caused a pause: plain data, safe to log and to persist (no secrets, no bodies). */
export interface PauseReason {
  /** What kind of failure (or call) paused the scope: a rate limit, an open circuit, a GP away, `manual`… */
  readonly cause: PauseCause;
  /** Category of the error that caused it; undefined for `markChurned`. */
  readonly category: ErrorCategory | undefined;
  /** HTTP status of the error that caused it; undefined when none (a manual pause, `markChurned`). */
  readonly status: number | undefined;
  /** Name of the practitioner rule that matched, for `practitioner-rule`. */
  readonly rule?: string;
  /** The error's message (already redacted by the error model) or a description of the action. */
  readonly message: string;
}

/** One active pause. Times are epoch milliseconds so the record serialises as it is. */
export interface Pause {
  /** Which kind of scope is paused: `integrator`, `site` or `practitioner`. */
  readonly scope: PauseScope;
  /** `integrator`, the site id, or `Practitioner/{id}` (see `site` for which practice). */
  readonly scopeKey: string;
  /** The paused practice (or the practice of the paused GP); undefined for the integrator. */
  readonly site: string | undefined;
  /** The paused GP, for a practitioner pause. */
  readonly practitioner: string | undefined;
  /** When the pause began (epoch ms on the policy's clock). */
  readonly since: number;
  /** When requests may flow again; undefined means until `reset()`. */
  readonly resumesAt: number | undefined;
  /** Why the scope is paused. */
  readonly reason: PauseReason;
  /** True when this pause is a site's open circuit breaker. */
  readonly circuitOpen: boolean;
  /** True when requests wait the window out rather than fail (a short rate-limit window). */
  readonly waitable: boolean;
}

/** Identifies a pausable scope. */
export interface ScopeTarget {
  /** Which kind of scope. */
  readonly scope: PauseScope;
  /** The practice, for a site or practitioner scope. */
  readonly site?: string | undefined;
  /** The GP, for a practitioner scope (`Practitioner/{id}` or the bare id). */
  readonly practitioner?: string | undefined;
}

/** `Practitioner/123`, `123` and `https://x/Practitioner/123` all name the same GP. */
export function normalisePractitioner(reference: string): string {
  const trimmed = reference.trim();
  const match = /(?:^|\/)Practitioner\/([^/?#]+)/.exec(trimmed);
  return match?.[1] ?? trimmed;
}

/** The stable registry key of a scope target, and its user-facing `scopeKey`. */
export function scopeIdentity(target: ScopeTarget): { key: string; scopeKey: string } {
  switch (target.scope) {
    case PauseScope.Integrator:
      return { key: 'integrator', scopeKey: 'integrator' };
    case PauseScope.Site:
      return { key: `site\u0000${target.site ?? ''}`, scopeKey: target.site ?? '' };
    case PauseScope.Practitioner: {
      const id = normalisePractitioner(target.practitioner ?? '');
      return { key: `practitioner\u0000${target.site ?? ''}\u0000${id}`, scopeKey: `Practitioner/${id}` };
    }
  }
}

/** A pause that ended, with how long it lasted. */
export interface EndedPause {
  /** The pause, as it was while active. */
  readonly pause: Pause;
  /** When it ended (its `resumesAt`, or the time of the reset), epoch ms. */
  readonly endedAt: number;
  /** How long it lasted, in ms. */
  readonly pausedMs: number;
}

/**
 * The active pauses, keyed by scope. Expired pauses are removed by `sweep`, which reports them so
 * the policy can emit `resume` events and account the time paused.
 */
export class PauseRegistry {
  readonly #pauses = new Map<string, Pause>();

  /** Records a pause; an existing pause of the same scope is kept if it lasts longer. */
  set(pause: Pause): { pause: Pause; replaced: Pause | undefined; extended: boolean } {
    const { key } = scopeIdentity(pause);
    const existing = this.#pauses.get(key);
    if (existing && !lastsLonger(pause, existing))
      return { pause: existing, replaced: undefined, extended: false };
    const merged = existing ? { ...pause, since: existing.since } : pause;
    this.#pauses.set(key, merged);
    return { pause: merged, replaced: existing, extended: existing !== undefined };
  }

  get(target: ScopeTarget): Pause | undefined {
    return this.#pauses.get(scopeIdentity(target).key);
  }

  /** Removes pauses whose `resumesAt` has passed. */
  sweep(now: number): EndedPause[] {
    const ended: EndedPause[] = [];
    for (const [key, pause] of this.#pauses) {
      if (pause.resumesAt !== undefined && pause.resumesAt <= now) {
        this.#pauses.delete(key);
        ended.push({ pause, endedAt: pause.resumesAt, pausedMs: Math.max(0, pause.resumesAt - pause.since) });
      }
    }
    return ended;
  }

  /** Removes the pauses matching `filter` now (a reset). */
  remove(filter: (pause: Pause) => boolean, now: number): EndedPause[] {
    const ended: EndedPause[] = [];
    for (const [key, pause] of this.#pauses) {
      if (filter(pause)) {
        this.#pauses.delete(key);
        ended.push({ pause, endedAt: now, pausedMs: Math.max(0, now - pause.since) });
      }
    }
    return ended;
  }

  all(): Pause[] {
    return [...this.#pauses.values()];
  }
}

function lastsLonger(candidate: Pause, existing: Pause): boolean {
  if (existing.resumesAt === undefined) return false;
  if (candidate.resumesAt === undefined) return true;
  return candidate.resumesAt > existing.resumesAt;
}
