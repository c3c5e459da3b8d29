import type { SqlCommand } from '../../sql/command.js';
import { UndecodedSqlResultError } from '../../sql/errors/undecoded-sql-result-error.js';
import type { HaloSqlClient } from '../../sql/halo-sql-client.js';
import type { SqlQueryOptions } from '../../sql/immediate.js';
import type { SqlResult } from '../../sql/sql-result.js';
import type { NdjsonOutput } from '../ndjson-output.js';

/** What a `sql` run printed and saw, updated as it goes so a failure midway still reports it. */
export interface SqlRun {
  /** Lines printed to stdout (rows for `reader`). */
  printed: number;
  /** The query's id at Halo, once known. */
  queryId: string | undefined;
  /** Output parameters that went to stderr (a `reader` prints rows only on stdout). */
  outputs: Readonly<Record<string, string | null>> | undefined;
}

/** How the `sql` command runs its query. */
export interface SqlCommandOptions {
  readonly async: boolean;
  readonly query: SqlQueryOptions;
  /** Called once an async query is accepted, with its id (to look it up or resume it elsewhere). */
  readonly onSubmitted: (queryId: string) => void;
  /** Called with each new status of an async query while waiting. */
  readonly onStatus: (status: string) => void;
}

/**
 * Runs the query and prints its result as NDJSON: one row object per line for `reader`, one
 * `{"value": …}` line for `scalar`, one `{"rowsAffected": n, "outputs": {…}}` line for `nonQuery`.
 * With `async`, the query is submitted, waited for (statuses reported through `onStatus`) and its
 * pages are printed one at a time, so memory stays flat over any number of rows.
 * @throws UndecodedSqlResultError when a result's `data` is not rows or a value (the library's `raw` keeps it).
 */
export async function runSqlCommand(
  client: HaloSqlClient,
  command: SqlCommand,
  options: SqlCommandOptions,
  output: NdjsonOutput,
  run: SqlRun,
): Promise<void> {
  if (!options.async) {
    const result = await client.immediate(command, options.query);
    run.queryId = result.queryId;
    await printResults([result], output, run);
    return;
  }
  const handle = await client.submit(command, options.query);
  run.queryId = handle.id;
  options.onSubmitted(handle.id);
  let last: string | undefined;
  const waitOptions = {
    ...(options.query.signal === undefined ? {} : { signal: options.query.signal }),
    onStatus: (state: { readonly status: string }) => {
      if (state.status === last) return;
      last = state.status;
      options.onStatus(state.status);
    },
  };
  const state = await handle.wait(waitOptions);
  await printResults(handle.pages(waitOptions), output, run, state.rowsAffected);
}

async function printResults(
  results: Iterable<SqlResult> | AsyncIterable<SqlResult>,
  output: NdjsonOutput,
  run: SqlRun,
  rowsAffected?: number,
): Promise<void> {
  let mode: SqlResult['executionMode'] | undefined;
  let value: unknown = null;
  let affected = rowsAffected;
  const outputs: Record<string, string | null> = {};
  for await (const result of results) {
    if (result.undecodedReason !== undefined) {
      throw new UndecodedSqlResultError({
        queryId: result.queryId ?? run.queryId ?? '(no id)',
        pageNumber: 'pageNumber' in result && typeof result.pageNumber === 'number' ? result.pageNumber : 1,
        reason: result.undecodedReason,
        base64: result.raw?.base64 ?? '',
        text: result.raw?.text,
      });
    }
    if (mode === undefined) value = result.value ?? null;
    mode = result.executionMode;
    affected ??= result.rowsAffected;
    Object.assign(outputs, result.outputs);
    if (mode === 'reader') {
      for (const row of result.rows) {
        await output.write(row);
        run.printed++;
      }
    }
  }
  const hasOutputs = Object.keys(outputs).length > 0;
  if (mode === 'scalar') {
    await output.write(hasOutputs ? { value, outputs } : { value });
    run.printed++;
  } else if (mode === 'nonQuery') {
    await output.write({ rowsAffected: affected ?? null, outputs });
    run.printed++;
  } else if (hasOutputs) {
    run.outputs = outputs;
  }
}
