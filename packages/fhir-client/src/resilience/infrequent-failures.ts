/**
 * Counts failures of one kind per site over a sliding window, to tell an intermittent 406 (worth
 * one retry) from a disrupted practice server (not worth any).
 */
export class InfrequentFailures {
  readonly #windowMs: number;
  readonly #times = new Map<string, number[]>();

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Records one failure at `site` and returns how many fell in the window, this one included. */
  record(site: string, now: number): number {
    const recent = (this.#times.get(site) ?? []).filter((t) => t > now - this.#windowMs);
    recent.push(now);
    this.#times.set(site, recent);
    return recent.length;
  }

  reset(site?: string): void {
    if (site === undefined) this.#times.clear();
    else this.#times.delete(site);
  }
}
