import { afterAll, beforeAll, describe, it } from 'vitest';
import { type DescribedError, describeAnyError } from './contract-client.js';
import { sqlContractChecks } from './sql-contract-checks.js';
import {
  createSqlContractTarget,
  type SqlContractClient,
  type SqlContractTarget,
} from './sql-contract-client.js';

/** Options of {@link defineSqlClientContract}. */
export interface SqlClientContractOptions {
  /** Name of the `describe` block, e.g. `'our SQL client'`. */
  readonly name: string;
  /** A new client for the target's site, key and clock; called once per check. */
  createClient(target: SqlContractTarget): Promise<SqlContractClient> | SqlContractClient;
  /** Reads status and message from the client's errors. @default describeAnyError */
  readonly describeError?: (error: unknown) => DescribedError;
  /** Rows per async result page on the target. @default 100 */
  readonly pageRows?: number;
}

/**
 * Registers vitest tests for what a client of Halo's SQL passthrough relies on: immediate rows and
 * outputs, an async query to completion and its pages to the last row, a registered query's result,
 * and each error channel (immediate POST response, async status, registered `lastErrorDetails`,
 * gateway errors), against the testkit mock on a manual clock. Call it at the top level of a test file.
 */
export function defineSqlClientContract(options: SqlClientContractOptions): void {
  describe(options.name, () => {
    let target: SqlContractTarget | undefined;
    beforeAll(async () => {
      target = await createSqlContractTarget(
        options.pageRows === undefined ? {} : { pageRows: options.pageRows },
      );
    });
    afterAll(async () => {
      await target?.close();
    });
    for (const check of sqlContractChecks) {
      it(check.name, async () => {
        if (target === undefined)
          throw new Error('SQL contract target did not start; see the beforeAll error');
        const started = target;
        await check.run({
          target: started,
          createClient: async () => options.createClient(started),
          describeError: options.describeError ?? describeAnyError,
        });
      });
    }
  });
}
