/** Settings of the retry budget. */
export interface RetryBudgetSettings {
  /** Retries allowed as a fraction of requests in the window. */
  readonly ratio: number;
  /** The sliding window, in ms. */
  readonly windowMs: number;
  /** Retries always allowed in a window, so a quiet client can still retry. */
  readonly minRetries: number;
}

/** Times in a sliding window: appended in order, expired from the front in amortised O(1). */
class SlidingWindow {
  #times: number[] = [];
  #head = 0;

  add(time: number): void {
    this.#times.push(time);
  }

  /** Drops times at or before `from`; returns how many remain. */
  countAfter(from: number): number {
    while (this.#head < this.#times.length && (this.#times[this.#head] ?? 0) <= from) this.#head++;
    // Compact now and then so a long-lived policy does not keep every time it ever saw.
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times = this.#times.slice(this.#head);
      this.#head = 0;
    }
    return this.#times.length - this.#head;
  }
}

/**
 * Caps retries at a fraction of requests over a sliding window (like gRPC's retry throttling and
 * Finagle's RetryBudget): when a practice or Halo struggles, retries cannot multiply the load.
 */
export class RetryBudget {
  readonly #settings: RetryBudgetSettings;
  readonly #requests = new SlidingWindow();
  readonly #retries = new SlidingWindow();

  constructor(settings: RetryBudgetSettings) {
    this.#settings = settings;
  }

  /** Counts one new logical request. */
  recordRequest(now: number): void {
    this.#requests.add(now);
  }

  /** Takes one retry from the budget; false when the window's retries are spent. */
  tryAcquire(now: number): boolean {
    if (this.#retries.countAfter(now - this.#settings.windowMs) >= this.allowance(now)) return false;
    this.#retries.add(now);
    return true;
  }

  /** Retries allowed in the current window. */
  allowance(now: number): number {
    const requests = this.#requests.countAfter(now - this.#settings.windowMs);
    return Math.max(this.#settings.minRetries, Math.floor(requests * this.#settings.ratio));
  }
}
