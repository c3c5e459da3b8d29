import { expect } from 'vitest';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import { haloErrors } from '../fixtures/halo-errors.js';
import type { DescribedError } from './contract-client.js';
import type { SqlContractClient, SqlContractTarget } from './sql-contract-client.js';
import { contractManyRows, contractPeopleJson } from './sql-contract-database.js';

/** What each SQL check receives. */
export interface SqlContractContext {
  /** The SQL passthrough site the checks run against. */
  readonly target: SqlContractTarget;
  /** A fresh client for the target (a new one per check). */
  createClient(): Promise<SqlContractClient>;
  /** Reads status and message from the client's error (the contract's `describeError` option). */
  describeError(error: unknown): DescribedError;
}

/** One behaviour a SQL passthrough client must have. */
export interface SqlContractCheck {
  /** The test's name, a sentence saying what the client must do. */
  readonly name: string;
  /** Runs the check; rejects (with an assertion error) when the client gets it wrong. */
  run(context: SqlContractContext): Promise<void>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the client to reject, but it resolved');
}

const missing = { text: 'SELECT * FROM ContractMissing' };
const missingMessage = "Invalid object name 'ContractMissing'.";

/** The gateway answers a query-creating POST can get: each must reject with its status. */
export const sqlContractErrorFixtures: readonly (readonly [string, ErrorFixture])[] = [
  ['503 site could not be contacted', haloErrors.siteUnavailable()],
  ['504 site offline', haloErrors.siteOffline()],
  ['429 with Retry-After', haloErrors.rateLimited({ retryAfterSeconds: 1 })],
  ['401 invalid subscription key', haloErrors.keyInvalid()],
  ['500 server error', haloErrors.serverError()],
  ['413 results too large', haloErrors.resultsTooLarge()],
];

/** Every behaviour the SQL contract checks, in order. */
export const sqlContractChecks: readonly SqlContractCheck[] = [
  {
    name: 'an immediate query returns every row with its values, and a scalar its value',
    async run({ target, createClient }) {
      const client = await createClient();
      const result = await target.settle(client.immediate({ text: 'SELECT * FROM ContractPeople' }));
      expect(result.rows).toEqual(contractPeopleJson);
      const count = await target.settle(
        client.immediate({ text: 'SELECT COUNT(*) FROM ContractPeople', executionMode: 'scalar' }),
      );
      expect(count.rows).toEqual([contractPeopleJson.length]);
    },
  },
  {
    name: 'an immediate storedProcedure returns its output parameters as text',
    async run({ target, createClient }) {
      const client = await createClient();
      const result = await target.settle(
        client.immediate({
          text: 'dbo.Contract_Save',
          type: 'storedProcedure',
          executionMode: 'nonQuery',
          parameters: [
            { name: '@Name', type: 'NVarChar', value: "O'Brien" },
            { name: '@NewID', type: 'Int', direction: 'output' },
            { name: '@Echo', type: 'NVarChar', direction: 'output', size: 100 },
          ],
        }),
      );
      expect(result.outputs).toMatchObject({ '@NewID': '66', '@Echo': "O'Brien" });
    },
  },
  {
    name: 'an async query runs to completion and its pages reach the last row, in order',
    async run({ target, createClient }) {
      const client = await createClient();
      const result = await target.settle(client.runAsync({ text: 'SELECT * FROM ContractMany' }));
      expect(contractManyRows).toBeGreaterThan(2 * target.pageRows);
      expect(result.rows).toEqual(
        Array.from({ length: contractManyRows }, (_, n) => ({ n, label: `row ${n}` })),
      );
    },
  },
  {
    name: "a registered query's latest result arrives",
    async run({ target, createClient }) {
      const client = await createClient();
      const result = await target.settle(client.registered({ text: 'SELECT * FROM ContractPeople' }));
      expect(result.rows).toEqual(contractPeopleJson);
    },
  },
  {
    name: 'a database error rejects on every channel: immediate 400, async status, registered lastErrorDetails',
    async run({ target, createClient, describeError }) {
      const client = await createClient();
      const immediate = describeError(await rejection(target.settle(client.immediate(missing))));
      expect(immediate.status).toBe(400);
      expect(immediate.message).toContain(missingMessage);
      const async = describeError(await rejection(target.settle(client.runAsync(missing))));
      expect(async.message).toContain(missingMessage);
      const registered = describeError(await rejection(target.settle(client.registered(missing))));
      expect(registered.message).toContain(missingMessage);
    },
  },
  {
    name: 'an async query whose upload fails rejects',
    async run({ target, createClient, describeError }) {
      const client = await createClient();
      const error = describeError(
        await rejection(target.settle(client.runAsync({ text: 'SELECT * FROM ContractUpload' }))),
      );
      expect(error.message.trim()).not.toBe('');
    },
  },
  {
    name: 'every gateway error of a query POST rejects with its status and a message without the key',
    async run({ target, createClient, describeError }) {
      for (const [label, fixture] of sqlContractErrorFixtures) {
        target.faults.failWhen((request) => request.method === 'POST', fixture);
        try {
          const client = await createClient();
          const error = describeError(
            await rejection(target.settle(client.immediate({ text: 'SELECT * FROM ContractPeople' }))),
          );
          expect(error.status, label).toBe(fixture.status);
          expect(error.message.trim(), label).not.toBe('');
          expect(error.message, label).not.toContain(target.subscriptionKey);
        } finally {
          target.faults.clear();
        }
      }
    },
  },
];
