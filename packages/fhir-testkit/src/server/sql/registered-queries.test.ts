import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import type { SqlHandlerResult } from './sql-mock-types.js';
import { decodeData, sqlRequest } from './test-support/sql-http.js';

const start = '2026-11-26T09:00:00.000Z';

function register(text: string, extra: Record<string, unknown> = {}) {
  return {
    name: 'todays-appointments',
    registeredQueryType: 'query',
    frequency: 60,
    duration: 600,
    registerCommand: { command: { text, executionMode: 'reader', type: 'text', parameters: [] } },
    ...extra,
  };
}

async function setup() {
  const clock = createManualClock(start);
  const server = await startTestServer({ clock });
  let next: SqlHandlerResult = { rows: [{ n: 1 }] };
  let runs = 0;
  server.sql.define(server.siteGuids[0]!, {
    handlers: [
      {
        match: 'SELECT n FROM Watched',
        result: () => {
          runs += 1;
          return next;
        },
      },
    ],
  });
  return {
    server,
    clock,
    runs: () => runs,
    answer: (result: SqlHandlerResult) => {
      next = result;
    },
  };
}

describe('registered queries', () => {
  it('run on their frequency from creation, keep lastHash while the result is unchanged, and complete after their duration', async () => {
    const { server, clock, runs, answer } = await setup();
    await using _ = server;
    const created = await sqlRequest(
      server,
      'POST',
      '/queries/registered',
      register('SELECT n FROM Watched'),
    );
    expect(created.status).toBe(202);
    expect(Object.keys(created.body)).toEqual(['id']);
    const path = `/queries/registered/${created.body.id}`;
    const first = (await sqlRequest(server, 'GET', path)).body;
    expect(first).toMatchObject({
      name: 'todays-appointments',
      status: 'enabled',
      frequency: 60,
      duration: 600,
      createdAt: start,
    });
    expect(first.metrics).toMatchObject({ executionSucceededCount: 1, executionFailedCount: 0 });
    clock.advance(150_000);
    const unchanged = (await sqlRequest(server, 'GET', path)).body;
    expect(unchanged.metrics.executionSucceededCount).toBe(3);
    expect(unchanged.lastHash).toBe(first.lastHash);
    expect(unchanged.metrics.resultSizeSum).toBe(first.metrics.resultSizeSum);
    answer({ rows: [{ n: 2 }] });
    clock.advance(30_000);
    const changed = (await sqlRequest(server, 'GET', path)).body;
    expect(changed.lastHash).not.toBe(first.lastHash);
    expect(changed.metrics.resultSizeSum).toBeGreaterThan(first.metrics.resultSizeSum);
    const result = await sqlRequest(server, 'GET', `${path}/results`);
    expect(result.body).toMatchObject({ rows: 1, parameters: null });
    expect(decodeData(result.body.data)).toEqual([{ n: 2 }]);
    clock.advance(600_000);
    const done = (await sqlRequest(server, 'GET', path)).body;
    expect(done).toMatchObject({ status: 'completed', completedAt: '2026-11-26T09:10:00.000Z' });
    expect(done.metrics.executionSucceededCount).toBe(10);
    expect(runs()).toBe(10);
    expect(server.sql.billedQueries()).toBe(1);
  });

  it('records a failed run in lastErrorDetails and the failure metrics without changing the status', async () => {
    const { server, clock, answer } = await setup();
    await using _ = server;
    const id = (await sqlRequest(server, 'POST', '/queries/registered', register('SELECT n FROM Watched')))
      .body.id;
    answer({
      error: {
        errorType: 'mssql',
        errorCode: 2812,
        errorMessage: "Could not find stored procedure 'selct'.",
      },
    });
    clock.advance(60_000);
    const body = (await sqlRequest(server, 'GET', `/queries/registered/${id}`)).body;
    expect(body).toMatchObject({
      status: 'enabled',
      lastErrorDetails: {
        errorType: 'mssql',
        errorCode: 2812,
        errorMessage: "Could not find stored procedure 'selct'.",
      },
      metrics: {
        executionSucceededCount: 1,
        executionFailedCount: 1,
        lastSucceededAt: start,
        lastFailedAt: '2026-11-26T09:01:00.000Z',
      },
    });
    expect(body.lastHash).toBeDefined();
  });

  it('is cancelled by DELETE (204) and runs no more; the list shows every registered query of the site', async () => {
    const { server, clock, runs } = await setup();
    await using _ = server;
    const id = (await sqlRequest(server, 'POST', '/queries/registered', register('SELECT n FROM Watched')))
      .body.id;
    clock.advance(60_000);
    const deleted = await sqlRequest(server, 'DELETE', `/queries/registered/${id}`);
    expect([deleted.status, deleted.text]).toEqual([204, '']);
    clock.advance(300_000);
    const body = (await sqlRequest(server, 'GET', `/queries/registered/${id}`)).body;
    expect(body).toMatchObject({ status: 'cancelled', completedAt: '2026-11-26T09:01:00.000Z' });
    expect(runs()).toBe(2);
    const list = await sqlRequest(server, 'GET', '/queries/registered');
    expect(list.body.registeredQueries.map((q: { id: string; status: string }) => [q.id, q.status])).toEqual([
      [id, 'cancelled'],
    ]);
  });

  it('answers a run of unknown SQL with the database error, and unknown ids with 404', async () => {
    const { server } = await setup();
    await using _ = server;
    const id = (await sqlRequest(server, 'POST', '/queries/registered', register('SELECT * FROM Nowhere')))
      .body.id;
    const body = (await sqlRequest(server, 'GET', `/queries/registered/${id}`)).body;
    expect(body.lastErrorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 208,
      errorMessage: "Invalid object name 'Nowhere'.",
    });
    expect((await sqlRequest(server, 'GET', `/queries/registered/${id}/results`)).status).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await sqlRequest(server, 'GET', `/queries/registered/${unknown}`)).status).toBe(404);
    expect((await sqlRequest(server, 'DELETE', `/queries/registered/${unknown}`)).status).toBe(404);
  });

  it.each([
    ['a frequency under 60 s', { frequency: 59 }, /frequency/],
    ['a duration over 86,400 s', { duration: 86_401 }, /duration/],
    ['no name', { name: undefined }, /name is required/],
    ['another registeredQueryType', { registeredQueryType: 'report' }, /registeredQueryType/],
    [
      'no command text',
      { registerCommand: { command: { executionMode: 'reader' } } },
      /registerCommand\.command\.text/,
    ],
  ])('refuses %s with a 400 wrapped envelope, registering nothing', async (_name, extra, message) => {
    const { server } = await setup();
    await using _ = server;
    const response = await sqlRequest(
      server,
      'POST',
      '/queries/registered',
      register('SELECT n FROM Watched', extra),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(server.sql.billedQueries()).toBe(0);
    expect(server.sql.queries()).toEqual([]);
  });
});

