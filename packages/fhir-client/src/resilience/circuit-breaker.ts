/** States of a site's circuit breaker. */
export const CircuitState = {
  /** Requests flow; consecutive site failures are counted. */
  Closed: 'closed',
  /** Requests fail at once with `PausedError` until the open time ends. */
  Open: 'open',
  /** The open time ended: one probe request is let through to test the site. */
  HalfOpen: 'half-open',
} as const;
export type CircuitState = (typeof CircuitState)[keyof typeof CircuitState];

/** Settings of every site's breaker. */
export interface CircuitBreakerSettings {
  /** Consecutive site failures that open the breaker (`breakerFailureThreshold`). */
  readonly failureThreshold: number;
  /** How long it first stays open, in ms (`breakerOpenMs`). */
  readonly openMs: number;
  /** The longest it stays open after failed probes, in ms (`breakerMaxOpenMs`). */
  readonly maxOpenMs: number;
  /** Probes let through while half-open (`breakerHalfOpenProbes`). */
  readonly halfOpenProbes: number;
}

/** One site's breaker, as plain data so it serialises with the policy state. */
export interface CircuitRecord {
  /** `closed`, `open` or `half-open`. */
  readonly state: CircuitState;
  /** Site failures in a row since the last success. */
  readonly consecutiveFailures: number;
  /** When an open breaker turns half-open. */
  readonly openUntil: number | undefined;
  /** How long the current (or last) opening lasts; a failed probe doubles it. */
  readonly openMs: number;
  /** Probes let through in the current half-open period and not yet answered. */
  readonly probesInFlight: number;
}

/** What happened to a breaker, so the policy can emit events and record pauses. */
export type CircuitTransition =
  | {
      /** Nothing changed. */
      readonly kind: 'none';
    }
  | {
      /** The breaker opened (or opened again after a failed probe). */
      readonly kind: 'opened';
      /** When it turns half-open (epoch ms). */
      readonly openUntil: number;
      /** How long this opening lasts. */
      readonly openMs: number;
    }
  | {
      /** A probe succeeded: requests flow again. */
      readonly kind: 'closed';
    }
  | {
      /** The open time ended: the next request is a probe. */
      readonly kind: 'half-opened';
    };

/**
 * Per-site circuit breakers: closed → open after `failureThreshold` consecutive site failures →
 * half-open when the open time ends → closed after a successful probe, or open again for twice as
 * long after a failed one (up to `maxOpenMs`).
 */
export class CircuitBreakers {
  readonly #records = new Map<string, CircuitRecord>();
  readonly #settings: CircuitBreakerSettings;

  constructor(settings: CircuitBreakerSettings, restored?: Readonly<Record<string, CircuitRecord>>) {
    this.#settings = settings;
    for (const [site, record] of Object.entries(restored ?? {})) {
      // A probe in flight when the state was saved never answered: let a new one through.
      this.#records.set(site, { ...record, probesInFlight: 0 });
    }
  }

  #record(site: string): CircuitRecord {
    return (
      this.#records.get(site) ?? {
        state: CircuitState.Closed,
        consecutiveFailures: 0,
        openUntil: undefined,
        openMs: this.#settings.openMs,
        probesInFlight: 0,
      }
    );
  }

  state(site: string): CircuitRecord {
    return this.#record(site);
  }

  /**
   * Asks to send a request to `site` at `now`. Moves an open breaker whose time ended to
   * half-open. Returns whether the request may go and whether it is a probe.
   */
  admit(site: string, now: number): { allowed: boolean; probe: boolean; transition: CircuitTransition } {
    let record = this.#record(site);
    let transition: CircuitTransition = { kind: 'none' };
    if (record.state === CircuitState.Open) {
      if (record.openUntil !== undefined && now < record.openUntil)
        return { allowed: false, probe: false, transition };
      record = { ...record, state: CircuitState.HalfOpen, openUntil: undefined, probesInFlight: 0 };
      transition = { kind: 'half-opened' };
    }
    if (record.state === CircuitState.HalfOpen) {
      if (record.probesInFlight >= this.#settings.halfOpenProbes) {
        this.#records.set(site, record);
        return { allowed: false, probe: false, transition };
      }
      this.#records.set(site, { ...record, probesInFlight: record.probesInFlight + 1 });
      return { allowed: true, probe: true, transition };
    }
    return { allowed: true, probe: false, transition };
  }

  /** The site answered (even with an error that is not about reachability). */
  recordSuccess(site: string): CircuitTransition {
    const record = this.#record(site);
    if (record.state === CircuitState.Closed && record.consecutiveFailures === 0) return { kind: 'none' };
    const wasClosed = record.state === CircuitState.Closed;
    this.#records.delete(site);
    return wasClosed ? { kind: 'none' } : { kind: 'closed' };
  }

  /** The site could not be reached (503, 504 unreachable, network, timeout). */
  recordFailure(site: string, now: number, options: { probe: boolean }): CircuitTransition {
    const record = this.#record(site);
    if (record.state === CircuitState.HalfOpen && options.probe) {
      return this.#open(site, record, now, Math.min(this.#settings.maxOpenMs, record.openMs * 2));
    }
    if (record.state !== CircuitState.Closed) return { kind: 'none' };
    const failures = record.consecutiveFailures + 1;
    if (failures >= this.#settings.failureThreshold) {
      return this.#open(site, { ...record, consecutiveFailures: failures }, now, record.openMs);
    }
    this.#records.set(site, { ...record, consecutiveFailures: failures });
    return { kind: 'none' };
  }

  /** A probe ended without telling anything about the site (aborted): let another probe go. */
  releaseProbe(site: string): void {
    const record = this.#record(site);
    if (record.state === CircuitState.HalfOpen && record.probesInFlight > 0) {
      this.#records.set(site, { ...record, probesInFlight: record.probesInFlight - 1 });
    }
  }

  #open(site: string, record: CircuitRecord, now: number, openMs: number): CircuitTransition {
    const openUntil = now + openMs;
    this.#records.set(site, {
      state: CircuitState.Open,
      consecutiveFailures: record.consecutiveFailures,
      openUntil,
      openMs,
      probesInFlight: 0,
    });
    return { kind: 'opened', openUntil, openMs };
  }

  /** Replaces one site's record as another process decided it (a shared store's mirror). */
  apply(site: string, record: CircuitRecord | undefined): void {
    if (record === undefined || (record.state === CircuitState.Closed && record.consecutiveFailures === 0))
      this.#records.delete(site);
    else this.#records.set(site, record);
  }

  reset(site?: string): void {
    if (site === undefined) this.#records.clear();
    else this.#records.delete(site);
  }

  toJSON(): Record<string, CircuitRecord> {
    return Object.fromEntries(this.#records);
  }
}
