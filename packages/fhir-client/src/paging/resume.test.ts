import { type createManualClock, haloErrors, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { pagingQuery, usePagingMock } from './test-support/paging-mock.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import type { PagingCursor } from './cursor.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000003';
const query = pagingQuery;
const start = usePagingMock({ guid, seed: 11 });

/** A client as a fresh process would make it: its own policy (one attempt, so failures surface at once). */
function newClient(server: MockFhirServer) {
  return createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    policy: createResiliencePolicy({ maxAttempts: 1 }),
  });
}

const appointmentSearches = (server: MockFhirServer) =>
  server.requests.filter(
    (request) => request.resourceType === 'Appointment' && request.interaction === 'search',
  );

async function expectedIds(server: MockFhirServer): Promise<string[]> {
  const all = await newClient(server).collect(query);
  return all.matches.map((appointment) => appointment.id!);
}

/** Fails the `n`th Appointment search from now on, once, with Halo's 503. */
function failNthSearch(server: MockFhirServer, n: number): void {
  let seen = 0;
  server.faults.failWhen(
    (context) => context.resourceType === 'Appointment' && ++seen === n,
    haloErrors.siteUnavailable(),
    {
      count: 1,
    },
  );
}

const roundTrip = (cursor: PagingCursor): PagingCursor => JSON.parse(JSON.stringify(cursor)) as PagingCursor;

describe('resuming after a failed page', () => {
  it('resumes from a JSON cursor in a new client: no resource lost or repeated, no earlier page fetched again', async () => {
    const server = await start();
    const expected = await expectedIds(server);
    expect(expected.length).toBeGreaterThan(15);
    const before = appointmentSearches(server).length;
    failNthSearch(server, 3);

    const yielded: string[] = [];
    const first = newClient(server).resources(query);
    const failure = await (async () => {
      for await (const appointment of first) yielded.push(appointment.id!);
    })().catch((error: unknown) => error);
    expect(isFhirRequestError(failure)).toBe(true);
    expect(failure).toMatchObject({ status: 503 });
    expect(yielded).toHaveLength(10);

    const cursor = roundTrip(first.cursor);
    for await (const appointment of newClient(server).resources(query, { resumeFrom: cursor })) {
      yielded.push(appointment.id!);
    }

    expect(yielded).toEqual(expected);
    const pages = Math.ceil(expected.length / 5);
    // Every page once, plus the one failed attempt.
    expect(appointmentSearches(server).length - before).toBe(pages + 1);
  });

  it('retries the failed page by iterating the same iterator again', async () => {
    const server = await start();
    const expected = await expectedIds(server);
    failNthSearch(server, 2);
    const client = newClient(server);
    const iterator = client.pages(query);

    const ids: string[] = [];
    const includes: string[] = [];
    const collect = async () => {
      for await (const page of iterator) {
        ids.push(...page.matches.map((resource) => resource.id!));
        includes.push(...page.included.map((resource) => `${resource.resourceType}/${resource.id}`));
      }
    };
    await expect(collect()).rejects.toMatchObject({ status: 503 });
    client.policy.reset();
    await collect();

    expect(ids).toEqual(expected);
    expect(new Set(includes).size).toBe(includes.length);
  });

  it('resumes a resources() iteration stopped in the middle of a page without losing the rest of it', async () => {
    const server = await start();
    const expected = await expectedIds(server);
    const yielded: string[] = [];
    const first = newClient(server).resources(query);
    for await (const appointment of first) {
      yielded.push(appointment.id!);
      if (yielded.length === 7) break;
    }

    for await (const appointment of newClient(server).resources(query, {
      resumeFrom: roundTrip(first.cursor),
    })) {
      yielded.push(appointment.id!);
    }

    expect(yielded).toEqual(expected);
  });

  it('refuses a cursor of another search with InvalidCursorError', async () => {
    const server = await start();
    const iterator = newClient(server).pages(query);
    for await (const _ of iterator) break;

    expect(() => newClient(server).pages('Patient?_count=5', { resumeFrom: iterator.cursor })).toThrow(
      /belongs to the search Appointment/,
    );
    expect(() => newClient(server).pages(query, { resumeFrom: { version: 2 } as never })).toThrow(/version/);
  });
});

describe('aborting paging', () => {
  it('aborts a page in flight; the cursor stays before it and a resume completes the search', async () => {
    const server = await start({ manualClock: true });
    const expected = await expectedIds(server);
    const clock = server.clock as ReturnType<typeof createManualClock>;
    // Page 2 on: the practice is slow (10 s of the server's clock).
    let searches = 0;
    const slow = server.faults.latency(10_000, {
      when: (context) => context.resourceType === 'Appointment' && ++searches >= 2,
    });
    const controller = new AbortController();
    const iterator = newClient(server).pages(query, { signal: controller.signal });
    const pages = iterator[Symbol.asyncIterator]();

    const first = await pages.next();
    expect(first.done).toBe(false);
    const second = pages.next();
    await clock.whenSleeping();
    controller.abort(new Error('user cancelled'));

    await expect(second).rejects.toThrow('user cancelled');
    expect(iterator.cursor.pagesDelivered).toBe(1);
    slow.cancel();
    clock.advance(10_000);

    const ids = first.done ? [] : first.value.matches.map((resource) => resource.id!);
    for await (const page of newClient(server).pages(query, { resumeFrom: roundTrip(iterator.cursor) })) {
      ids.push(...page.matches.map((resource) => resource.id!));
    }
    expect(ids).toEqual(expected);
  });

  it('does not start another page once the signal is aborted', async () => {
    const server = await start();
    const controller = new AbortController();
    let pages = 0;
    const run = async () => {
      for await (const _ of newClient(server).pages(query, { signal: controller.signal })) {
        pages++;
        controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(pages).toBe(1);
    expect(appointmentSearches(server)).toHaveLength(1);
  });
});
