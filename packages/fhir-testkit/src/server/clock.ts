import { systemClock as clientSystemClock } from '@halo-fhir/fhir-client';

/**
 * Where the mock server reads "now" and how it waits. Injected so that a test can run a
 * ten-minute outage, a 30-second gateway timeout or added latency in no real time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds of this clock's time; rejects with the signal's reason as
   * soon as `signal` aborts (at once when it already has), so an abandoned wait holds nothing.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now()` and `setTimeout`, cancelled by the signal (the client's own). */
export const systemClock: Clock = clientSystemClock;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** A clock that moves only when told to; sleepers wake when `advance` passes their deadline. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` and wakes every sleeper whose deadline has been reached. */
  advance(ms: number): void;
  /** Sets the time (never backwards) and wakes due sleepers. */
  set(epochMs: number): void;
  /** How many `sleep` calls are waiting. */
  readonly pendingSleeps: number;
  /**
   * Resolves once at least `count` sleepers are waiting: lets a test wait until the server is
   * inside a delay before it advances time, with no real sleep.
   * @default count 1
   */
  whenSleeping(count?: number): Promise<void>;
}

interface Sleeper {
  readonly wakeAt: number;
  readonly wake: () => void;
}

/**
 * Creates a {@link ManualClock} starting at `start` (a Date, epoch milliseconds or an ISO string).
 * `sleep(0)` resolves at once; an aborted sleep rejects with the signal's reason and stops
 * counting as pending (the client's resilience clock behaves the same).
 */
export function createManualClock(start: Date | number | string = 0): ManualClock {
  let current = typeof start === 'number' ? start : new Date(start).getTime();
  if (Number.isNaN(current)) {
    throw new RangeError(
      `createManualClock: start ${String(start)} is not a valid date; pass epoch ms or ISO text`,
    );
  }
  let sleepers: Sleeper[] = [];
  let watchers: { count: number; resolve: () => void }[] = [];

  const wakeDue = (): void => {
    const due = sleepers.filter((s) => s.wakeAt <= current);
    sleepers = sleepers.filter((s) => s.wakeAt > current);
    for (const sleeper of due) sleeper.wake();
  };
  const notifyWatchers = (): void => {
    const ready = watchers.filter((w) => sleepers.length >= w.count);
    watchers = watchers.filter((w) => sleepers.length < w.count);
    for (const watcher of ready) watcher.resolve();
  };

  return {
    now: () => current,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      if (!(ms > 0)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(abortReason(signal as AbortSignal));
        };
        const sleeper: Sleeper = {
          wakeAt: current + ms,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
        notifyWatchers();
      });
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`ManualClock.advance: ${ms} must be a non-negative number of ms`);
      current += ms;
      wakeDue();
    },
    set(epochMs) {
      if (epochMs < current) throw new RangeError('ManualClock.set: time cannot move backwards');
      current = epochMs;
      wakeDue();
    },
    get pendingSleeps() {
      return sleepers.length;
    },
    whenSleeping(count = 1) {
      if (sleepers.length >= count) return Promise.resolve();
      return new Promise<void>((resolve) => {
        watchers.push({ count, resolve });
      });
    },
  };
}
