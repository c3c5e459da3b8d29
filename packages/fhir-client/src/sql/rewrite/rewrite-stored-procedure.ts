import {
  type SqlCommand,
  type SqlDbType,
  SqlExecutionMode,
  type SqlParameter,
  type SqlParameterDirection,
} from '../command.js';
import { isInvalidSqlParameterError } from '../parameters/invalid-sql-parameter-error.js';
import { normaliseSqlParameterName } from '../parameters/parameter-name.js';
import { type ParsedSqlValue, parseSqlParameterValue } from '../parameters/parse-value.js';
import { declareTypeFor } from './declare-types.js';
import { bracketQuote, quoteProcedureName } from './procedure-name.js';
import { refuseEngine, type SqlRewriteEngineOptions } from './sql-server-only.js';
import { SqlRewriteError, SqlRewriteRefusal } from './sql-rewrite-error.js';
import { tsqlLiteral } from './tsql-literals.js';

/** Options of {@link rewriteStoredProcedure}. */
export type SqlRewriteOptions = SqlRewriteEngineOptions;

/** A parameter whose value the rewrite's final SELECT returns, as column `column`. */
export interface SqlRewriteOutput {
  /** The name as the caller gave it. */
  readonly name: string;
  /** The column alias in the final SELECT: the name with its `@`. */
  readonly column: string;
  /** `output`, `inputOutput` or `returnValue`, as the caller gave it. */
  readonly direction: SqlParameterDirection;
  /** The declared type the value is read back as. */
  readonly type: SqlDbType;
}

/** A storedProcedure command rewritten as T-SQL text. */
export interface SqlRewrite {
  /** The `type: 'text'` command to send (no parameters; `reader` when there are outputs). */
  readonly command: SqlCommand;
  /** The parameters read back from the final SELECT, in the caller's order; empty when there is none. */
  readonly outputs: readonly SqlRewriteOutput[];
  /**
   * The caller's execution mode. With outputs the batch runs as `reader`, so a `nonQuery` caller gets
   * no `rowsAffected` and a `scalar` caller's value is the procedure's first result set, if any.
   */
  readonly originalExecutionMode: SqlExecutionMode;
}

interface Planned {
  readonly parameter: SqlParameter;
  readonly name: string;
  readonly direction: SqlParameterDirection;
  readonly variable: string;
  readonly value: ParsedSqlValue | undefined;
}

/**
 * Rewrite a `storedProcedure` command as a `text` batch that DECLAREs a typed variable per parameter,
 * SETs it from an exact T-SQL literal, EXECutes the procedure with named arguments, and SELECTs the
 * outputs and return value back — the workaround Halo documents for large parameters. Pure and
 * deterministic. Variables are `@__halo_p1…` and `@__halo_rv`, never the caller's names; no GO, no
 * comments, no `SET NOCOUNT ON`. Map the result's row back with {@link readRewriteOutputs}.
 * @throws {SqlRewriteError} for a text command, a non-SQL-Server site, an invalid procedure or
 * parameter name, duplicate names (case-insensitive), an unsupported type (Structured, Udt, Variant,
 * Timestamp) or a value with no exact literal; nothing has been sent.
 */
