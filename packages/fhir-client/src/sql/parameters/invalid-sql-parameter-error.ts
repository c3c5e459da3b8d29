import { FhirClientError } from '../../errors/fhir-client-error.js';
import type { SqlDbType } from '../command.js';

/**
 * A SQL command parameter that cannot be sent as asked: a name T-SQL cannot hold, a value that is not
 * a valid literal of its type (`1; DROP` for an Int, invalid base64 for a VarBinary, a lone surrogate
 * in a string), or a JS value with no lossless form in the chosen type. Raised before anything is sent.
 * The message never repeats a string or binary value (it may be patient data), only where it is wrong.
 */
export class InvalidSqlParameterError extends FhirClientError {
  /** Always `'InvalidSqlParameterError'`. */
  override name = 'InvalidSqlParameterError';
  /** The parameter name as the caller gave it. */
  readonly parameter: string;
  /** The parameter's type, when it was known. */
  readonly sqlType: SqlDbType | undefined;
  /** What is wrong, e.g. `is not a valid Int`. */
  readonly problem: string;
  /** What would have been accepted, e.g. `an integer from -2147483648 to 2147483647`. */
  readonly accepted: string;

  constructor(
    details: { parameter: string; sqlType?: SqlDbType | undefined; problem: string; accepted: string },
    options?: { cause?: unknown },
  ) {
    const type = details.sqlType === undefined ? '' : ` (${details.sqlType})`;
    super(
      `SQL parameter ${details.parameter}${type}: ${details.problem}. Send ${details.accepted}. Nothing was sent.`,
      options,
    );
    this.parameter = details.parameter;
    this.sqlType = details.sqlType;
    this.problem = details.problem;
    this.accepted = details.accepted;
  }
}

/** True when `value` is an {@link InvalidSqlParameterError}, also across copies of this library. */
export function isInvalidSqlParameterError(value: unknown): value is InvalidSqlParameterError {
  return (
    value instanceof InvalidSqlParameterError ||
    (value instanceof Error && value.name === 'InvalidSqlParameterError')
  );
}
