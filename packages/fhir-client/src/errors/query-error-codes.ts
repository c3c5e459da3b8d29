import { ErrorSource } from './vocabulary.js';

/**
 * SQL Server errors that say the query itself is wrong: syntax (102, 105, 156, 170, 319), unknown
 * names (207 column, 208 object, 209 ambiguous column, 2812 procedure, 4104 multi-part identifier,
 * 4121 function), wrong arguments (201, 8144) and conversions (245, 8114). Such an error repeats
 * for every GP, so it is "fix the query", never a GP pause, whatever its message says.
 */
export const MSSQL_QUERY_ERROR_CODES: readonly number[] = Object.freeze([
  102, 105, 156, 170, 201, 207, 208, 209, 245, 319, 2812, 4104, 4121, 8114, 8144,
]);

/**
 * Firebird errors that say the query itself is wrong, as SQLCODEs (-104 token unknown, -204 table
 * unknown, -206 column unknown, -607 invalid metadata) and as ISC codes (335544569 dynamic SQL
 * error, 335544578 column unknown, 335544580 table unknown, 335544634 token unknown).
 */
export const FBSQL_QUERY_ERROR_CODES: readonly number[] = Object.freeze([
  -104, -204, -206, -607, 335_544_569, 335_544_578, 335_544_580, 335_544_634,
]);

/** True when `code` from a database of `source` says the query is wrong (syntax, unknown names). */
export function isQueryErrorCode(source: string | undefined, code: string | number | undefined): boolean {
  if (code === undefined) return false;
  const value = Number(String(code).trim());
  if (!Number.isInteger(value)) return false;
  if (source === ErrorSource.FbSql) return FBSQL_QUERY_ERROR_CODES.includes(value);
  if (source === ErrorSource.MsSql) return MSSQL_QUERY_ERROR_CODES.includes(value);
  return MSSQL_QUERY_ERROR_CODES.includes(value) || FBSQL_QUERY_ERROR_CODES.includes(value);
}
