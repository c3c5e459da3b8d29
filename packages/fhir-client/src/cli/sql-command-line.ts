import { SqlCommandType, SqlExecutionMode } from '../sql/command.js';
import { SqlRewriteMode } from '../sql/sql-client-options.js';
import { CliUsageError } from './cli-usage-error.js';
import type { Values, wholeNumber } from './command-line.js';
import type { CliOptionName } from './options-table.js';
import { type CliParamSpec, readParamOutSpec, readParamSpec } from './sql-parameter-specs.js';

/** What the `sql` command was asked to run, read and checked (files named by `=@PATH` are read later). */
export interface CliSqlOptions {
  readonly mode: SqlExecutionMode;
  readonly type: SqlCommandType;
  /** `--param` then `--param-out`, in the order given. */
  readonly parameters: readonly CliParamSpec[];
  readonly catalogue: string | undefined;
  readonly async: boolean;
  readonly maxTimeInQueue: number | undefined;
  /** When a storedProcedure goes through the T-SQL rewrite. */
  readonly rewrite: SqlRewriteMode;
}

/** Options that only make sense for `sql`. */
export const sqlOnly: readonly CliOptionName[] = [
  'mode',
  'type',
  'param',
  'param-out',
  'catalogue',
  'async',
  'max-time-in-queue',
  'rewrite',
];

/** Reads the `sql` command's options. @throws CliUsageError */
export function readSqlOptions(values: Values, number: typeof wholeNumber): CliSqlOptions {
  const mode = oneOf('mode', values.mode, Object.values(SqlExecutionMode)) ?? SqlExecutionMode.Reader;
  const type = oneOf('type', values.type, Object.values(SqlCommandType)) ?? SqlCommandType.Text;
  const catalogue = values.catalogue;
  if (catalogue !== undefined && catalogue.trim() === '') {
    throw new CliUsageError('--catalogue needs a name (see the site’s catalogues)');
  }
  return {
    mode,
    type,
    parameters: [
      ...(values.param ?? []).map(readParamSpec),
      ...(values['param-out'] ?? []).map(readParamOutSpec),
    ],
    catalogue,
    async: values.async === true,
    maxTimeInQueue: number('max-time-in-queue', values['max-time-in-queue'], 0),
    rewrite: oneOf('rewrite', values.rewrite, Object.values(SqlRewriteMode)) ?? SqlRewriteMode.Auto,
  };
}

function oneOf<T extends string>(
  option: CliOptionName,
  value: string | undefined,
  known: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = known.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new CliUsageError(`--${option} must be ${known.join(', ')} (got "${value}")`);
  }
  return found;
}
