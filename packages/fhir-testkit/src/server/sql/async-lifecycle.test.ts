import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import type { AsyncFailure } from './sql-mock-types.js';
import { decodeData, sqlRequest, submitAsync } from './test-support/sql-http.js';

const start = '2026-11-26T09:00:00.000Z';
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i, label: `row ${i}` }));

async function serverWith(
  options: { fail?: AsyncFailure; rows?: number; error?: boolean; sql?: object } = {},
) {
  const clock = createManualClock(start);
  const server = await startTestServer({ clock, sql: { pageRows: 100, ...options.sql } });
  server.sql.define(server.siteGuids[0]!, {
    handlers: [
      {
        match: 'SELECT * FROM Rows',
        result: options.error
          ? { error: { errorType: 'mssql', errorCode: 207, errorMessage: "Invalid column name 'nme'." } }
          : { rows: rows(options.rows ?? 3) },
        ...(options.fail === undefined ? {} : { async: { fail: options.fail } }),
      },
    ],
  });
  return { server, clock };
}

const status = async (server: Awaited<ReturnType<typeof serverWith>>['server'], id: string) =>
  (await sqlRequest(server, 'GET', `/queries/${id}`)).body;

describe('an async query on the injectable clock', () => {
  it('moves initialising → queued → executing → uploading → successful with the configured durations', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    const created = await submitAsync(server, { text: 'SELECT * FROM Rows' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mode: 'async', status: 'initialising', maxTimeInQueue: 3_600_000 });
    const id = created.body.id as string;
    const seen: string[] = [];
    for (const step of [0, 999, 1, 1999, 1, 2999, 1, 999, 1]) {
      clock.advance(step);
      seen.push((await status(server, id)).status);
    }
    expect(seen).toEqual([
      'initialising',
      'initialising',
      'queued',
      'queued',
      'executing',
      'executing',
      'uploading',
      'uploading',
      'successful',
    ]);
    const done = await status(server, id);
    expect(done).toMatchObject({
      completedAt: '2026-11-26T09:00:07.000Z',
      statusTiming: {
        initialising: { startTime: '2026-11-26T09:00:00.000Z', endTime: '2026-11-26T09:00:01.000Z' },
        queued: { startTime: '2026-11-26T09:00:01.000Z', endTime: '2026-11-26T09:00:03.000Z' },
        executing: { startTime: '2026-11-26T09:00:03.000Z', endTime: '2026-11-26T09:00:06.000Z' },
        uploading: { startTime: '2026-11-26T09:00:06.000Z', endTime: '2026-11-26T09:00:07.000Z' },
      },
      metrics: { sqlExecutionDuration: 3000 },
      result: {
        rows: 3,
        pages: [{ pageNumber: 1, status: 'cached', rows: { count: 3, rangeStart: 0, rangeEnd: 2 } }],
      },
    });
  });

  it('pages a successful result at the configured size with base64 data and the Size/Rows-* headers, to the last row', async () => {
    const { server, clock } = await serverWith({ rows: 250 });
    await using _ = server;
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
    expect((await sqlRequest(server, 'GET', `/queries/${id}/results/1`)).status).toBe(404);
    clock.advance(7000);
    const record = await status(server, id);
    expect(record.result.pages.map((p: { rows: object }) => p.rows)).toEqual([
      { count: 100, rangeStart: 0, rangeEnd: 99 },
      { count: 100, rangeStart: 100, rangeEnd: 199 },
      { count: 50, rangeStart: 200, rangeEnd: 249 },
    ]);
    const all: unknown[] = [];
    for (const page of [1, 2, 3]) {
      const response = await sqlRequest(server, 'GET', `/queries/${id}/results/${page}`);
      expect(response.status).toBe(200);
      const data = decodeData(response.body.data) as unknown[];
      expect(response.headers.get('size')).toBe(String(Buffer.from(response.body.data, 'base64').length));
      expect(response.headers.get('rows-count')).toBe(String(data.length));
      expect(response.headers.get('rows-range-start')).toBe(String((page - 1) * 100));
      expect(response.headers.get('rows-range-end')).toBe(String((page - 1) * 100 + data.length - 1));
      expect(response.body.parameters).toEqual([]);
      all.push(...data);
    }
    expect(all).toEqual(rows(250));
    const stream = await sqlRequest(server, 'GET', `/queries/${id}/results/3/stream`);
    expect(stream.body).toEqual(rows(250).slice(200));
    expect(stream.headers.get('rows-count')).toBe('50');
    expect((await sqlRequest(server, 'GET', `/queries/${id}/results/4`)).status).toBe(404);
    expect((await sqlRequest(server, 'GET', `/queries/${id}/results/0`)).status).toBe(400);
  });

  it('answers 410 Gone once the result is older than its retention', async () => {
    const { server, clock } = await serverWith({ sql: { resultRetentionMs: 60_000 } });
    await using _ = server;
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
    clock.advance(7000 + 59_999);
    expect((await sqlRequest(server, 'GET', `/queries/${id}/results/1`)).status).toBe(200);
    clock.advance(1);
    const gone = await sqlRequest(server, 'GET', `/queries/${id}/results/1`);
    expect(gone.status).toBe(410);
    expect(gone.body.error).toMatchObject({ status: 410, statusText: 'Gone' });
  });

  it('reports a database error as executionFailed after executing, in the old and new formats', async () => {
    const { server, clock } = await serverWith({ error: true });
    await using _ = server;
    const created = await submitAsync(server, { text: 'SELECT * FROM Rows' });
    expect(created.status).toBe(201);
    clock.advance(5999);
    expect((await status(server, created.body.id)).status).toBe('executing');
    clock.advance(1);
    expect(await status(server, created.body.id)).toMatchObject({
      status: 'executionFailed',
      completedAt: '2026-11-26T09:00:06.000Z',
      errorCode: 207,
      errorMessage: "Invalid column name 'nme'.",
      errorDetails: { errorType: 'mssql', errorCode: 207, errorMessage: "Invalid column name 'nme'." },
    });
    expect((await sqlRequest(server, 'GET', `/queries/${created.body.id}/results/1`)).status).toBe(404);
  });

  it.each([
    ['uploadFailed', 7000, 'uploadFailed', { errorType: 'haloLink', errorCode: 5 }],
    ['orphaned', 6000, 'executionFailed', { errorType: 'haloLink', errorCode: 3 }],
    ['executionFailed', 6000, 'executionFailed', { errorType: 'haloLink', errorCode: 1 }],
    ['expiredInQueue', 1000 + 3_600_000, 'expiredInQueue', undefined],
    ['initialisationFailedSiteOffline', 1000, 'initialisationFailedSiteOffline', undefined],
    ['initialisationFailedSiteUnreachable', 1000, 'initialisationFailedSiteUnreachable', undefined],
    ['initialisationFailedCacheError', 1000, 'initialisationFailedCacheError', undefined],
  ] as const)(
    'fails with %s when a handler asks, at the right moment',
    async (fail, at, expected, details) => {
      const { server, clock } = await serverWith({ fail });
      await using _ = server;
      const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
      clock.advance(at - 1);
      expect((await status(server, id)).status).not.toBe(expected);
      clock.advance(1);
      const record = await status(server, id);
      expect(record.status).toBe(expected);
      expect(record.completedAt).toBe(new Date(Date.parse(start) + at).toISOString());
      if (details === undefined) expect(record.errorDetails).toBeUndefined();
      else expect(record.errorDetails).toMatchObject(details);
    },
  );

  it('fails with initialisationFailedSiteOffline when the site is offline at submit', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    server.sql.setAvailability(server.siteGuids[0]!, 'offline');
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
    clock.advance(1000);
    expect((await status(server, id)).status).toBe('initialisationFailedSiteOffline');
  });

  it('expires a query in the queue when the queue is held past its maxTimeInQueue, and runs it late otherwise', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    server.sql.blockQueue(server.siteGuids[0]!, { forMs: 60_000 });
    const short = (await submitAsync(server, { text: 'SELECT * FROM Rows' }, { maxTimeInQueue: 30_000 })).body
      .id;
    const long = (await submitAsync(server, { text: 'SELECT * FROM Rows' }, { maxTimeInQueue: 120_000 })).body
      .id;
    clock.advance(1000 + 30_000);
    expect(await status(server, short)).toMatchObject({
      status: 'expiredInQueue',
      completedAt: '2026-11-26T09:00:31.000Z',
    });
    expect((await status(server, long)).status).toBe('queued');
    clock.advance(60_000 - 31_000);
    expect((await status(server, long)).status).toBe('executing');
    clock.advance(4000);
    expect((await status(server, long)).status).toBe('successful');
  });

  it('refuses maxTimeInQueue over 2 hours for async queries', async () => {
    const { server } = await serverWith();
    await using _ = server;
    const response = await submitAsync(server, { text: 'SELECT * FROM Rows' }, { maxTimeInQueue: 7_200_001 });
    expect(response.status).toBe(400);
    expect(server.sql.billedQueries()).toBe(0);
  });
});

