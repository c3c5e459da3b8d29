import { describe, expectTypeOf, it } from 'vitest';
import type { HaloSqlClient } from './halo-sql-client.js';
import type { SqlQueryHandle } from './query-handle.js';
import type { SavedSqlQuery } from './saved-query.js';

declare const sql: HaloSqlClient;
interface Patient {
  readonly PatientID: number;
  readonly Surname: string;
}

describe('row types', () => {
  it('immediate, query and submit carry the caller-given row type to rows', async () => {
    expectTypeOf((await sql.immediate<Patient>({ text: 'SELECT 1' })).rows).toEqualTypeOf<Patient[]>();
    expectTypeOf((await sql.query<Patient>`SELECT ${1}`).rows).toEqualTypeOf<Patient[]>();
    const handle = await sql.submit<Patient>({ text: 'SELECT 1' });
    expectTypeOf(handle).toEqualTypeOf<SqlQueryHandle<Patient>>();
    expectTypeOf(handle.rows()).toEqualTypeOf<AsyncGenerator<Patient, void, undefined>>();
    expectTypeOf(sql.resume<Patient>(handle.toJSON()).rows()).toEqualTypeOf<
      AsyncGenerator<Patient, void, undefined>
    >();
  });

  it('without a row type, rows are records of unknown values', async () => {
    expectTypeOf((await sql.immediate({ text: 'SELECT 1' })).rows).toEqualTypeOf<Record<string, unknown>[]>();
  });

  it('a saved handle is plain JSON data', () => {
    expectTypeOf<SavedSqlQuery['pagesRead']>().toEqualTypeOf<number>();
    // @ts-expect-error a command must have text
    void sql.immediate({ executionMode: 'reader' });
    // @ts-expect-error executionMode is a closed vocabulary
    void sql.immediate({ text: 'x', executionMode: 'rows' });
  });
});