export function rewriteStoredProcedure(command: SqlCommand, options: SqlRewriteOptions = {}): SqlRewrite {
  if (command.type !== 'storedProcedure') {
    throw new SqlRewriteError({
      reason: SqlRewriteRefusal.NotStoredProcedure,
      message: `the command has type ${JSON.stringify(command.type ?? 'text')}; only storedProcedure commands are rewritten. Send text commands as they are.`,
    });
  }
  refuseEngine(options);
  const procedure = quoteProcedureName(command.text);
  const planned = plan(command.parameters ?? []);
  const lines: string[] = [];
  const argumentsList: string[] = [];
  let returnValue: Planned | undefined;
  for (const entry of planned) {
    const receivesOutput = entry.direction !== 'input';
    const declared = declareTypeFor(entry.parameter.type, entry.value, receivesOutput);
    if (entry.direction === 'returnValue') {
      returnValue = entry;
      continue;
    }
    lines.push(`DECLARE ${entry.variable} ${declared};`);
    if (entry.value !== undefined && entry.value.kind !== 'opaque') {
      lines.push(`SET ${entry.variable} = ${tsqlLiteral(entry.value)};`);
    }
    argumentsList.push(`${entry.name} = ${entry.variable}${receivesOutput ? ' OUTPUT' : ''}`);
  }
  if (returnValue !== undefined) lines.push(`DECLARE ${returnValue.variable} INT;`);
  const assign = returnValue === undefined ? '' : `${returnValue.variable} = `;
  const args = argumentsList.length === 0 ? '' : ` ${argumentsList.join(', ')}`;
  lines.push(`EXEC ${assign}${procedure}${args};`);
  const selected = [...(returnValue === undefined ? [] : [returnValue]), ...planned.filter(isOutputArgument)];
  if (selected.length > 0) {
    lines.push(
      `SELECT ${selected.map((entry) => `${entry.variable} AS ${bracketQuote(entry.name)}`).join(', ')};`,
    );
  }
  const originalExecutionMode = command.executionMode ?? SqlExecutionMode.Reader;
  const executionMode = selected.length > 0 ? SqlExecutionMode.Reader : originalExecutionMode;
  const outputs = planned.filter((entry) => entry.direction !== 'input').map(toOutput);
  return Object.freeze({
    command: Object.freeze({ text: lines.join('\n'), executionMode, type: 'text' as const }),
    outputs: Object.freeze(outputs),
    originalExecutionMode,
  });
}

function isOutputArgument(entry: Planned): boolean {
  return entry.direction === 'output' || entry.direction === 'inputOutput';
}

function toOutput(entry: Planned): SqlRewriteOutput {
  return Object.freeze({
    name: entry.parameter.name,
    column: entry.name,
    direction: entry.direction,
    type: entry.parameter.type,
  });
}

const directions = new Set<string>(['input', 'output', 'inputOutput', 'returnValue']);

function plan(parameters: readonly SqlParameter[]): Planned[] {
  const seen = new Map<string, string>();
  let number = 0;
  let returnValues = 0;
  return parameters.map((parameter) => {
    const name = guard(parameter.name, () => normaliseSqlParameterName(parameter.name));
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      refuseParameter(
        parameter.name,
        `duplicates ${earlier} (names are compared case-insensitively)`,
        'each parameter once',
      );
    }
    seen.set(name.toLowerCase(), parameter.name);
    const direction = parameter.direction ?? 'input';
    if (!directions.has(direction)) {
      refuseParameter(
        parameter.name,
        `has unknown direction ${JSON.stringify(direction)}`,
        'input, output, inputOutput or returnValue',
      );
    }
    if (declareTypeFor(parameter.type, undefined, false) === undefined) {
      refuseParameter(
        parameter.name,
        `has type ${JSON.stringify(parameter.type)}, which cannot be sent as a T-SQL literal`,
        'a type with a literal form (string, binary, number, date/time, uniqueidentifier types), or write the T-SQL text yourself',
      );
    }
    if (direction === 'returnValue' && ++returnValues > 1) {
      refuseParameter(
        parameter.name,
        'is a second returnValue parameter',
        'at most one returnValue parameter',
      );
    }
    const value =
      (direction === 'input' || direction === 'inputOutput') && typeof parameter.value === 'string'
        ? guard(parameter.name, () => parseSqlParameterValue(name, parameter.type, parameter.value as string))
        : undefined;
    if (direction !== 'returnValue') number++;
    const variable = direction === 'returnValue' ? '@__halo_rv' : `@__halo_p${number}`;
    return { parameter, name, direction, variable, value };
  });
}

function guard<T>(parameter: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isInvalidSqlParameterError(error)) throw error;
    throw new SqlRewriteError(
      {
        reason: SqlRewriteRefusal.InvalidParameter,
        parameter,
        message: `parameter ${error.parameter} ${error.problem}. Send ${error.accepted}.`,
      },
      { cause: error },
    );
  }
}

function refuseParameter(parameter: string, problem: string, accepted: string): never {
  throw new SqlRewriteError({
    reason: SqlRewriteRefusal.InvalidParameter,
    parameter,
    message: `parameter ${parameter} ${problem}. Send ${accepted}.`,
  });
}
