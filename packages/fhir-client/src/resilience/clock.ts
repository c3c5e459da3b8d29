/**
 * Where the policy reads "now" and how it waits. Injected so that retries, pauses and circuit
 * breakers are tested with a manual clock and simulated over a working day in seconds.
 * The testkit's `ManualClock` satisfies this interface too.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time; may reject early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A source of uniformly distributed numbers in [0, 1), like `Math.random`. Injected for jitter. */
export type RandomSource = () => number;

/** The real clock: `Date.now()` and `setTimeout`, cancelled by the signal. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortReason(signal!));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Sleeps on `clock` and rejects as soon as `signal` aborts, whether or not the clock itself
 * honours signals (a caller-supplied `Clock` need not), so a cancelled caller is never kept waiting.
 */
export function sleepUnlessAborted(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return clock.sleep(ms);
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    clock.sleep(ms, signal).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** A clock that moves only when told to; sleepers wake when `advance` passes their deadline. */
export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, waking sleepers in deadline order and letting each one's
   * continuation run (so a retry that schedules its next sleep inside the window wakes too).
   */
  advance(ms: number): Promise<void>;
  /** Moves time to `epochMs` (never backwards), like `advance`. */
  advanceTo(epochMs: number): Promise<void>;
  /** How many `sleep` calls are waiting. */
  readonly pendingSleeps: number;
  /** The earliest deadline among waiting sleepers, or undefined when none wait. */
  readonly nextWakeAt: number | undefined;
}

interface Sleeper {
  readonly wakeAt: number;
  readonly order: number;
  readonly wake: () => void;
}

/** Lets promise continuations (and the I/O callbacks they start) run before time moves again. */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Creates a {@link ManualClock} starting at `start` (a Date, epoch milliseconds or ISO text).
 * `sleep(0)` resolves at once. Meant for tests and simulations: it never uses real timers.
 */
export function createManualClock(start: Date | number | string = 0): ManualClock {
  let current = typeof start === 'number' ? start : new Date(start).getTime();
  if (!Number.isFinite(current)) {
    throw new RangeError(
      `createManualClock: start ${String(start)} is not a valid date; pass epoch ms or ISO text`,
    );
  }
  let sleepers: Sleeper[] = [];
  let order = 0;

  const advanceTo = async (target: number): Promise<void> => {
    if (!(target >= current)) {
      throw new RangeError(`ManualClock: cannot move time backwards from ${current} to ${target}`);
    }
    for (;;) {
      // Let pending continuations register their sleeps before deciding what is due.
      await flush();
      const due = sleepers
        .filter((s) => s.wakeAt <= target)
        .sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order)[0];
      if (!due) break;
      sleepers = sleepers.filter((s) => s !== due);
      current = Math.max(current, due.wakeAt);
      due.wake();
    }
    current = target;
    await flush();
  };

  return {
    now: () => current,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      if (!(ms > 0)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const sleeper: Sleeper = {
          wakeAt: current + ms,
          order: order++,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = (): void => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(abortReason(signal!));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
      });
    },
    advance(ms) {
      if (!(ms >= 0)) {
        return Promise.reject(
          new RangeError(`ManualClock.advance: ${ms} must be a non-negative number of ms`),
        );
      }
      return advanceTo(current + ms);
    },
    advanceTo,
    get pendingSleeps() {
      return sleepers.length;
    },
    get nextWakeAt() {
      return sleepers.length === 0 ? undefined : Math.min(...sleepers.map((s) => s.wakeAt));
    },
  };
}