describe('POST queries/status', () => {
  it('returns found queries with their status and notFound for unknown ids', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
    clock.advance(1500);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await sqlRequest(server, 'POST', '/queries/status', { queryIds: [id, unknown] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      results: [
        { queryId: id, status: 'found', query: { id, status: 'queued' } },
        { queryId: unknown, status: 'notFound' },
      ],
    });
    expect((await sqlRequest(server, 'POST', '/queries/status', { ids: [] })).status).toBe(400);
  });
});

describe('billing', () => {
  it('counts each accepted query-creating POST once, never the status and result reads', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' })).body.id as string;
    for (let i = 0; i < 8; i++) {
      clock.advance(1000);
      await status(server, id);
    }
    await sqlRequest(server, 'GET', `/queries/${id}/results/1`);
    await sqlRequest(server, 'POST', '/queries/immediate', { command: { text: 'SELECT * FROM Rows' } });
    await sqlRequest(server, 'POST', '/queries/immediate', { command: {} });
    expect(server.sql.billedQueries()).toBe(2);
    expect(server.sql.billedQueries(server.siteGuids[0])).toBe(2);
    expect(server.requests.filter((r) => r.billed).map((r) => r.interaction)).toEqual([
      'sql-async',
      'sql-immediate',
    ]);
    expect(server.requests.filter((r) => r.interaction === 'sql-status')).toHaveLength(8);
    expect(server.sql.queries().map((q) => [q.mode, q.status])).toEqual([
      ['async', 'successful'],
      ['immediate', 'successful'],
    ]);
  });
});

describe('queue blocks', () => {
  it('hold queries queued before the site was defined again', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    const guid = server.siteGuids[0]!;
    const id = (await submitAsync(server, { text: 'SELECT * FROM Rows' }, { maxTimeInQueue: 10_000 })).body
      .id;
    server.sql.define(guid, { handlers: [] });
    server.sql.blockQueue(guid, { forMs: 60_000 });
    clock.advance(11_000);
    expect((await status(server, id)).status).toBe('expiredInQueue');
  });
});
