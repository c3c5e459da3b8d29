import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AsyncFailure } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { ErrorCategory } from '../errors/vocabulary.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { isSqlResultExpiredError } from './errors/sql-result-expired-error.js';
import { useSqlMock } from './test-support/use-sql-mock.js';

const start = useSqlMock();

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const appointments = 'SELECT * FROM Appointments';
const tenSeconds = { initialisingMs: 10_000, queuedMs: 10_000, executingMs: 10_000, uploadingMs: 10_000 };

describe('async queries against the testkit SQL mock', () => {
  it('pass every status of the lifecycle to their rows', async () => {
    const { server, site, sql, settle } = await start({ sql: { lifecycle: tenSeconds } });
    server.sql.define(site, {
      handlers: [{ match: appointments, result: { rows: [{ id: 1 }, { id: 2 }] } }],
    });
    const handle = await sql.submit<{ id: number }>({ text: appointments });
    const seen = new Set<string>([handle.lastStatus ?? '']);
    await settle(handle.wait({ onStatus: (state) => seen.add(state.status) }), { stepMs: 250 });
    expect([...seen]).toEqual(['initialising', 'queued', 'executing', 'uploading', 'successful']);
    const rows = [];
    for await (const row of handle.rows()) rows.push(row.id);
    expect(rows).toEqual([1, 2]);
    expect(server.sql.billedQueries(site)).toBe(1);
  });

  const failures = [
    [AsyncFailure.ExecutionFailed, 'executionFailed', ErrorCategory.BadSql],
    [AsyncFailure.UploadFailed, 'uploadFailed', ErrorCategory.QueryUploadFailed],
    [AsyncFailure.Orphaned, 'executionFailed', ErrorCategory.QueryOrphaned],
    [AsyncFailure.ExpiredInQueue, 'expiredInQueue', ErrorCategory.QueryTimeout],
    [
      AsyncFailure.InitialisationFailedSiteOffline,
      'initialisationFailedSiteOffline',
      ErrorCategory.SiteUnavailable,
    ],
    [
      AsyncFailure.InitialisationFailedSiteUnreachable,
      'initialisationFailedSiteUnreachable',
      ErrorCategory.SiteUnreachable,
    ],
    [
      AsyncFailure.InitialisationFailedCacheError,
      'initialisationFailedCacheError',
      ErrorCategory.ServerError,
    ],
  ] as const;
  for (const [fail, status, category] of failures) {
    it(`end ${fail} as a typed error carrying the status, details and query id`, async () => {
      const { server, site, sql, settle } = await start();
      server.sql.define(site, {
        handlers: [
          {
            match: appointments,
            result:
              fail === AsyncFailure.ExecutionFailed
                ? {
                    error: { errorType: 'mssql', errorCode: 207, errorMessage: "Invalid column name 'Nme'." },
                  }
                : { rows: [] },
            async: { fail },
          },
        ],
      });
      const handle = await sql.submit(
        { text: appointments },
        fail === AsyncFailure.ExpiredInQueue ? { maxTimeInQueue: 1000 } : {},
      );
      const error = await settle(handle.wait()).catch((e: unknown) => e);
      if (!isSqlQueryFailedError(error)) throw error;
      expect(error.queryStatus).toBe(status);
      expect(error.category).toBe(category);
      expect(error.queryId).toBe(handle.id);
      expect(error.action).not.toBe('');
      if (fail === AsyncFailure.ExecutionFailed) expect(error.errorDetails?.errorCode).toBe(207);
      if (fail === AsyncFailure.Orphaned) expect(error.haloLinkCode).toBe(3);
      if (fail === AsyncFailure.UploadFailed) expect(error.haloLinkCode).toBe(5);
    });
  }

  it('read every result page, in order, to the last row (1,000 pages) with memory flat from page 100 on', async () => {
    const { server, site, sql, settle, clock } = await start({
      sql: { pageRows: 10 },
      client: { onEvent: () => {}, timeoutMs: 1000 },
    });
    const text = 'n'.repeat(1500);
    const all = Array.from({ length: 10_000 }, (_, index) => ({ NoteID: index, Text: text }));
    server.sql.define(site, { handlers: [{ match: 'SELECT * FROM Notes', result: { rows: all } }] });
    const handle = await sql.submit<{ NoteID: number }>({ text: 'SELECT * FROM Notes' });
    const state = await settle(handle.wait());
    expect(state.pages).toHaveLength(1000);
    let next = 0;
    let pageReads = 0;
    const heap: number[] = [];
    // The mock's request log is the server's memory, not the client's: counted, then emptied.
    const log = server.requests as unknown as { interaction?: string }[];
    for await (const row of handle.rows()) {
      if (row.NoteID !== next) throw new Error(`row ${next} came as ${row.NoteID}`);
      next++;
      if (next % 10 === 0) {
        pageReads += log.filter((entry) => entry.interaction === 'sql-result').length;
        log.length = 0;
        // The testkit's manual clock keeps each finished exchange's deadline sleeper until its time
        // passes (it ignores abort signals): let it pass, as real time would.
        await clock.advance(1000);
      }
      if (next === 1000 || next === 10_000) heap.push(heapAfterGc());
    }
    expect(next).toBe(10_000);
    expect(handle.pagesRead).toBe(1000);
    expect(pageReads).toBe(1000);
    // Keeping the rows would hold 900 pages × 10 × 1,500 bytes = 13.5 MB more at the end.
    expect((heap[1] ?? 0) - (heap[0] ?? 0)).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);

  it('resume from a saved handle in a new client: the next unread row, no second billed query', async () => {
    const { server, site, sql, settle, clock, policy } = await start({ sql: { pageRows: 100 } });
    server.sql.define(site, {
      handlers: [
        { match: 'SELECT i FROM Numbers', result: { rows: Array.from({ length: 250 }, (_, i) => ({ i })) } },
      ],
    });
    const handle = await sql.submit<{ i: number }>({ text: 'SELECT i FROM Numbers' });
    await settle(handle.wait());
    const seen: number[] = [];
    for await (const row of handle.rows()) {
      seen.push(row.i);
      if (seen.length === 130) break;
    }
    const saved = JSON.stringify(handle);
    const restarted = createHaloSqlClient({
      baseUrl: server.siteUrl(site),
      subscriptionKey: server.subscriptionKey,
      clock,
      policy,
    });
    const resumed = restarted.resume<{ i: number }>(saved);
    for await (const row of resumed.rows()) seen.push(row.i);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(server.sql.billedQueries(site)).toBe(1);
    expect(server.sql.queries(site)).toHaveLength(1);
  });

  it('read pages from the stream endpoint when asked', async () => {
    const { server, site, sql, settle } = await start({ sql: { pageRows: 2 } });
    server.sql.define(site, {
      handlers: [{ match: appointments, result: { rows: [{ id: 1 }, { id: 2 }, { id: 3 }] } }],
    });
    const handle = await sql.submit<{ id: number }>({ text: appointments });
    await settle(handle.wait());
    const rows = [];
    for await (const row of handle.rows({ stream: true })) rows.push(row.id);
    expect(rows).toEqual([1, 2, 3]);
    expect(server.requests.filter((entry) => entry.interaction === 'sql-result-stream')).toHaveLength(2);
    expect(server.requests.filter((entry) => entry.interaction === 'sql-result')).toHaveLength(0);
  });

  it('ride out the practice going offline while waiting: polled again later, same query', async () => {
    const { server, site, sql, settle, events } = await start({ sql: { lifecycle: tenSeconds } });
    server.sql.define(site, { handlers: [{ match: appointments, result: { rows: [{ id: 1 }] } }] });
    const handle = await sql.submit({ text: appointments });
    server.faults.siteOffline(site, { forMs: 5 * 60_000 });
    const state = await settle(handle.wait(), { stepMs: 1000 });
    expect(state.successful).toBe(true);
    expect(events.some((event) => event.type === 'sql-warning' && event.code === 'status-unreadable')).toBe(
      true,
    );
    expect(server.sql.billedQueries(site)).toBe(1);
  });

  it('410 Gone once the result has expired', async () => {
    const { server, site, sql, settle, clock } = await start({ sql: { resultRetentionMs: 3_600_000 } });
    server.sql.define(site, { handlers: [{ match: appointments, result: { rows: [{ id: 1 }] } }] });
    const handle = await sql.submit({ text: appointments });
    await settle(handle.wait());
    await clock.advance(2 * 3_600_000);
    const error = await handle
      .rows()
      .next()
      .catch((e: unknown) => e);
    if (!isSqlResultExpiredError(error)) throw error;
    expect(error).toMatchObject({ status: 410, queryId: handle.id, pageNumber: 1 });
    expect(error.action).toMatch(/^The result has expired \(kept about 24 h\); resubmit the query/);
    expect(error.message).toContain(error.action);
    expect(error.message).not.toMatch(/Fix the URI/);
  });
});
