import { AsyncFailure } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { ErrorCategory } from '../errors/vocabulary.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { isSqlResultExpiredError } from './errors/sql-result-expired-error.js';
import { useSqlMock } from './test-support/use-sql-mock.js';

const start = useSqlMock();
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

  it('read every result page, in order, to the last row (1,000 pages)', async () => {
    const { server, site, sql, settle } = await start({ sql: { pageRows: 1 } });
    const all = Array.from({ length: 1000 }, (_, index) => ({ NoteID: index }));
    server.sql.define(site, { handlers: [{ match: 'SELECT * FROM Notes', result: { rows: all } }] });
    const handle = await sql.submit<{ NoteID: number }>({ text: 'SELECT * FROM Notes' });
    const state = await settle(handle.wait());
    expect(state.pages).toHaveLength(1000);
    let next = 0;
    for await (const row of handle.rows()) {
      if (row.NoteID !== next) throw new Error(`row ${next} came as ${row.NoteID}`);
      next++;
    }
    expect(next).toBe(1000);
    expect(handle.pagesRead).toBe(1000);
    const pageReads = server.requests.filter((entry) => entry.interaction === 'sql-result');
    expect(pageReads).toHaveLength(1000);
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
  });
});
