import { describe, expectTypeOf, it } from 'vitest';
import type { MockFhirServer } from '../create-mock-fhir-server.js';
import type {
  MockSqlView,
  SqlCall,
  SqlDatabaseDefinition,
  SqlHandler,
  SqlHandlerResult,
  SqlValue,
} from './sql-mock-types.js';

declare const server: MockFhirServer;

describe('SQL mock types', () => {
  it('serves server.sql on every mock', () => {
    expectTypeOf(server.sql).toEqualTypeOf<MockSqlView>();
    expectTypeOf(server.sql.billedQueries()).toEqualTypeOf<number>();
  });

  it('takes text, RegExp or procedure matches and each result shape, or a function of the typed call', () => {
    const handlers: SqlHandler[] = [
      {
        match: 'SELECT 1',
        result: { rows: [{ a: 1, b: 'x', c: null, d: new Date(), e: new Uint8Array(), f: true, g: 1n }] },
      },
      { match: /^SELECT/i, result: { scalar: 1 } },
      {
        match: { procedure: 'dbo.sp_X' },
        result: { rowsAffected: 1, outputs: { '@Id': 2 }, returnValue: 0 },
      },
      {
        match: 'x',
        result: { error: { errorType: 'mssql', errorCode: 208, errorMessage: "Invalid object name 'x'." } },
      },
      {
        match: 'y',
        result: async (call) => ({ rows: call.parameters.map((p) => ({ [p.name]: p.value })) }),
        async: { fail: 'uploadFailed' },
      },
    ];
    // @ts-expect-error: rows must be objects of column values
    const notRows: SqlHandlerResult = { rows: [1, 2] };
    // @ts-expect-error: no such async failure
    const unknownFailure: SqlHandler = { match: 'z', result: { rows: [] }, async: { fail: 'timeout' } };
    // @ts-expect-error: a match is text, a RegExp or { procedure }
    const badMatch: SqlHandler = { match: 5, result: { rows: [] } };
    // @ts-expect-error: no such PMS
    const badPms: SqlDatabaseDefinition = { pmsType: 'Medtech' };
    expectTypeOf([handlers, notRows, unknownFailure, badMatch, badPms]).toBeArray();
    expectTypeOf<SqlCall['parameters'][number]['value']>().toEqualTypeOf<SqlValue>();
  });
});
