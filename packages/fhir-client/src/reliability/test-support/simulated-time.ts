import type { ManualClock } from '../../resilience/clock.js';
import type { FaultyFetchWatch } from './faulty-fetch.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Turns with no wire activity before an exchange that never finishes its body is treated as idle. */
const stuckExchangeTurns = 20_000;

/**
 * Waits for `work` while moving the manual clock: whenever nothing is on the wire (no exchange
 * in flight, nothing happened for two turns), time jumps to the next sleeper's deadline (a backoff,
 * a `Retry-After`, a pause, a timeout). Retries and backoff therefore never really sleep.
 */
export async function onSimulatedTime<T>(
  clock: ManualClock,
  watch: FaultyFetchWatch,
  work: Promise<T>,
): Promise<T> {
  let done = false;
  const watched = work.finally(() => {
    done = true;
  });
  watched.catch(() => {});
  let quietTurns = 0;
  while (!done) {
    const seen = watch.activity;
    await nextTurn();
    await nextTurn();
    if (done) break;
    if (watch.activity !== seen) {
      quietTurns = 0;
      continue;
    }
    quietTurns++;
    if (watch.inFlight > 0 && quietTurns < stuckExchangeTurns) continue;
    const wakeAt = clock.nextWakeAt;
    if (wakeAt === undefined) {
      if (quietTurns > 10_000) throw new Error('the work neither finished nor waits on the clock');
      continue;
    }
    quietTurns = 0;
    await clock.advanceTo(Math.max(wakeAt, clock.now()));
  }
  return work;
}
