import { describe, expect, it } from 'vitest';
import { isInvalidArgumentError } from '../client/invalid-argument-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { KEY, useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();
const command = { text: 'SELECT * FROM Appointments WHERE Day = CAST(GETDATE() AS date)' };

describe('registered queries', () => {
  it('checks frequency and duration against Halo limits before sending anything', async () => {
    const { sql, server } = await start();
    for (const [frequency, duration, argument] of [
      [59, 600, 'frequency'],
      [60.5, 600, 'frequency'],
      [60, 86_401, 'duration'],
      [60, 0, 'duration'],
    ] as const) {
      const error = await sql.registered
        .create({ name: 'x', command, frequency, duration })
        .catch((e: unknown) => e);
      expect(isInvalidArgumentError(error) && error.argument).toBe(argument);
    }
    await expect(sql.registered.create({ name: ' ', command, frequency: 60, duration: 60 })).rejects.toThrow(
      /name/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('creates, lists, gets and cancels, sending the documented body', async () => {
    const { sql, server } = await start();
    const { id } = await sql.registered.create({
      name: 'todays-appointments',
      command,
      frequency: 300,
      duration: 43_200,
    });
    expect(server.requests[0]?.json).toEqual({
      name: 'todays-appointments',
      registeredQueryType: 'query',
      frequency: 300,
      duration: 43_200,
      registerCommand: {
        command: { text: command.text, executionMode: 'reader', type: 'text', parameters: [] },
      },
    });
    expect((await sql.registered.list()).map((info) => [info.id, info.name, info.status])).toEqual([
      [id, 'todays-appointments', 'enabled'],
    ]);
    const info = await sql.registered.get(id);
    expect(info.frequency).toBe(300);
    expect(info.endsAt).toBe(Date.parse(info.createdAt ?? '') + 43_200_000);
    await sql.registered.cancel(id);
    expect((await sql.registered.get(id)).status).toBe('cancelled');
    expect(server.requests.find((r) => r.method === 'DELETE')?.path).toBe(`queries/registered/${id}`);
  });

  it('latest() returns a result only when lastHash changed since the last one seen', async () => {
    const { fake, sql, clock } = await start();
    fake.define(command.text, { rowsOfRun: (run) => [{ appointments: run < 3 ? 5 : 6 }] });
    const { id } = await sql.registered.create({ name: 'a', command, frequency: 60, duration: 3600 });
    const first = await sql.registered.latest(id);
    expect(first.result?.rows).toEqual([{ appointments: 5 }]);
    await clock.advance(60_000);
    expect((await sql.registered.latest(id)).result).toBeUndefined();
    await clock.advance(60_000);
    const changed = await sql.registered.latest(id);
    expect(changed.result?.rows).toEqual([{ appointments: 6 }]);
    expect(changed.info.lastHash).not.toBe(first.info.lastHash);
    // A new process that saved the last hash seen gets nothing new either.
    const since = changed.info.lastHash ?? '';
    const restartedView = await sql.registered.latest(id, { since });
    expect(restartedView.result).toBeUndefined();
  });

  it('reads a scalar result of a query another client created with the executionMode given', async () => {
    const { fake, sql, server, clock } = await start();
    fake.define('SELECT COUNT(*) FROM Appointments', { rowsOfRun: () => [{ n: 12 }] });
    const { id } = await sql.registered.create({
      name: 'count',
      command: { text: 'SELECT COUNT(*) FROM Appointments', executionMode: 'scalar' },
      frequency: 60,
      duration: 600,
    });
    const other = createHaloSqlClient({ baseUrl: server.siteBase, subscriptionKey: KEY, clock });
    expect((await other.registered.result(id, { executionMode: 'scalar' })).value).toBe(12);
    expect((await other.registered.result(id)).rows).toEqual([{ n: 12 }]);
  });

  it('a failed run is surfaced from lastErrorDetails with the number of failed runs', async () => {
    const { fake, sql, clock } = await start();
    fake.define(command.text, {
      error: {
        errorType: 'mssql',
        errorCode: 2812,
        errorMessage: "Could not find stored procedure 'selct'.",
      },
    });
    const { id } = await sql.registered.create({ name: 'b', command, frequency: 60, duration: 3600 });
    await clock.advance(125_000);
    const { info, result } = await sql.registered.latest(id);
    expect(result).toBeUndefined();
    const failure = info.lastFailure;
    expect(failure?.queryType).toBe('registered');
    expect(failure?.queryId).toBe(id);
    expect(failure?.failedRuns).toBe(3);
    expect(failure?.category).toBe(ErrorCategory.BadSql);
    expect(failure?.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 2812,
      errorMessage: "Could not find stored procedure 'selct'.",
    });
  });

  it('stops reading after createdAt + duration, even when Halo still says enabled', async () => {
    const { fake, sql, clock, server, events } = await start();
    fake.neverExpire = true;
    fake.define(command.text, { rowsOfRun: (run) => [{ run }] });
    const { id } = await sql.registered.create({ name: 'c', command, frequency: 60, duration: 120 });
    await sql.registered.latest(id);
    await clock.advance(200_000);
    const last = await sql.registered.latest(id);
    expect(last.result?.rows).toEqual([{ run: 3 }]);
    expect(last.ended).toBe(true);
    await clock.advance(60_000);
    const readsBefore = server.requests.filter((r) => r.path.endsWith('/results')).length;
    const after = await sql.registered.latest(id);
    expect(after).toMatchObject({ ended: true, result: undefined });
    expect(server.requests.filter((r) => r.path.endsWith('/results')).length).toBe(readsBefore);
    expect(events.some((e) => e.type === 'sql-warning' && e.code === 'registered-query-expired')).toBe(true);
  });
});
