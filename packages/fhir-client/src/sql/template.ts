import { SqlCommandType, SqlDbType, type SqlCommand, type SqlParameter } from './command.js';
import { InvalidSqlParameterError } from './parameters/invalid-sql-parameter-error.js';
import { type SqlValue, sqlParameter } from './parameters/sql-parameter.js';
import { validateSqlParameter } from './parameters/validate-sql-parameter.js';

const typedBrand: unique symbol = Symbol('TypedSqlValue');

/** A value with a forced parameter type, made by {@link typed}; its name is still assigned (`@pN`). */
export interface TypedSqlValue {
  /** Marks a value made by `typed`, so a plain object cannot pass for one. */
  readonly [typedBrand]: true;
  /** The value to send. */
  readonly value: SqlValue;
  /** The parameter type it is sent as, instead of the inferred one. */
  readonly type: SqlDbType;
}

/**
 * Force the parameter type of an interpolated value:
 * `` sql.query`SELECT * FROM Notes WHERE Id = ${typed(id, SqlDbType.BigInt)}` ``.
 */
export function typed(value: SqlValue, type: SqlDbType): TypedSqlValue {
  return Object.freeze({ [typedBrand]: true as const, value, type });
}

/** What may be interpolated into {@link sqlTemplate}: a value, a {@link typed} value, a parameter, or a non-empty array of those (for `IN (…)`). */
export type SqlTemplateValue =
  | SqlValue
  | TypedSqlValue
  | SqlParameter
  | readonly (SqlValue | TypedSqlValue | SqlParameter)[];

/**
 * A `text` command from a tagged template. Every interpolation becomes a parameter, never SQL text:
 * a plain value gets the next free name `@p1`, `@p2`, … with its type inferred as {@link sqlParameter}
 * does; a {@link typed} value keeps its type; a parameter made by {@link sqlParameter} keeps its name,
 * type and direction (so `${sqlParameter('@NoteID', null, { type: 'Int', direction: 'output' })}`
 * works); an array expands to `@p1, @p2, …` for `IN (…)`. Names are unique case-insensitively.
 * @throws {InvalidSqlParameterError} for a value with no exact form, an empty array or a repeated name.
 */
export function sqlTemplate(
  strings: TemplateStringsArray,
  ...values: readonly SqlTemplateValue[]
): SqlCommand {
  const parameters: SqlParameter[] = [];
  const taken = new Set<string>();
  for (const value of values.flatMap((entry) => (isArray(entry) ? entry : [entry]))) {
    if (isParameter(value)) taken.add(validateSqlParameter(value).name.toLowerCase());
  }
  let next = 1;
  const place = (value: SqlValue | TypedSqlValue | SqlParameter): string => {
    if (isParameter(value)) {
      const parameter = validateSqlParameter(value);
      if (parameters.some((seen) => seen.name.toLowerCase() === parameter.name.toLowerCase())) {
        throw new InvalidSqlParameterError({
          parameter: parameter.name,
          problem: 'is interpolated twice',
          accepted: 'each named parameter once (interpolate plain values to get fresh @pN names)',
        });
      }
      parameters.push(parameter);
      return parameter.name;
    }
    while (taken.has(`@p${next}`)) next++;
    const name = `@p${next}`;
    taken.add(name);
    parameters.push(
      isTyped(value) ? sqlParameter(name, value.value, { type: value.type }) : sqlParameter(name, value),
    );
    return name;
  };
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    if (isArray(value)) {
      if (value.length === 0) {
        throw new InvalidSqlParameterError({
          parameter: `#${index + 1}`,
          problem: 'is an empty array (IN () is not valid SQL)',
          accepted: 'a non-empty array, or leave the condition out',
        });
      }
      text += value.map(place).join(', ');
    } else {
      text += place(value);
    }
    text += strings[index + 1] ?? '';
  });
  return Object.freeze({ text, type: SqlCommandType.Text, parameters: Object.freeze(parameters) });
}

function isArray(value: SqlTemplateValue): value is readonly (SqlValue | TypedSqlValue | SqlParameter)[] {
  return Array.isArray(value);
}

function isTyped(value: unknown): value is TypedSqlValue {
  return typeof value === 'object' && value !== null && typedBrand in value;
}

const types = new Set<unknown>(Object.values(SqlDbType));

function isParameter(value: unknown): value is SqlParameter {
  if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof Uint8Array)
    return false;
  const candidate = value as { name?: unknown; type?: unknown };
  return typeof candidate.name === 'string' && types.has(candidate.type);
}
