import type { SqlParameter } from '../command.js';
import type { SqlRewrite } from './rewrite-stored-procedure.js';
import type { SqlRewriteOutput } from './rewrite-stored-procedure.js';
import { SqlRewriteError, SqlRewriteRefusal } from './sql-rewrite-error.js';

/** What {@link readRewriteOutputs} found. */
export interface SqlRewriteOutputsRead {
  /** The output, inputOutput and returnValue parameters, in the caller's order, values as strings. */
  readonly parameters: readonly SqlParameter[];
  /** Every other row: result sets of the procedure itself (how Halo joins several result sets is not published). */
  readonly rows: readonly unknown[];
}

/**
 * Map the final SELECT row of a rewritten command (a {@link SqlRewrite}, or just its `outputs`) back into the `parameters` the caller would have got
 * from the storedProcedure call (`name` as given, `direction`, `type`, `value` as a string or `null`),
 * so the rewrite is transparent. The output row is the last row holding every output column; the rows
 * before it are returned as they came. Values are written as text: numbers and booleans with
 * `String()` (`12`, `true`), strings (dates, base64 binary) as they are, anything else as JSON.
 * @throws {SqlRewriteError} `outputsMissing` when the rewrite has outputs and no row holds them.
 */
export function readRewriteOutputs(
  rewrite: { readonly outputs: readonly SqlRewriteOutput[] },
  rows: readonly unknown[],
): SqlRewriteOutputsRead {
  if (rewrite.outputs.length === 0) return { parameters: [], rows };
  const columns = rewrite.outputs.map((output) => output.column);
  const index = rows.findLastIndex(
    (row) => typeof row === 'object' && row !== null && columns.every((column) => Object.hasOwn(row, column)),
  );
  if (index === -1) {
    throw new SqlRewriteError({
      reason: SqlRewriteRefusal.OutputsMissing,
      message: `no result row holds the output columns ${columns.join(', ')} (got ${rows.length} row(s)). The procedure may have ended the batch early; read the raw result.`,
    });
  }
  const row = rows[index] as Record<string, unknown>;
  const parameters = rewrite.outputs.map((output) =>
    Object.freeze({
      name: output.name,
      direction: output.direction,
      type: output.type,
      value: asText(row[output.column]),
    }),
  );
  return { parameters, rows: rows.filter((_, position) => position !== index) };
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}
