import type { Clock } from '../resilience/clock.js';

/**
 * A signal that aborts with `reason()` after `ms` of `clock`'s time, unless cancelled first. The
 * reason is built only when it fires, so it can describe the state at that moment.
 */
export function deadlineSignal(
  clock: Clock,
  ms: number,
  reason: () => Error,
): { signal: AbortSignal; cancel: () => void } {
  const controller = new AbortController();
  const cancelTimer = new AbortController();
  clock.sleep(ms, cancelTimer.signal).then(
    () => controller.abort(reason()),
    () => {
      // Cancelled: the work finished in time.
    },
  );
  return { signal: controller.signal, cancel: () => cancelTimer.abort() };
}

/** One signal that aborts when either does; undefined when neither is given. */
export function combineSignals(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): AbortSignal | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return AbortSignal.any([a, b]);
}
