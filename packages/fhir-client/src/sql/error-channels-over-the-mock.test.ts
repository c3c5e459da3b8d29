import { PmsType } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { isNetworkError } from '../errors/network-error.js';
import { isPausedError } from '../errors/paused-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { isSiteUnavailableError } from '../errors/site-unavailable-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import type { SqlCommand } from './command.js';
import { isSqlOutcomeUnknownError } from './errors/sql-outcome-unknown-error.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { isSqlRewriteError } from './rewrite/sql-rewrite-error.js';
import { useSqlMock } from './test-support/use-sql-mock.js';

const start = useSqlMock();
const siteOffline = {
  status: 503,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    error: {
      status: 503,
      statusText: 'Service Unavailable',
      message: 'Site could not be contacted, please try again later or contact a system administrator.',
    },
  }),
};
const isPost = (context: { method: string }) => context.method === 'POST';
const saveNote: SqlCommand = {
  text: 'dbo.sp_SaveClinicalNote',
  type: 'storedProcedure',
  executionMode: 'nonQuery',
  parameters: [
    { name: '@PatientID', type: 'Int', value: '12' },
    { name: '@Note', type: 'NVarChar', value: `O'Brien ${'n'.repeat(9000)}` },
    { name: '@NoteID', type: 'Int', direction: 'output' },
  ],
};

describe('immediate query errors, from the POST response of the mock', () => {
  it('a SQL Server error is a SqlQueryFailedError with errorDetails and the query id', async () => {
    const { sql } = await start();
    const error = await sql.immediate({ text: 'SELECT * FROM [dbo].[Nope]' }).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(error)) throw error;
    expect(error).toMatchObject({
      status: 400,
      queryType: 'immediate',
      queryStatus: 'executionFailed',
      category: ErrorCategory.BadSql,
    });
    expect(error.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 208,
      errorMessage: "Invalid object name 'dbo.Nope'.",
    });
    expect(error.queryId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the storedProcedure conversion bug, then the rewrite that avoids it, then Firebird refused', async () => {
    const { server, site, sql, posts } = await start({ client: { rewrite: 'never' } });
    let noteLength = 0;
    server.sql.define(site, {
      handlers: [
        {
          match: { procedure: 'dbo.sp_SaveClinicalNote' },
          result: (call) => {
            noteLength = String(call.parameters.find((p) => p.name === '@Note')?.value ?? '').length;
            return { rowsAffected: 1, outputs: { '@NoteID': 4321 } };
          },
        },
      ],
    });
    const bug = await sql.immediate(saveNote).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(bug)) throw bug;
    expect(bug.errorDetails?.errorMessage).toMatch(
      /^Failed to convert parameter value from a String to a Byte\[\]/,
    );
    expect(bug.action).toMatch(/rewrite/);

    const { server: server2, site: site2, sql: rewriting, events } = await start();
    server2.sql.define(site2, {
      handlers: [
        {
          match: { procedure: 'dbo.sp_SaveClinicalNote' },
          result: (call) => {
            noteLength = String(call.parameters.find((p) => p.name === '@Note')?.value ?? '').length;
            return { rowsAffected: 1, outputs: { '@NoteID': 4321 } };
          },
        },
      ],
    });
    const result = await rewriting.immediate(saveNote);
    expect(noteLength).toBe(8 + 9000);
    expect(result.outputs['@NoteID']).toBe('4321');
    expect(result.rewritten).toBe(true);
    expect(events.some((event) => event.type === 'sql-rewrite')).toBe(true);
    expect(posts('sql-immediate')).toBe(1);

    const { server: zedmed, site: site3, sql: firebird } = await start();
    zedmed.sql.define(site3, { pmsType: PmsType.Zedmed });
    const refused = await firebird.immediate(saveNote).catch((e: unknown) => e);
    expect(isSqlRewriteError(refused) && refused.reason).toBe('notSqlServer');
    expect(zedmed.sql.billedQueries(site3)).toBe(0);
  });
});

