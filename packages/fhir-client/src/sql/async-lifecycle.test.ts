import { describe, expect, it } from 'vitest';
import { ErrorCategory } from '../errors/vocabulary.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { isSqlWaitDeadlineError } from './errors/sql-wait-deadline-error.js';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import type { HaloSqlEvent } from './sql-events.js';
import { startSqlTestServer } from './test-support/sql-test-server.js';
import { KEY, SITE, useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();
const query = { text: 'SELECT * FROM Appointments' };

describe('an async query is polled through its lifecycle to its result', () => {
  it('passes initialising, queued, executing and uploading to successful, polling at growing intervals', async () => {
    const { fake, sql, settle, server, events, clock } = await start();
    Object.assign(fake.lifecycle, {
      initialising: 10_000,
      queued: 10_000,
      executing: 10_000,
      uploading: 10_000,
    });
    fake.define(query.text, { rows: [{ id: 1 }, { id: 2 }] });
    const submittedAt = clock.now();
    const handle = await sql.submit(query);
    expect(handle.lastStatus).toBe('initialising');
    const seen: string[] = [];
    const times: number[] = [];
    const onStatus = (s: { status: string }) => {
      seen.push(s.status);
      times.push(clock.now() - submittedAt);
    };
    const state = await settle(handle.wait({ onStatus }), { stepMs: 250 });
    expect(state.successful).toBe(true);
    expect(state.rowCount).toBe(2);
    expect([...new Set(seen)]).toEqual(['initialising', 'queued', 'executing', 'uploading', 'successful']);
    expect(
      events.filter((e) => e.type === 'sql-status').map((e) => e.type === 'sql-status' && e.status),
    ).toEqual(['queued', 'executing', 'uploading', 'successful']);
    // Polled about 1 s after submit, then 1.5x longer each time (1, 1.5, 2.25, 3.4, … s).
    expect(times[0]).toBeGreaterThanOrEqual(1000);
    expect(times[0]).toBeLessThanOrEqual(1500);
    const gaps = times.slice(1).map((at, index) => at - (times[index] ?? 0));
    const shrinking = gaps.slice(1).filter((gap, index) => gap < (gaps[index] ?? 0) * 1.3);
    expect(shrinking).toEqual([]);
    expect(
      server.requests.filter((r) => r.method === 'GET' && r.path === `queries/${handle.id}`),
    ).toHaveLength(times.length);
    const rows = [];
    for await (const row of handle.rows()) rows.push(row);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect(clock.now() - submittedAt).toBeLessThan(60_000);
  });

  it('backs off to polling every 30 s for a long-running query', async () => {
    const { fake, sql, settle, server, clock } = await start();
    fake.lifecycle.executing = 10 * 60_000;
    fake.define(query.text, { rows: [] });
    const handle = await sql.submit(query);
    const polls: number[] = [];
    const from = clock.now();
    await settle(handle.wait({ onStatus: () => polls.push(clock.now() - from) }), { stepMs: 1000 });
    const gaps = polls.slice(1).map((at, index) => at - (polls[index] ?? 0));
    expect(gaps[0]).toBeLessThanOrEqual(2000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(31_000);
    expect(gaps.slice(-3).every((gap) => gap >= 29_000)).toBe(true);
    // About 10 minutes at most every 30 s, not one poll a second.
    expect(server.requests.filter((r) => r.path.startsWith('queries/0')).length).toBeLessThan(40);
  });

  it('many handles waited on together are polled in one POST /queries/status', async () => {
    const { fake, sql, settle, server } = await start();
    fake.define(query.text, { rows: [{ id: 1 }] });
    const handles = await Promise.all([sql.submit(query), sql.submit(query), sql.submit(query)]);
    const states = await settle(Promise.all(handles.map((h) => h.wait())), { stepMs: 250 });
    expect(states.every((s) => s.successful)).toBe(true);
    const batches = server.requests.filter((r) => r.path === 'queries/status');
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((r) => (r.json as { queryIds: string[] }).queryIds.length === 3)).toBe(true);
    expect(server.requests.filter((r) => r.method === 'GET' && r.path.startsWith('queries/'))).toHaveLength(
      0,
    );
  });
});

describe('statuses of many queries', () => {
  it('reads known and unknown ids in one batch, and refuses an id that is not one', async () => {
    const { fake, sql, server } = await start();
    fake.define(query.text, { rows: [] });
    const a = await sql.submit(query);
    const b = await sql.submit(query);
    const unknown = '00000000-0000-4000-8000-00000000ffff';
    const states = await sql.statuses([a.id, b.id, unknown, a.id]);
    expect([...states.keys()]).toEqual([a.id, b.id, unknown]);
    expect(states.get(a.id)?.status).toBe('initialising');
    expect(states.get(unknown)).toBeUndefined();
    expect(server.requests.filter((r) => r.path === 'queries/status')).toHaveLength(1);
    await expect(sql.statuses(['../registered'])).rejects.toThrow(/not a Halo query id/);
  });
});

describe('every terminal failure of an async query is a typed error with what to do', () => {
  const failures = [
    ['executionFailed', ErrorCategory.BadSql, /Fix the query/],
    ['uploadFailed', ErrorCategory.QueryUploadFailed, /Submit the query again/],
    ['expiredInQueue', ErrorCategory.QueryTimeout, /longer maxTimeInQueue/],
    ['initialisationFailedSiteOffline', ErrorCategory.SiteUnavailable, /offline/],
    ['initialisationFailedSiteUnreachable', ErrorCategory.SiteUnreachable, /unreachable/],
    ['initialisationFailedCacheError', ErrorCategory.ServerError, /Halo Cloud/],
  ] as const;
  for (const [status, category, action] of failures) {
    it(`${status}`, async () => {
      const { fake, sql, settle } = await start();
      fake.define(query.text, {
        asyncStatus: status,
        ...(status === 'executionFailed'
          ? { error: { errorType: 'mssql', errorCode: 207, errorMessage: "Invalid column name 'Nme'." } }
          : {}),
      });
      const handle = await sql.submit(query);
      const error = await settle(handle.wait()).catch((e: unknown) => e);
      if (!isSqlQueryFailedError(error)) throw error;
      expect(error.queryType).toBe('async');
      expect(error.queryId).toBe(handle.id);
      expect(error.queryStatus).toBe(status);
      expect(error.category).toBe(category);
      expect(error.action).toMatch(action);
      if (status === 'executionFailed') {
        expect(error.errorDetails).toEqual({
          errorType: 'mssql',
          errorCode: 207,
          errorMessage: "Invalid column name 'Nme'.",
        });
      }
      if (status === 'uploadFailed') expect(error.haloLinkCode).toBe(5);
      // Waiting again reports the same failure without polling.
      await expect(handle.wait()).rejects.toMatchObject({ queryStatus: status });
    });
  }

  it('"Login failed" in an async status pauses the practice in the shared policy', async () => {
    const { fake, sql, settle, policy } = await start();
    fake.define(query.text, {
      error: { errorType: 'mssql', errorCode: 18456, errorMessage: "Login failed for user 'halo'." },
    });
    const handle = await sql.submit(query);
    const error = await settle(handle.wait()).catch((e: unknown) => e);
    expect(isSqlQueryFailedError(error) && error.category).toBe(ErrorCategory.LoginFailed);
    expect(policy.pauseStatus({ site: SITE }).map((pause) => pause.reason.cause)).toEqual(['login-failed']);
  });
});

describe('statuses the library does not know, and deadlines', () => {
  it('an unknown status is reported once and waited through', async () => {
    const { fake, sql, settle, events } = await start();
    fake.define(query.text, { rows: [], unknownStatus: 'throttled' });
    const handle = await sql.submit(query);
    const state = await settle(handle.wait(), { stepMs: 250 });
    expect(state.successful).toBe(true);
    const warnings = events.filter((e) => e.type === 'sql-warning' && e.code === 'unknown-status');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ queryId: handle.id });
  });

  it('the deadline ends the wait with SqlWaitDeadlineError naming the last status; the query is not lost', async () => {
    const { fake, sql, settle, clock } = await start();
    fake.lifecycle.queued = 3_600_000;
    fake.define(query.text, { rows: [{ id: 1 }] });
    const handle = await sql.submit(query);
    const deadline = clock.now() + 60_000;
    const error = await settle(handle.wait({ deadline })).catch((e: unknown) => e);
    if (!isSqlWaitDeadlineError(error)) throw error;
    expect(error.lastStatus).toBe('queued');
    expect(error.queryId).toBe(handle.id);
    expect(clock.now()).toBeLessThan(deadline + 1000);
    const state = await settle(handle.wait({ deadline: clock.now() + 2 * 3_600_000 }), { stepMs: 10_000 });
    expect(state.successful).toBe(true);
    expect(fake.billed).toBe(1);
  });

  it('a progress callback that throws does not stop the polling', async () => {
    const { fake, sql, settle } = await start();
    fake.define(query.text, { rows: [] });
    const handle = await sql.submit(query);
    const onStatus = () => {
      throw new Error('logging broke');
    };
    await expect(settle(handle.wait({ onStatus }))).resolves.toMatchObject({ successful: true });
  });

  it('a resumed handle Halo does not know ends the wait with a not-found error, nothing submitted', async () => {
    const { sql, settle, fake } = await start();
    const handle = sql.resume({
      kind: 'halo-sql-query',
      version: 1,
      site: sql.site,
      queryId: '00000000-0000-4000-8000-00000000dead',
      executionMode: 'reader',
      pagesRead: 0,
      rowsReadInPage: 0,
    });
    await expect(settle(handle.wait())).rejects.toMatchObject({ status: 404, category: 'not-found' });
    expect(fake.billed).toBe(0);
  });

  it('an abort ends the wait with the signal reason', async () => {
    const { fake, sql, settle } = await start();
    fake.define(query.text, { rows: [] });
    const handle = await sql.submit(query);
    const controller = new AbortController();
    const waiting = settle(handle.wait({ signal: controller.signal }));
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('SQL events leave through the redaction chokepoint', () => {
  it('a status that echoes the key shows as [REDACTED] in sql-status and unknown-status events', async () => {
    const echoed = `reticulating-${KEY}`;
    let reads = 0;
    const server = await startSqlTestServer(SITE, (request) => {
      if (request.path === 'queries/async') return { status: 201, json: { id: 'q1', status: 'queued' } };
      reads++;
      return reads < 3
        ? { status: 200, json: { id: 'q1', status: echoed } }
        : { status: 200, json: { id: 'q1', status: 'executionFailed' } };
    });
    try {
      const clock = createManualClock(0);
      const events: HaloSqlEvent[] = [];
      const sql = createHaloSqlClient({
        baseUrl: server.siteBase,
        subscriptionKey: KEY,
        clock,
        policy: createResiliencePolicy({ clock }),
        onEvent: (event) => events.push(event),
      });
      const handle = await sql.submit(query);
      const waited = handle.wait().catch((e: unknown) => e);
      while (reads < 3) await clock.advance(1_000);
      expect(isSqlQueryFailedError(await waited)).toBe(true);

      const statuses = events.flatMap((e) => (e.type === 'sql-status' ? [e.status] : []));
      expect(statuses).toContain('reticulating-[REDACTED]');
      expect(events.some((e) => e.type === 'sql-warning' && e.code === 'unknown-status')).toBe(true);
      expect(JSON.stringify(events)).not.toContain(KEY);
    } finally {
      await server.close();
    }
  });

  it('a wait deadline quoting that status keeps the key out of its message and fields', async () => {
    const server = await startSqlTestServer(SITE, (request) =>
      request.path === 'queries/async'
        ? { status: 201, json: { id: 'q1', status: 'queued' } }
        : { status: 200, json: { id: 'q1', status: `reticulating-${KEY}` } },
    );
    try {
      const clock = createManualClock(0);
      const sql = createHaloSqlClient({
        baseUrl: server.siteBase,
        subscriptionKey: KEY,
        clock,
        policy: createResiliencePolicy({ clock }),
      });
      const handle = await sql.submit(query);
      const waited = handle.wait({ deadline: 10_000 }).catch((e: unknown) => e);
      for (let step = 0; step < 20; step++) await clock.advance(1_000);
      const error = await waited;
      if (!isSqlWaitDeadlineError(error)) throw error;
      expect(error.lastStatus).toBe('reticulating-[REDACTED]');
      expect(error.message).toContain('last status: reticulating-[REDACTED]');
      expect(JSON.stringify(error)).not.toContain(KEY);
    } finally {
      await server.close();
    }
  });
});
