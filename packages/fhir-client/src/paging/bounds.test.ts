import type { createManualClock as createServerClock, MockFhirServer } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { pagingQuery, usePagingMock } from './test-support/paging-mock.js';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000004';
const query = pagingQuery;
const start = usePagingMock({ guid, seed: 5 });

function clientFor(server: MockFhirServer, clock = createManualClock('2026-03-02T08:00:00+11:00')) {
  return createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    clock,
    policy: createResiliencePolicy({ clock, maxAttempts: 1 }),
  });
}

const searches = (server: MockFhirServer) =>
  server.requests.filter((request) => request.resourceType === 'Appointment');

describe('maxPages', () => {
  it('stops with a resumable PageLimitError when the search has more pages', async () => {
    const server = await start();
    const client = clientFor(server);
    const expected = (await client.collect(query)).matches.map((resource) => resource.id);
    const ids: (string | undefined)[] = [];

    const error = await (async () => {
      for await (const page of client.pages(query, { maxPages: 2 }))
        ids.push(...page.matches.map((r) => r.id));
    })().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'PageLimitError', maxPages: 2 });
    expect(ids).toHaveLength(10);
    const cursor = (error as { cursor: unknown }).cursor as never;
    for await (const page of client.pages(query, { resumeFrom: cursor }))
      ids.push(...page.matches.map((r) => r.id));
    expect(ids).toEqual(expected);
  });
});

describe('timeLimitMs across pages', () => {
  it('stops between pages once the time limit has passed, without sending another query', async () => {
    const server = await start();
    const clock = createManualClock('2026-03-02T08:00:00+11:00');
    const pages = clientFor(server, clock).pages(query, { timeLimitMs: 60_000 })[Symbol.asyncIterator]();

    await pages.next();
    await clock.advance(60_000);

    await expect(pages.next()).rejects.toMatchObject({ name: 'PagingDeadlineError', timeLimitMs: 60_000 });
    expect(searches(server)).toHaveLength(1);
  });

  it('cuts a page short when the time limit passes while it is in flight', async () => {
    const server = await start({ manualClock: true });
    const serverClock = server.clock as ReturnType<typeof createServerClock>;
    let count = 0;
    server.faults.latency(120_000, {
      when: (context) => context.resourceType === 'Appointment' && ++count === 2,
    });
    const clock = createManualClock('2026-03-02T08:00:00+11:00');
    const iterator = clientFor(server, clock).pages(query, { timeLimitMs: 20_000 });
    const pages = iterator[Symbol.asyncIterator]();
    await pages.next();

    // Handled from the start: it rejects while the clock advances.
    const second = pages.next().catch((error: unknown) => error);
    await serverClock.whenSleeping();
    await clock.advance(20_000);

    expect(await second).toMatchObject({ name: 'PagingDeadlineError' });
    expect(iterator.cursor.pagesDelivered).toBe(1);
    serverClock.advance(120_000);
  });
});

describe('collect', () => {
  it('gathers every page: matches, includes once each, and references that resolve across pages', async () => {
    const server = await start();
    const collected = await clientFor(server).collect(query);

    expect(collected.matches.length).toBe(collected.total);
    expect(collected.pages).toBe(Math.ceil((collected.total ?? 0) / 5));
    const included = collected.included.map((resource) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(included).size).toBe(included.length);
    const firstPatient = collected.matches
      .flatMap((appointment) => appointment.participant)
      .find((participant) => participant.actor?.reference?.startsWith('Patient/'));
    expect(collected.resolve(firstPatient!.actor!)).toBeDefined();
  });

  it('refuses from the first page when Bundle.total is over max, rather than truncating', async () => {
    const server = await start();

    await expect(clientFor(server).collect(query, { max: 3 })).rejects.toMatchObject({
      name: 'CollectLimitError',
      max: 3,
    });
    expect(searches(server)).toHaveLength(1);
  });

  it('refuses once the count passes max when the server sends no total', async () => {
    const server = await start();

    await expect(clientFor(server).collect(`${query}&_total=none`, { max: 7 })).rejects.toMatchObject({
      name: 'CollectLimitError',
      found: 10,
    });
    expect(searches(server)).toHaveLength(2);
  });
});
