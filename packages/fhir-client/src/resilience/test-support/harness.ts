import { createManualClock } from '../clock.js';
import type { ManualClock } from '../clock.js';
import type { ResilienceEvent } from '../events.js';
import type { ResilienceOptions } from '../options.js';
import { createResiliencePolicy } from '../policy.js';
import type { ResiliencePolicy } from '../policy.js';

/** 09:00 in Sydney on a Thursday, in UTC. */
export const START = Date.parse('2026-11-25T22:00:00Z');

export interface Harness {
  readonly clock: ManualClock;
  readonly policy: ResiliencePolicy;
  readonly events: ResilienceEvent[];
  /** Events of one type, narrowed. */
  of<K extends ResilienceEvent['type']>(type: K): Extract<ResilienceEvent, { type: K }>[];
}

/** A policy on a manual clock with a fixed random source (0.5 unless given), recording events. */
export function harness(options: ResilienceOptions = {}): Harness {
  const clock = createManualClock(START);
  const events: ResilienceEvent[] = [];
  const policy = createResiliencePolicy({ clock, random: () => 0.5, ...options });
  policy.on((event) => events.push(event));
  return {
    clock,
    policy,
    events,
    of: (type) => events.filter((event) => event.type === type) as never,
  };
}

export type Settled<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

/** Observes a promise at once, so a rejection that happens while the clock advances is never unhandled. */
export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }) as const,
    (error: unknown) => ({ ok: false, error }) as const,
  );
}

/** The error of a settled promise, failing the test if it resolved. */
export function errorOf<T>(settled: Settled<T>): unknown {
  if (settled.ok) throw new Error(`expected a failure, got ${JSON.stringify(settled.value)}`);
  return settled.error;
}
