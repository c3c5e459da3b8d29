import { afterEach } from 'vitest';
import { createManualClock, type ManualClock } from '../../resilience/clock.js';
import { createResiliencePolicy, type ResiliencePolicy } from '../../resilience/policy.js';
import { createHaloSqlClient } from '../create-halo-sql-client.js';
import type { HaloSqlClient } from '../halo-sql-client.js';
import type { HaloSqlClientOptions } from '../sql-client-options.js';
import type { HaloSqlEvent } from '../sql-events.js';
import { HaloSqlFake } from './halo-sql-fake.js';
import { type SqlTestServer, startSqlTestServer } from './sql-test-server.js';

export const SITE = 'a1b2c3d4-0000-4000-8000-000000000001';
export const KEY = 'sql-test-subscription-key-9f8e7d';

/** A started fake, its server and a client on a manual clock. */
export interface SqlFakeRig {
  readonly clock: ManualClock;
  readonly fake: HaloSqlFake;
  readonly server: SqlTestServer;
  readonly policy: ResiliencePolicy;
  readonly sql: HaloSqlClient;
  readonly events: HaloSqlEvent[];
  /** Advances the clock in steps until `promise` settles; returns its outcome. */
  settle<T>(promise: Promise<T>, options?: { stepMs?: number; maxMs?: number }): Promise<T>;
}

/** Registers cleanup, and returns `start` for a rig (client options may be overridden). */
export function useSqlFake(): (overrides?: Partial<HaloSqlClientOptions>) => Promise<SqlFakeRig> {
  const servers: SqlTestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (overrides = {}) => {
    const clock = createManualClock('2026-03-02T08:00:00+11:00');
    const fake = new HaloSqlFake(clock);
    const server = await startSqlTestServer(SITE, fake.handle);
    servers.push(server);
    const policy = createResiliencePolicy({ clock, random: () => 0.5 });
    const events: HaloSqlEvent[] = [];
    const sql = createHaloSqlClient({
      baseUrl: server.siteBase,
      subscriptionKey: KEY,
      policy,
      clock,
      onEvent: (event) => events.push(event),
      ...overrides,
    });
    const settle = async <T>(promise: Promise<T>, options: { stepMs?: number; maxMs?: number } = {}) => {
      let done = false;
      const outcome = promise.then(
        (value) => {
          done = true;
          return value;
        },
        (error: unknown) => {
          done = true;
          throw error;
        },
      );
      outcome.catch(() => undefined);
      const step = options.stepMs ?? 500;
      for (let spent = 0; !done && spent <= (options.maxMs ?? 4 * 3_600_000); spent += step) {
        await clock.advance(step);
        // Let real I/O (the loopback server) complete before time moves again.
        if (!done) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return outcome;
    };
    return { clock, fake, server, policy, sql, events, settle };
  };
}
