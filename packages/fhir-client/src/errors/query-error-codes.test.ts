import { describe, expect, it } from 'vitest';
import { parseErrorResponse } from './parse-error-response.js';
import { FBSQL_QUERY_ERROR_CODES, isQueryErrorCode, MSSQL_QUERY_ERROR_CODES } from './query-error-codes.js';
import { ErrorCategory } from './vocabulary.js';

const facts = {
  method: 'GET',
  url: 'https://h.example/fhir/R4/Appointment',
  attempt: 1,
  secrets: [],
  now: 0,
};
const queryError = (errorType: string, errorCode: number, errorMessage: string) =>
  parseErrorResponse(
    {
      status: 400,
      headers: { 'content-type': 'application/json' },
      bodyText: JSON.stringify({ errorDetails: { errorType, errorCode, errorMessage } }),
    },
    facts,
  );

describe('a syntax or schema error is "fix the query" whatever its message says', () => {
  it.each([
    ...MSSQL_QUERY_ERROR_CODES.map((code): [string, number] => ['mssql', code]),
    ...FBSQL_QUERY_ERROR_CODES.map((code): [string, number] => ['fbsql', code]),
  ])('%s %i with GP-away wording is bad-sql, not practitioner-unavailable', (type, code) => {
    const error = queryError(type, code, 'Practitioner 42 is away today: no appointment book for 2026-11-26');
    expect(error).toMatchObject({ category: ErrorCategory.BadSql, practitioner: undefined });
    expect(error.action).toMatch(/^Fix the query/);
  });

  it('the same wording with a user-defined number is practitioner-unavailable', () => {
    const error = queryError(
      'mssql',
      50_000,
      'Practitioner 42 is away today: no appointment book for 2026-11-26',
    );
    expect(error).toMatchObject({ category: ErrorCategory.PractitionerUnavailable, practitioner: '42' });
  });

  it('reads codes as text or numbers, per database', () => {
    expect(isQueryErrorCode('mssql', ' 208 ')).toBe(true);
    expect(isQueryErrorCode('fbsql', 208)).toBe(false);
    expect(isQueryErrorCode('fbsql', '-104')).toBe(true);
    expect(isQueryErrorCode(undefined, -204)).toBe(true);
    expect(isQueryErrorCode('mssql', 50_000)).toBe(false);
    expect(isQueryErrorCode('mssql', undefined)).toBe(false);
    expect(isQueryErrorCode('mssql', 'E102')).toBe(false);
  });
});
