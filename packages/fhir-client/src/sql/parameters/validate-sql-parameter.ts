import { SqlDbType, type SqlParameter, SqlParameterDirection } from '../command.js';
import { InvalidSqlParameterError } from './invalid-sql-parameter-error.js';
import { normaliseSqlParameterName } from './parameter-name.js';
import { parseSqlParameterValue } from './parse-value.js';

const types = new Set<string>(Object.values(SqlDbType));
const directions = new Set<string>(Object.values(SqlParameterDirection));

/**
 * Check a wire parameter before it is sent: a name T-SQL can hold (the `@` is added when missing), a
 * known type and direction, a whole-number `size` of -1 (MAX) or more, and for `input` and
 * `inputOutput` parameters a value that is `null` or a valid text form of its type (the same checks
 * the storedProcedure rewrite applies). Returns the parameter with its normalised name.
 * @throws {InvalidSqlParameterError} saying what is wrong and what would be accepted.
 */
export function validateSqlParameter(parameter: SqlParameter): SqlParameter {
  const name = normaliseSqlParameterName(parameter.name);
  const fail = (problem: string, accepted: string): never => {
    throw new InvalidSqlParameterError({ parameter: name, sqlType: parameter.type, problem, accepted });
  };
  if (!types.has(parameter.type)) {
    fail(`has unknown type ${JSON.stringify(parameter.type)}`, `one of ${[...types].join(', ')}`);
  }
  const direction = parameter.direction ?? SqlParameterDirection.Input;
  if (!directions.has(direction)) {
    fail(`has unknown direction ${JSON.stringify(direction)}`, `one of ${[...directions].join(', ')}`);
  }
  if (parameter.size !== undefined && !(Number.isInteger(parameter.size) && parameter.size >= -1)) {
    fail(`has size ${parameter.size}`, 'a whole number of bytes, or -1 for MAX');
  }
  const value = parameter.value;
  if (value !== undefined && value !== null && typeof value !== 'string') {
    fail(`has a ${typeof value} value on the wire`, 'the value as a string (binary as base64), or null');
  }
  if (typeof value === 'string' && (direction === 'input' || direction === 'inputOutput')) {
    parseSqlParameterValue(name, parameter.type, value);
  }
  return name === parameter.name ? parameter : { ...parameter, name };
}
