/** Settings of the retry budget. */
export interface RetryBudgetSettings {
  /** Retries allowed as a fraction of requests in the window. */
  readonly ratio: number;
  readonly windowMs: number;
  /** Retries always allowed in a window, so a quiet client can still retry. */
  readonly minRetries: number;
}

/**
 * Caps retries at a fraction of requests over a sliding window (like gRPC's retry throttling and
 * Finagle's RetryBudget): when a practice or Halo struggles, retries cannot multiply the load.
 */
export class RetryBudget {
  readonly #settings: RetryBudgetSettings;
  #requests: number[] = [];
  #retries: number[] = [];

  constructor(settings: RetryBudgetSettings) {
    this.#settings = settings;
  }

  #prune(now: number): void {
    const from = now - this.#settings.windowMs;
    // Times only grow, so the expired ones are at the front.
    const firstRequest = this.#requests.findIndex((t) => t > from);
    this.#requests = firstRequest < 0 ? [] : this.#requests.slice(firstRequest);
    const firstRetry = this.#retries.findIndex((t) => t > from);
    this.#retries = firstRetry < 0 ? [] : this.#retries.slice(firstRetry);
  }

  /** Counts one new logical request. */
  recordRequest(now: number): void {
    this.#prune(now);
    this.#requests.push(now);
  }

  /** Takes one retry from the budget; false when the window's retries are spent. */
  tryAcquire(now: number): boolean {
    this.#prune(now);
    if (this.#retries.length >= this.allowance(now)) return false;
    this.#retries.push(now);
    return true;
  }

  /** Retries allowed in the current window. */
  allowance(now: number): number {
    this.#prune(now);
    return Math.max(this.#settings.minRetries, Math.floor(this.#requests.length * this.#settings.ratio));
  }
}
