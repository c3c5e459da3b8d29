import { FhirClientError } from '../../errors/fhir-client-error.js';

/** Why a storedProcedure command could not be rewritten as a T-SQL batch. */
export const SqlRewriteRefusal = {
  /** The command is not `type: 'storedProcedure'`. */
  NotStoredProcedure: 'notStoredProcedure',
  /** The site's database is not SQL Server (Firebird, or a PMS whose engine is unknown). */
  NotSqlServer: 'notSqlServer',
  /** The procedure name is not 1-3 regular or bracketed identifiers. */
  InvalidProcedureName: 'invalidProcedureName',
  /** A parameter name, type or value has no safe T-SQL form, or two names collide. */
  InvalidParameter: 'invalidParameter',
  /** {@link readRewriteOutputs} found no row holding the output columns. */
  OutputsMissing: 'outputsMissing',
} as const;
export type SqlRewriteRefusal = (typeof SqlRewriteRefusal)[keyof typeof SqlRewriteRefusal];

/**
 * A storedProcedure command the library refuses to turn into T-SQL text: the rewrite would be unsafe or
 * wrong (an invalid name, a value with no exact literal, a Firebird site). Raised before anything is
 * sent; the message says what to change. `cause` holds the {@link InvalidSqlParameterError} for a bad
 * parameter.
 */
export class SqlRewriteError extends FhirClientError {
  /** Always `'SqlRewriteError'`. */
  override name = 'SqlRewriteError';
  /** Why the rewrite was refused. */
  readonly reason: SqlRewriteRefusal;
  /** The parameter at fault, as the caller named it, when one is. */
  readonly parameter: string | undefined;

  constructor(
    details: { reason: SqlRewriteRefusal; message: string; parameter?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(`storedProcedure rewrite refused: ${details.message}`, options);
    this.reason = details.reason;
    this.parameter = details.parameter;
  }
}

/** True when `value` is a {@link SqlRewriteError}, also across copies of this library. */
export function isSqlRewriteError(value: unknown): value is SqlRewriteError {
  return value instanceof SqlRewriteError || (value instanceof Error && value.name === 'SqlRewriteError');
}
