import type { SqlDatabaseError } from '../sql-mock-types.js';

/** A T-SQL batch the mock's reader refused, with the error SQL Server would raise. */
export class TsqlError extends Error {
  override readonly name = 'TsqlError';
  /** The error as Halo reports it (`errorType: 'mssql'`, SQL Server's number and message). */
  readonly details: SqlDatabaseError;

  constructor(details: SqlDatabaseError, options: { readonly cause?: unknown } = {}) {
    super(`SQL Server error ${details.errorCode}: ${details.errorMessage}`, options);
    this.details = details;
  }
}

/** True for a {@link TsqlError} (checked by name, so it works across module copies). */
export function isTsqlError(error: unknown): error is TsqlError {
  return error instanceof Error && error.name === 'TsqlError';
}