describe('registered query runs that go wrong', () => {
  it('fail a run whose result is over 8 MB with a 413 in lastErrorDetails', async () => {
    const { server, answer } = await setup();
    await using _ = server;
    answer({ rows: [{ text: 'x'.repeat(9 * 1024 * 1024) }] });
    const id = (await sqlRequest(server, 'POST', '/queries/registered', register('SELECT n FROM Watched')))
      .body.id;
    const body = (await sqlRequest(server, 'GET', `/queries/registered/${id}`)).body;
    expect(body.lastErrorDetails).toMatchObject({ errorType: 'http', errorCode: 413 });
    expect(body.lastHash).toBeUndefined();
  });

  it('answer 500 for a read whose handler throws, and run again at the next read', async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    let broken = true;
    server.sql.define(server.siteGuids[0]!, {
      handlers: [
        {
          match: 'SELECT 1',
          result: () => {
            if (broken) throw new Error('handler bug');
            return { rows: [{ one: 1 }] };
          },
        },
      ],
    });
    const created = await sqlRequest(server, 'POST', '/queries/registered', register('SELECT 1'));
    expect(created.status).toBe(500);
    broken = false;
    const id = server.sql.queries()[0]!.id;
    const body = (await sqlRequest(server, 'GET', `/queries/registered/${id}`)).body;
    expect(body.metrics.executionSucceededCount).toBe(1);
  });
});
