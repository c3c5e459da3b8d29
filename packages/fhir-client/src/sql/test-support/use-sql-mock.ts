import {
  createManualClock,
  createMockFhirServer,
  type ManualClock,
  type MockFhirServer,
  type MockSqlOptions,
} from '@halo-fhir/fhir-testkit';
import { afterEach } from 'vitest';
import { createResiliencePolicy, type ResiliencePolicy } from '../../resilience/policy.js';
import { createHaloSqlClient } from '../create-halo-sql-client.js';
import type { HaloSqlClient } from '../halo-sql-client.js';
import type { HaloSqlClientOptions } from '../sql-client-options.js';
import type { HaloSqlEvent } from '../sql-events.js';

/** The testkit's mock server with its SQL routes, a client of its first site, on one manual clock. */
export interface SqlMockRig {
  readonly server: MockFhirServer;
  readonly clock: ManualClock;
  /** The site's Halo GUID. */
  readonly site: string;
  readonly policy: ResiliencePolicy;
  readonly sql: HaloSqlClient;
  readonly events: HaloSqlEvent[];
  /** POSTs the server received on one SQL route (`sql-immediate`, `sql-async`, `sql-registered-create`). */
  posts(interaction: string): number;
  /** Advances the clock in steps until `promise` settles; returns its outcome. */
  settle<T>(promise: Promise<T>, options?: { stepMs?: number }): Promise<T>;
}

/** Registers cleanup, and returns `start` for a rig over the testkit mock. */
export function useSqlMock(): (options?: {
  readonly sql?: MockSqlOptions;
  readonly client?: Partial<HaloSqlClientOptions>;
}) => Promise<SqlMockRig> {
  const servers: MockFhirServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options = {}) => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    const server = await createMockFhirServer({ clock, sql: { demoDatabase: false, ...options.sql } });
    servers.push(server);
    const site = server.siteGuids[0] as string;
    const policy = createResiliencePolicy({ clock, random: () => 0.5 });
    const events: HaloSqlEvent[] = [];
    const sql = createHaloSqlClient({
      baseUrl: server.siteUrl(site),
      subscriptionKey: server.subscriptionKey,
      policy,
      clock,
      onEvent: (event) => events.push(event),
      ...options.client,
    });
    const settle = async <T>(promise: Promise<T>, settleOptions: { stepMs?: number } = {}) => {
      let done = false;
      const outcome = promise.finally(() => {
        done = true;
      });
      outcome.catch(() => undefined);
      for (let spent = 0; !done && spent <= 4 * 3_600_000; spent += settleOptions.stepMs ?? 500) {
        await clock.advance(settleOptions.stepMs ?? 500);
        // Let loopback I/O complete before time moves again.
        if (!done) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return outcome;
    };
    const posts = (interaction: string) =>
      server.requests.filter((entry) => entry.method === 'POST' && entry.interaction === interaction).length;
    return { server, clock, site, policy, sql, events, posts, settle };
  };
}
