import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  type DescribedError,
  describeAnyError,
  type FhirContractClient,
  type FhirContractTarget,
} from './contract-client.js';
import { contractChecks } from './contract-checks.js';

/** Options of {@link defineFhirClientContract}. */
export interface FhirClientContractOptions {
  /** Name of the `describe` block, e.g. `'our client, Halo profile'`. */
  readonly name: string;
  /** Starts (or names) the server; called once before the checks. Its `close` runs after them. */
  target(): Promise<FhirContractTarget> | FhirContractTarget;
  /** A new client for the target's base URL and key; called once per check. */
  createClient(target: FhirContractTarget): Promise<FhirContractClient> | FhirContractClient;
  /** Reads status and message from the client's errors. @default describeAnyError (`status`, `statusCode` or `response.status`) */
  readonly describeError?: (error: unknown) => DescribedError;
}

/**
 * Registers vitest tests for the behaviours a client of a Halo-like FHIR server relies on: paging
 * reaches every match exactly once, included resources arrive with their matches (even when the
 * server's `next` links drop `_include`), error shapes parse into errors with a status, and date
 * strictness. Call it at the top level of a test file.
 */
export function defineFhirClientContract(options: FhirClientContractOptions): void {
  describe(options.name, () => {
    let target: FhirContractTarget | undefined;
    beforeAll(async () => {
      target = await options.target();
    });
    afterAll(async () => {
      await target?.close?.();
    });
    for (const check of contractChecks) {
      it(check.name, async () => {
        if (target === undefined) throw new Error('Contract target did not start; see the beforeAll error');
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
