import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isAccessDeniedError } from '../errors/access-denied-error.js';
import { isInvalidArgumentError } from '../client/invalid-argument-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { base64 } from './test-support/halo-sql-fake.js';
import { startSqlTestServer } from './test-support/sql-test-server.js';
import { KEY, SITE, useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();

describe('immediate queries return what each execution mode produces', () => {
  it('reader: rows as objects of the caller-given row type, with the query id', async () => {
    const { fake, sql } = await start();
    fake.define('SELECT PatientID, Surname FROM Patients', {
      rows: [
        { PatientID: 1, Surname: "O'Brien" },
        { PatientID: 2, Surname: 'Nguyen' },
      ],
    });
    const result = await sql.immediate<{ PatientID: number; Surname: string }>({
      text: 'SELECT PatientID, Surname FROM Patients',
    });
    expect(result.rows.map((row) => row.Surname)).toEqual(["O'Brien", 'Nguyen']);
    expect(result.queryId).toMatch(/^00000000-/);
    expect(result.undecodedReason).toBeUndefined();
    expect(result.raw?.text).toBe(JSON.stringify(result.rows));
  });

  it('scalar: the bare value; nonQuery: rowsAffected; outputs and the return value by name', async () => {
    const { fake, sql } = await start();
    fake.define('SELECT COUNT(*) FROM Patients', { scalar: 42 });
    fake.define('UPDATE Patients SET Flag = 1', {
      rowsAffected: 7,
      parameters: [
        { name: '@Changed', direction: 'output', type: 'BigInt', value: '66' },
        { name: '@returnValue', direction: 'returnValue', type: 'Int', value: '0' },
      ],
    });
    const scalar = await sql.immediate({ text: 'SELECT COUNT(*) FROM Patients', executionMode: 'scalar' });
    expect(scalar.value).toBe(42);
    expect(scalar.rows).toEqual([]);
    const update = await sql.immediate({ text: 'UPDATE Patients SET Flag = 1', executionMode: 'nonQuery' });
    expect(update.rowsAffected).toBe(7);
    expect(update.outputs['@Changed']).toBe('66');
    expect(update.returnValue).toBe('0');
  });

  it('accepts an object with a rows array, and keeps data of any other shape undecoded with a warning', async () => {
    const { fake, sql, events } = await start();
    fake.define('rows-object', { rawData: base64({ rows: [{ a: 1 }] }) });
    fake.define('columns', { rawData: base64({ columns: ['a'], values: [[1]] }) });
    fake.define('not-json', { rawData: Buffer.from('a,b\n1,2').toString('base64') });
    expect((await sql.immediate({ text: 'rows-object' })).rows).toEqual([{ a: 1 }]);
    const columns = await sql.immediate({ text: 'columns' });
    expect(columns.rows).toEqual([]);
    expect(columns.undecodedReason).toContain('not rows');
    expect(JSON.parse(columns.raw?.text ?? '')).toEqual({ columns: ['a'], values: [[1]] });
    const csv = await sql.immediate({ text: 'not-json' });
    expect(csv.raw?.text).toBe('a,b\n1,2');
    expect(csv.undecodedReason).toBe('the data is not JSON');
    const warnings = events.filter((event) => event.type === 'sql-warning');
    expect(warnings.map((event) => event.type === 'sql-warning' && event.code)).toEqual([
      'undecoded-result',
      'undecoded-result',
    ]);
  });

  it('sends the command, catalogue and maxTimeInQueue as Halo documents, with the key to its origin only', async () => {
    const { fake, sql, server, events } = await start();
    fake.define('SELECT 1', { scalar: 1 });
    await sql.immediate(
      { text: 'SELECT 1', executionMode: 'scalar', parameters: [{ name: '@id', type: 'Int', value: '3' }] },
      { catalogue: 'BPSPatients', maxTimeInQueue: 15_000 },
    );
    const [post] = server.requests;
    expect(post?.path).toBe('queries/immediate');
    expect(post?.json).toEqual({
      command: {
        text: 'SELECT 1',
        executionMode: 'scalar',
        type: 'text',
        parameters: [{ name: '@id', type: 'Int', value: '3' }],
      },
      catalogue: 'BPSPatients',
      maxTimeInQueue: 15_000,
    });
    expect(post?.headers['ocp-apim-subscription-key']).toBe(KEY);
    expect(JSON.stringify(events)).not.toContain(KEY);
    expect(events.some((event) => event.type === 'request' && event.interaction === 'sql-query')).toBe(true);
  });

  it('refuses a maxTimeInQueue outside Halo limits before sending', async () => {
    const { sql, server } = await start();
    const refused = await sql
      .immediate({ text: 'SELECT 1' }, { maxTimeInQueue: 60_001 })
      .catch((e: unknown) => e);
    expect(isInvalidArgumentError(refused)).toBe(true);
    expect(String(refused)).toContain('0 to 60000');
    await expect(sql.immediate({ text: '  ' })).rejects.toThrow(/command.text/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('immediate query errors arrive in the POST response', () => {
  it('never shows the subscription key, even when an error body echoes it', async () => {
    const server = await startSqlTestServer(SITE, () => ({
      status: 401,
      json: { statusCode: 401, message: `Access denied due to invalid subscription key ${KEY}.` },
    }));
    try {
      const sql = createHaloSqlClient({ baseUrl: server.siteBase, subscriptionKey: KEY });
      const error = await sql.immediate({ text: 'SELECT 1' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify({ ...(error as object), message: String(error) })).not.toContain(KEY);
      expect(String(error)).toContain('[REDACTED]');
    } finally {
      await server.close();
    }
  });

  it('never shows the key a failed query record echoes in any field (id, message), in JSON or inspect', async () => {
    const server = await startSqlTestServer(SITE, () => ({
      status: 400,
      json: {
        id: `q-${KEY}`,
        status: 'executionFailed',
        errorDetails: { errorType: 'mssql', errorCode: 208, errorMessage: `Invalid object name '${KEY}'.` },
      },
    }));
    try {
      const sql = createHaloSqlClient({ baseUrl: server.siteBase, subscriptionKey: KEY });
      const error = await sql.immediate({ text: 'SELECT 1' }).catch((e: unknown) => e);
      if (!isSqlQueryFailedError(error)) throw error;
      expect(error.queryId).toBe('q-[REDACTED]');
      expect(error.errorDetails?.errorMessage).toBe("Invalid object name '[REDACTED]'.");
      for (const view of [
        error.message,
        String(error.stack),
        JSON.stringify(error),
        inspect(error, { depth: 9 }),
      ])
        expect(view).not.toContain(KEY);
    } finally {
      await server.close();
    }
  });

  it('a SQL error is a SqlQueryFailedError with errorDetails, the query id and what to do', async () => {
    const { fake, sql } = await start();
    fake.define('SELECT * FROM X', {
      error: { errorType: 'mssql', errorCode: 208, errorMessage: "Invalid object name 'X'." },
    });
    const error = await sql.immediate({ text: 'SELECT * FROM X' }).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(error)) throw error;
    expect(error.status).toBe(400);
    expect(error.queryType).toBe('immediate');
    expect(error.queryId).toMatch(/^00000000-/);
    expect(error.queryStatus).toBe('executionFailed');
    expect(error.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 208,
      errorMessage: "Invalid object name 'X'.",
    });
    expect(error.category).toBe(ErrorCategory.BadSql);
    expect(error.action).toMatch(/Fix the query/);
    expect(error.retryable).toBe(false);
    expect(error.message).not.toContain(KEY);
  });

  it('reads the old format, Halo Link codes and the storedProcedure conversion failure', async () => {
    const { fake, sql } = await start();
    fake.define('old', {
      error: {
        errorType: 'mssql',
        errorCode: 2812,
        errorMessage: "Could not find stored procedure 'selct'.",
      },
      oldFormat: true,
    });
    fake.define('halo-link', {
      error: { errorType: 'haloLink', errorCode: 1, errorMessage: 'Cannot connect to SQL Server.' },
    });
    fake.define('conversion', {
      error: {
        errorType: 'haloLink',
        errorCode: 2,
        errorMessage:
          "Failed to convert parameter value from a String to a Byte[]. --> Invalid cast from 'System.String' to 'System.Byte[]'. Please correct your request and try again.",
      },
    });
    const old = await sql.immediate({ text: 'old' }).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(old)) throw old;
    expect(old.errorDetails).toEqual({
      errorType: undefined,
      errorCode: 2812,
      errorMessage: "Could not find stored procedure 'selct'.",
    });
    expect(old.category).toBe(ErrorCategory.BadSql);
    const haloLink = await sql.immediate({ text: 'halo-link' }).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(haloLink)) throw haloLink;
    expect(haloLink.haloLinkCode).toBe(1);
    const conversion = await sql.immediate({ text: 'conversion' }).catch((e: unknown) => e);
    if (!isSqlQueryFailedError(conversion)) throw conversion;
    expect(conversion.haloLinkCode).toBe(2);
    expect(conversion.retryable).toBe(false);
    expect(conversion.action).toMatch(/rewrite/);
  });

  it('"Login failed for user" pauses the practice in the shared policy, as for FHIR', async () => {
    const { fake, sql, policy } = await start();
    fake.define('SELECT 1', {
      error: { errorType: 'mssql', errorCode: 18456, errorMessage: "Login failed for user 'halo'." },
    });
    const error = await sql.immediate({ text: 'SELECT 1' }).catch((e: unknown) => e);
    expect(isSqlQueryFailedError(error) && error.category).toBe(ErrorCategory.LoginFailed);
    expect(isAccessDeniedError(error)).toBe(false);
    expect(policy.pauseStatus({ site: SITE }).map((pause) => pause.reason.cause)).toEqual(['login-failed']);
    await expect(sql.immediate({ text: 'SELECT 1' })).rejects.toMatchObject({
      category: ErrorCategory.Paused,
    });
    expect(fake.billed).toBe(1);
  });
});
