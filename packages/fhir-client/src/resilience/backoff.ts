import type { RandomSource } from './clock.js';

/** Bounds of an exponential backoff. */
export interface BackoffBounds {
  /** Delay ceiling before the first retry, in ms. */
  readonly baseMs: number;
  /** No delay ever exceeds this, in ms. */
  readonly capMs: number;
}

/**
 * The ceiling of the delay before retry number `retry` (1 for the first retry): `baseMs`
 * doubled once per earlier retry, never above `capMs`.
 */
export function backoffCeiling(retry: number, bounds: BackoffBounds): number {
  // A zero base would make 0 * 2 ** 1024 = 0 * Infinity = NaN.
  if (bounds.baseMs <= 0) return 0;
  const exponent = Math.max(0, retry - 1);
  // 2 ** 1024 is Infinity; Math.min keeps that harmless.
  return Math.min(bounds.capMs, bounds.baseMs * 2 ** exponent);
}

/**
 * "Full jitter" backoff: a uniformly random delay between 0 and the doubling ceiling. Spreading
 * retries over the whole window keeps clients that failed together from retrying together
 * (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function fullJitterDelay(retry: number, bounds: BackoffBounds, random: RandomSource): number {
  const ceiling = backoffCeiling(retry, bounds);
  const sample = random();
  // A random source outside [0, 1) would produce delays outside the documented bounds.
  const unit = Number.isFinite(sample) ? Math.min(Math.max(sample, 0), 1) : 0;
  return Math.floor(unit * ceiling);
}
