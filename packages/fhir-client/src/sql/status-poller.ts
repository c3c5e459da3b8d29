import { type FhirRequestError, isFhirRequestError } from '../errors/fhir-request-error.js';
import { isPausedError } from '../errors/paused-error.js';
import { sleepUnlessAborted } from '../resilience/clock.js';
import { SqlWaitDeadlineError } from './errors/sql-wait-deadline-error.js';
import { fetchStatuses } from './fetch-statuses.js';
import { isKnownQueryStatus, type SqlQueryState } from './query-state.js';
import { SqlWarningCode } from './sql-events.js';
import type { SqlContext } from './sql-context.js';
import { redactEverywhere } from '../errors/redact-everywhere.js';

/** One `wait()` on a query. */
interface Waiter {
  readonly deadline: number;
  readonly resolve: (state: SqlQueryState | undefined) => void;
  readonly reject: (error: unknown) => void;
  readonly onStatus: ((state: SqlQueryState) => void) | undefined;
}

/** A query being watched, shared by every `wait()` on it. */
interface Watched {
  readonly id: string;
  intervalMs: number;
  dueAt: number;
  lastStatus: string | undefined;
  readonly waiters: Set<Waiter>;
}

/** What `watch` needs about one wait. */
export interface WatchOptions {
  /** Epoch ms on the client's clock. */
  readonly deadline: number;
  readonly signal: AbortSignal | undefined;
  /** The status last seen, if any: then the first poll waits one interval. */
  readonly lastStatus: string | undefined;
  readonly onStatus?: ((state: SqlQueryState) => void) | undefined;
}

/**
 * One poller per client: every query being waited on is polled by one loop on the client's clock,
 * all due queries in one `POST …/queries/status`, each query's interval growing from
 * `polling.initialMs` by `polling.factor` up to `polling.maxMs`. Concurrent waits on the same
 * query share its polls.
 */
export class StatusPoller {
  readonly #context: SqlContext;
  readonly #watched = new Map<string, Watched>();
  #running = false;
  #replan = new AbortController();

  constructor(context: SqlContext) {
    this.#context = context;
  }