describe('registered query errors, from lastErrorDetails of the mock', () => {
  it('each failed run is surfaced with the run count; latest() returns a result only when it changed', async () => {
    const { server, site, sql, clock } = await start();
    let runs = 0;
    server.sql.define(site, {
      handlers: [
        {
          match: 'SELECT selct',
          result: {
            error: {
              errorType: 'mssql',
              errorCode: 2812,
              errorMessage: "Could not find stored procedure 'selct'.",
            },
          },
        },
        {
          match: 'SELECT COUNT(*) AS n FROM Appointments',
          result: () => {
            runs++;
            return { rows: [{ n: runs < 3 ? 10 : 11 }] };
          },
        },
      ],
    });
    const failing = await sql.registered.create({
      name: 'typo',
      command: { text: 'SELECT selct' },
      frequency: 60,
      duration: 600,
    });
    const counting = await sql.registered.create({
      name: 'count',
      command: { text: 'SELECT COUNT(*) AS n FROM Appointments' },
      frequency: 60,
      duration: 600,
    });
    await clock.advance(150_000);
    const failed = await sql.registered.get(failing.id);
    expect(failed.lastFailure?.failedRuns).toBeGreaterThanOrEqual(2);
    expect(failed.lastFailure?.errorDetails?.errorCode).toBe(2812);
    expect(failed.lastFailure?.queryType).toBe('registered');

    const first = await sql.registered.latest<{ n: number }>(counting.id);
    expect(first.result?.rows).toEqual([{ n: 11 }]);
    expect((await sql.registered.latest(counting.id)).result).toBeUndefined();
    expect(server.sql.billedQueries(site)).toBe(2);
  });
});

describe('no query-creating POST is resent after an ambiguous failure (counted on the mock)', () => {
  it('a 504 on the POST ends as SqlOutcomeUnknownError after one POST', async () => {
    const { server, sql, settle, posts } = await start();
    server.faults.gatewayTimeout({ afterMs: 30_000, when: isPost });
    const error = await settle(sql.immediate({ text: 'SELECT 1' })).catch((e: unknown) => e);
    expect(isSqlOutcomeUnknownError(error) && error.status).toBe(504);
    expect(posts('sql-immediate')).toBe(1);
  });

  it('a connection reset after Halo created the query: billed once, not resent', async () => {
    const { server, site, sql, settle, posts } = await start();
    server.sql.define(site, { handlers: [{ match: 'SELECT 1', result: { rows: [{ one: 1 }] } }] });
    server.faults.resetConnection({ when: isPost });
    const error = await settle(sql.submit({ text: 'SELECT 1' })).catch((e: unknown) => e);
    if (!isSqlOutcomeUnknownError(error)) throw error;
    expect(isNetworkError(error.cause)).toBe(true);
    expect(posts('sql-async')).toBe(1);
    expect(server.sql.billedQueries(site)).toBe(1);
  });

  it('a repeatable reader is resent after the reset: two POSTs, two billed queries, one resend counted', async () => {
    const { server, site, sql, settle, posts } = await start();
    server.sql.define(site, { handlers: [{ match: 'SELECT 1', result: { rows: [{ one: 1 }] } }] });
    server.faults.resetConnection({ when: isPost });
    const result = await settle(sql.immediate({ text: 'SELECT 1' }, { repeatable: true }));
    expect(result.rows).toEqual([{ one: 1 }]);
    expect(posts('sql-immediate')).toBe(2);
    expect(server.sql.billedQueries(site)).toBe(2);
    expect(sql.stats()).toEqual({ queriesSent: 2, resends: 1 });
  });

  it('503 before acceptance: nothing created, not resent; status reads during an outage are retried', async () => {
    const { server, site, sql, settle, posts } = await start();
    server.sql.define(site, { handlers: [{ match: 'SELECT 1', result: { rows: [{ one: 1 }] } }] });
    server.faults.failWhen(isPost, siteOffline, { count: 1 });
    const refused = await settle(sql.submit({ text: 'SELECT 1' })).catch((e: unknown) => e);
    expect(isSiteUnavailableError(refused)).toBe(true);
    expect(server.sql.billedQueries(site)).toBe(0);
    expect(posts('sql-async')).toBe(1);

    const handle = await sql.submit({ text: 'SELECT 1' });
    server.faults.failWhen((context) => context.method === 'GET', siteOffline, { count: 2 });
    const state = await settle(handle.wait());
    expect(state.successful).toBe(true);
    expect(server.sql.billedQueries(site)).toBe(1);
  });
});

describe('one breaker per practice for FHIR and SQL', () => {
  it('after FHIR reads open the circuit on an offline practice, SQL is refused without sending', async () => {
    const { server, site, clock, settle, posts } = await start();
    const fhir = createFhirClient({
      halo: { siteId: site, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      clock,
      policy: createResiliencePolicy({ clock, random: () => 0.5 }),
    });
    const sql = createHaloSqlClient({ fhirClient: fhir, subscriptionKey: server.subscriptionKey, clock });
    server.faults.siteOffline(site, { forMs: 30 * 60_000 });
    for (let read = 0; read < 10 && fhir.policy.pauseStatus({ site }).length === 0; read++) {
      await settle(fhir.read('Patient', 'pat-1')).catch(() => undefined);
    }
    expect(fhir.policy.pauseStatus({ site })[0]?.circuitOpen).toBe(true);
    const refused = await sql.immediate({ text: 'SELECT 1' }, { repeatable: true }).catch((e: unknown) => e);
    expect(isPausedError(refused)).toBe(true);
    expect(posts('sql-immediate')).toBe(0);
  });
});
