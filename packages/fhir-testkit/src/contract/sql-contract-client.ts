import type { SqlCommand } from '@halo-fhir/fhir-client/sql';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import { createManualClock, type ManualClock } from '../server/clock.js';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import type { FaultPredicate } from '../server/faults/fault-match.js';
import { contractDatabase } from './sql-contract-database.js';

/** What a SQL query gave back: its rows (a scalar as one value) and output parameters by name. */
export interface SqlContractResult {
  /** Every row, in order (every page of an async result). */
  readonly rows: readonly unknown[];
  /** Output and return values as text, by parameter name (with `@`). */
  readonly outputs: Readonly<Record<string, string | null>>;
}

/**
 * What the SQL contract needs of a client: a small adapter, so any SQL passthrough client can be
 * checked. Every method must reject when Halo reports a failure, on whichever channel it arrives
 * (an immediate query's POST response, an async query's status, a registered query's
 * `lastErrorDetails`); configure the client without retries.
 */
export interface SqlContractClient {
  /** `POST queries/immediate` and the decoded result. */
  immediate(command: SqlCommand): Promise<SqlContractResult>;
  /** `POST queries/async`, wait until it ends, then every result page in order. */
  runAsync(command: SqlCommand): Promise<SqlContractResult>;
  /** Registers the command (every 60 s for 120 s) and reads its latest result. */
  registered(command: SqlCommand): Promise<SqlContractResult>;
}

/** The mock server the SQL contract runs against, on a manual clock. */
export interface SqlContractTarget {
  /** The site's base, `{origin}/integrator/sites/{guid}`. */
  readonly siteUrl: string;
  /** The key the server accepts in `Ocp-Apim-Subscription-Key`. */
  readonly subscriptionKey: string;
  /** The server's clock: give it to the client, so its polling waits on the same time. */
  readonly clock: ManualClock;
  /** Rows per async result page. */
  readonly pageRows: number;
  /** Advances the clock in steps until `promise` settles (no real waiting), and returns its outcome. */
  settle<T>(promise: Promise<T>): Promise<T>;
  /** Serves error fixtures for the error checks. */
  readonly faults: {
    /** Answers requests the predicate accepts with the fixture's error until `clear()`. */
    failWhen(predicate: FaultPredicate, fixture: ErrorFixture): unknown;
    /** Removes every fault, so requests are answered normally again. */
    clear(): void;
  };
  /** Called once after the last check. */
  close(): Promise<void>;
}

/**
 * Starts a mock server on a manual clock with the contract's database on its first site (the demo
 * database off, so only the contract's tables exist).
 */
export async function createSqlContractTarget(
  options: { readonly pageRows?: number } = {},
): Promise<SqlContractTarget> {
  const clock = createManualClock('2026-11-26T09:00:00+11:00');
  const pageRows = options.pageRows ?? 100;
  const server = await createMockFhirServer({ clock, sql: { pageRows, demoDatabase: false } });
  server.sql.define(server.siteGuids[0]!, contractDatabase);
  const settle = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    const outcome = promise.finally(() => {
      done = true;
    });
    outcome.catch(() => undefined);
    // Steps of 250 ms, up to the 2 h an async query may wait in the queue; loopback I/O completes between steps.
    for (let spent = 0; !done && spent <= 2 * 3_600_000; spent += 250) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!done) clock.advance(250);
    }
    return outcome;
  };
  return {
    siteUrl: server.siteUrl(),
    subscriptionKey: server.subscriptionKey,
    clock,
    pageRows,
    settle,
    faults: server.faults,
    close: () => server.close(),
  };
}