  /** Resolves with the terminal state (or undefined when Halo no longer knows the query). */
  watch(id: string, options: WatchOptions): Promise<SqlQueryState | undefined> {
    const { clock, polling } = this.#context.config;
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    return new Promise((resolve, reject) => {
      let watched = this.#watched.get(id);
      if (!watched) {
        const first = options.lastStatus === undefined ? 0 : polling.initialMs;
        watched = {
          id,
          intervalMs: polling.initialMs,
          dueAt: clock.now() + first,
          lastStatus: options.lastStatus,
          waiters: new Set(),
        };
        this.#watched.set(id, watched);
      }
      const entry = watched;
      const onAbort = (): void => {
        entry.waiters.delete(waiter);
        if (entry.waiters.size === 0) this.#watched.delete(id);
        reject(options.signal?.reason);
        this.#wake();
      };
      const waiter: Waiter = {
        deadline: options.deadline,
        resolve: (state) => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve(state);
        },
        reject: (error) => {
          options.signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
        onStatus: options.onStatus,
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      entry.waiters.add(waiter);
      this.#wake();
      if (!this.#running) void this.#run();
    });
  }

  #wake(): void {
    this.#replan.abort();
    this.#replan = new AbortController();
  }

  async #run(): Promise<void> {
    this.#running = true;
    const { clock } = this.#context.config;
    try {
      while (this.#watched.size > 0) {
        const wakeAt = Math.min(...[...this.#watched.values()].flatMap((w) => [w.dueAt, ...deadlines(w)]));
        const waitMs = wakeAt - clock.now();
        if (waitMs > 0) {
          try {
            await sleepUnlessAborted(clock, waitMs, this.#replan.signal);
          } catch {
            continue; // A wait was added or dropped: plan again.
          }
        }
        this.#expireDeadlines(clock.now());
        const due = [...this.#watched.values()].filter((w) => w.dueAt <= clock.now());
        if (due.length > 0) await this.#poll(due);
      }
    } finally {
      this.#running = false;
    }
  }

  #expireDeadlines(now: number): void {
    for (const watched of this.#watched.values()) {
      for (const waiter of watched.waiters) {
        if (waiter.deadline > now) continue;
        watched.waiters.delete(waiter);
        // It quotes the last status as Halo sent it: out through the redaction chokepoint.
        const error = new SqlWaitDeadlineError({
          queryId: watched.id,
          lastStatus: watched.lastStatus,
          deadline: waiter.deadline,
        });
        waiter.reject(redactEverywhere(error, this.#context.secrets));
      }
      if (watched.waiters.size === 0) this.#watched.delete(watched.id);
    }
  }

  async #poll(due: readonly Watched[]): Promise<void> {
    let states: Map<string, SqlQueryState | undefined>;
    try {
      states = await fetchStatuses(
        this.#context,
        due.map((w) => w.id),
        undefined,
      );
    } catch (error) {
      // A practice offline for a while (retries spent, or its circuit open) does not end the waits:
      // the query keeps running at Halo, so poll again later, up to each wait's deadline.
      const transient = isFhirRequestError(error) && (error.retryable || isPausedError(error));
      for (const watched of due) {
        if (!transient) {
          this.#settle(watched, (waiter) => waiter.reject(error));
          continue;
        }
        this.#reportUnreadable(watched, error);
        this.#schedule(watched);
      }
      return;
    }
    for (const watched of due) {
      if (this.#watched.get(watched.id) !== watched) continue; // every wait on it ended meanwhile
      const state = states.get(watched.id);
      if (state === undefined) {
        this.#settle(watched, (waiter) => waiter.resolve(undefined));
        continue;
      }
      if (state.status !== watched.lastStatus) this.#report(watched, state);
      watched.lastStatus = state.status;
      for (const waiter of watched.waiters) {
        try {
          waiter.onStatus?.(state);
        } catch {
          // A progress callback must not stop the polling of every query.
        }
      }
      if (state.terminal) {
        this.#settle(watched, (waiter) => waiter.resolve(state));
        continue;
      }
      this.#schedule(watched);
    }
  }

  #schedule(watched: Watched): void {
    const { clock, polling } = this.#context.config;
    watched.dueAt = clock.now() + watched.intervalMs;
    watched.intervalMs = Math.min(polling.maxMs, watched.intervalMs * polling.factor);
  }

  #reportUnreadable(watched: Watched, error: FhirRequestError): void {
    this.#context.events.emit({
      type: 'sql-warning',
      site: this.#context.config.site,
      code: SqlWarningCode.StatusUnreadable,
      message: `The status of query ${watched.id} could not be read (${error.category}); polling again in ${Math.round(watched.intervalMs / 1000)} s, up to the deadline.`,
      queryId: watched.id,
    });
  }

  #report(watched: Watched, state: SqlQueryState): void {
    const { site, clock } = this.#context.config;
    this.#context.events.emit({
      type: 'sql-status',
      site,
      queryId: watched.id,
      status: state.status,
      at: clock.now(),
    });
    if (!isKnownQueryStatus(state.status)) {
      this.#context.events.emit({
        type: 'sql-warning',
        site,
        code: SqlWarningCode.UnknownStatus,
        message: `Query ${watched.id} reports status ${JSON.stringify(state.status)}, which this library does not know: waiting on as if it were running, up to the deadline.`,
        queryId: watched.id,
      });
    }
  }

  #settle(watched: Watched, action: (waiter: Waiter) => void): void {
    if (this.#watched.get(watched.id) === watched) this.#watched.delete(watched.id);
    for (const waiter of watched.waiters) action(waiter);
    watched.waiters.clear();
  }
}

function deadlines(watched: Watched): number[] {
  return [...watched.waiters].map((waiter) => waiter.deadline).filter(Number.isFinite);
}
