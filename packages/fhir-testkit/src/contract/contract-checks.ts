import type { Appointment, Resource } from 'fhir/r4.js';
import { expect } from 'vitest';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import { gatewayBodies } from '../fixtures/gateway-bodies.js';
import { haloErrors } from '../fixtures/halo-errors.js';
import { operationOutcomes } from '../fixtures/operation-outcomes.js';
import type {
  ContractSearch,
  DescribedError,
  FhirContractClient,
  FhirContractTarget,
} from './contract-client.js';
import { fetchGroundTruth, keyOf } from './ground-truth.js';

/** What each check receives. */
export interface ContractContext {
  /** The server the checks run against. */
  readonly target: FhirContractTarget;
  /** A fresh client for the target (a new one per check, so pauses and breakers never leak between checks). */
  createClient(): Promise<FhirContractClient>;
  /** Reads status and message from the client's error (the contract's `describeError` option). */
  describeError(error: unknown): DescribedError;
}

/** One behaviour a client must have. */
export interface ContractCheck {
  /** The test's name, a sentence saying what the client must do. */
  readonly name: string;
  /** Runs the check; rejects (with an assertion error) when the client gets it wrong. */
  run(context: ContractContext): Promise<void>;
}

const search = (resourceType: string, query: string): ContractSearch => ({
  resourceType,
  params: [...new URLSearchParams(query)],
});

const keys = (resources: readonly Resource[]): string[] => resources.map(keyOf);

async function expectSameAsGroundTruth(context: ContractContext, query: ContractSearch): Promise<void> {
  const client = await context.createClient();
  const [got, truth] = await Promise.all([client.searchAll(query), fetchGroundTruth(context.target, query)]);
  const label = `${query.resourceType}?${new URLSearchParams(query.params.map(([n, v]) => [n, v]))}`;
  const matchKeys = keys(got.matches);
  expect(new Set(matchKeys).size, `${label}: a match came twice`).toBe(matchKeys.length);
  // Same matches in the same order: paging must neither lose, repeat nor reorder the server's order.
  expect(matchKeys, `${label}: matches`).toEqual(keys(truth.matches));
  expect([...new Set(keys(got.included))].sort(), `${label}: included resources`).toEqual(
    [...new Set(keys(truth.included))].sort(),
  );
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the client to reject, but it resolved');
}

/** The error bodies the contract serves: every shape a client must turn into an error with a status. */
export const contractErrorFixtures: readonly (readonly [string, ErrorFixture])[] = [
  ['503 wrapped envelope (site offline)', haloErrors.siteUnavailable()],
  ['503 bare envelope', haloErrors.siteUnavailable({ wrapped: false })],
  ['504 query timeout', haloErrors.queryTimeout()],
  ['429 with Retry-After', haloErrors.rateLimited({ retryAfterSeconds: 1 })],
  ['401 invalid subscription key', haloErrors.keyInvalid()],
  [
    '400 GP away today (mssql errorDetails)',
    haloErrors.practitionerAway({ practitioner: 'prac-1', date: '2026-11-26' }),
  ],
  ['400 bad SQL (query error)', haloErrors.badSql()],
  ['404 OperationOutcome', operationOutcomes.notFound({ resourceType: 'Patient', id: 'x' })],
  ['500 OperationOutcome-free server error', haloErrors.serverError()],
  ['502 HTML from a gateway', gatewayBodies.html502()],
  ['503 JSON cut off', gatewayBodies.truncatedJson()],
  ['500 empty body', gatewayBodies.empty(500)],
];

/** A day that has appointments, `YYYY-MM-DD`, from the target's own data. */
async function appointmentDay(context: ContractContext): Promise<string> {
  const truth = await fetchGroundTruth(context.target, search('Appointment', '_count=1'));
  const start = (truth.matches[0] as Appointment | undefined)?.start;
  if (!start)
    throw new Error('Contract: the target has no Appointment with a start to build date searches from');
  return start.slice(0, 10);
}

/** Every behaviour the contract checks, in order. */
export const contractChecks: readonly ContractCheck[] = [
  {
    name: 'paging reaches every match exactly once, in the server order',
    async run(context) {
      await expectSameAsGroundTruth(context, search('Appointment', '_count=7'));
      await expectSameAsGroundTruth(context, search('Patient', '_count=5'));
      await expectSameAsGroundTruth(context, search('Appointment', 'status=booked&_count=3'));
      await expectSameAsGroundTruth(context, search('Appointment', '_sort=-date&_count=6'));
    },
  },
  {
    name: 'included resources arrive with their matches on every page',
    async run(context) {
      await expectSameAsGroundTruth(context, search('Appointment', '_include=Appointment:patient&_count=5'));
      await expectSameAsGroundTruth(
        context,
        search('Appointment', '_include=Appointment:patient&_include=Appointment:practitioner&_count=4'),
      );
    },
  },
  {
    name: 'reverse-included resources arrive with their matches on every page',
    async run(context) {
      await expectSameAsGroundTruth(context, search('Patient', '_revinclude=Appointment:patient&_count=4'));
    },
  },
  {
    name: 'a search without matches yields nothing',
    async run(context) {
      const client = await context.createClient();
      const result = await client.searchAll(search('Patient', '_id=no-such-patient'));
      expect(result.matches).toEqual([]);
      expect(result.included).toEqual([]);
    },
  },
  {
    name: 'read returns the resource, and an unknown id rejects with status 404',
    async run(context) {
      const [patient] = (await fetchGroundTruth(context.target, search('Patient', '_count=1'))).matches;
      const client = await context.createClient();
      expect(keyOf(await client.read('Patient', patient?.id ?? ''))).toBe(keyOf(patient!));
      const error = context.describeError(await rejection(client.read('Patient', 'no-such-patient')));
      expect(error.status).toBe(404);
    },
  },
  {
    name: 'every documented error shape rejects with its status and a message without the key',
    async run(context) {
      for (const [label, fixture] of contractErrorFixtures) {
        context.target.faults.failWhen(() => true, fixture);
        try {
          const client = await context.createClient();
          const error = context.describeError(await rejection(client.read('Patient', 'pat-1')));
          expect(error.status, label).toBe(fixture.status);
          expect(error.message.trim(), label).not.toBe('');
          expect(error.message, label).not.toContain(context.target.subscriptionKey);
        } finally {
          context.target.faults.clear();
        }
      }
    },
  },
  {
    name: 'exact dates (YYYY-MM-DD, YYYY-MM-DDThh:mm:ss) find what the server finds',
    async run(context) {
      const day = await appointmentDay(context);
      await expectSameAsGroundTruth(context, search('Appointment', `date=${day}&_count=5`));
      await expectSameAsGroundTruth(
        context,
        search('Appointment', `date=ge${day}T09:00:00&date=lt${day}T12:00:00&_count=5`),
      );
    },
  },
  {
    name: 'a date with a zone is refused where the server is strict, and searched where it is not',
    async run(context) {
      const day = await appointmentDay(context);
      const zoned = search('Appointment', `date=ge${day}T09:00:00Z&_count=5`);
      if (!context.target.strictDates) {
        await expectSameAsGroundTruth(context, zoned);
        return;
      }
      const client = await context.createClient();
      const error = context.describeError(await rejection(client.searchAll(zoned)));
      // Refused before sending (no status) or by the server (400): both keep the query from running.
      expect([undefined, 400], error.message).toContain(error.status);
    },
  },
];
