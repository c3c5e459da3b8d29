import type { Writable } from 'node:stream';
import type { SqlCommand, SqlExecutionMode } from '../sql/command.js';
import type { HaloSqlClient } from '../sql/halo-sql-client.js';
import { needsStoredProcedureRewrite } from '../sql/rewrite/needs-rewrite.js';
import { rewriteStoredProcedure } from '../sql/rewrite/rewrite-stored-procedure.js';
import type { HaloSqlEvent } from '../sql/sql-events.js';
import type { CliCommandLine } from './command-line.js';
import { runSqlCommand, type SqlRun } from './commands/sql-command.js';
import { ExitCode } from './exit-codes.js';
import { createNdjsonOutput, OutputClosedError } from './ndjson-output.js';
import { createProgressReporter, type ProgressReporter, seconds } from './progress.js';
import { sqlClientFromCommandLine } from './sql-client-from-command-line.js';
import { resolveSqlParameters } from './sql-parameter-specs.js';
import type { StderrLines } from './stderr-lines.js';

/** What `runCli` lends the sql command: its streams, clock, abort signal, and the way a run fails. */
export interface SqlCliContext {
  readonly stdout: Writable;
  readonly lines: StderrLines;
  readonly verbose: boolean;
  readonly signal: AbortSignal | undefined;
  readonly elapsedMs: () => number;
  readonly fail: (error: unknown, client: Pick<HaloSqlClient, 'policy' | 'site'> | undefined) => ExitCode;
}

/**
 * Runs `fhir-client sql`: reads `--param` files and checks every parameter (exit 2 before anything is
 * sent), runs the query immediate or `--async`, prints NDJSON, and ends with a one-line summary.
 */
export async function runSqlCli(commandLine: CliCommandLine, context: SqlCliContext): Promise<ExitCode> {
  const { lines } = context;
  const options = commandLine.sql;
  let client: HaloSqlClient | undefined;
  try {
    if (options === undefined || commandLine.target === undefined)
      throw new Error('the sql options are missing');
    const parameters = await resolveSqlParameters(options.parameters);
    const command: SqlCommand = {
      text: commandLine.target,
      executionMode: options.mode,
      type: options.type,
      ...(parameters.length === 0 ? {} : { parameters }),
    };
    // A rewrite the client would refuse for its names or values is refused here, before even the
    // site lookup the client makes to learn the engine (which still decides Firebird).
    if (
      options.rewrite !== 'never' &&
      needsStoredProcedureRewrite(command, { always: options.rewrite === 'always' })
    ) {
      rewriteStoredProcedure(command, { engine: 'mssql' });
    }
    const sql = sqlClientFromCommandLine(commandLine);
    client = sql;
    const progress = createProgressReporter(lines, { verbose: context.verbose });
    sql.on((event) => forward(event, progress, lines, context.verbose));
    const output = createNdjsonOutput(context.stdout);
    const run: SqlRun = { printed: 0, queryId: undefined, outputs: undefined };
    const summary = () => summaryLine(options.mode, options.async, run, sql, progress, context.elapsedMs());
    try {
      await runSqlCommand(
        sql,
        command,
        {
          async: options.async,
          query: {
            ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
            ...(options.maxTimeInQueue === undefined ? {} : { maxTimeInQueue: options.maxTimeInQueue }),
            ...(context.signal === undefined ? {} : { signal: context.signal }),
          },
          onSubmitted: (queryId) => lines.line(`async query ${queryId} submitted; waiting for it to finish`),
          onStatus: (status) => {
            if (context.verbose) lines.status(`async query ${run.queryId}: ${status}`);
          },
        },
        output,
        run,
      );
    } catch (error) {
      lines.end();
      if (error instanceof OutputClosedError) return ExitCode.Ok;
      lines.line(summary());
      return context.fail(error, sql);
    }
    lines.end();
    if (run.outputs !== undefined) lines.line(`outputs: ${JSON.stringify(run.outputs)}`);
    lines.line(summary());
    return ExitCode.Ok;
  } catch (error) {
    return context.fail(error, client);
  }
}

function summaryLine(
  mode: SqlExecutionMode,
  async: boolean,
  run: SqlRun,
  client: HaloSqlClient,
  progress: ProgressReporter,
  elapsedMs: number,
): string {
  const what =
    mode === 'reader'
      ? plural(run.printed, 'row') + ' printed'
      : run.printed > 0
        ? `${mode} result printed`
        : 'no result printed';
  const query = run.queryId === undefined ? '' : ` (${async ? 'async ' : ''}query ${run.queryId})`;
  const { queriesSent } = client.stats();
  const waited = progress.counts.waitedMs > 0 ? `, waited ${seconds(progress.counts.waitedMs)}` : '';
  return `sql: ${what}${query}; ${plural(queriesSent, 'query', 'queries')} sent, ${plural(progress.counts.retries, 'retry', 'retries')}${waited}; ${seconds(elapsedMs)}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function forward(
  event: HaloSqlEvent,
  progress: ProgressReporter,
  lines: StderrLines,
  verbose: boolean,
): void {
  switch (event.type) {
    case 'retry':
    case 'pause':
      progress.onEvent(event);
      break;
    case 'sql-warning':
      lines.line(`warning: ${event.message}`);
      break;
    case 'sql-resent':
      lines.line(
        `warning: the query was sent again (attempt ${event.attempt}) after a failure that may have come after Halo created it; that is a second, billed query`,
      );
      break;
    case 'sql-rewrite':
      if (verbose) {
        lines.line(
          `rewrite: ${event.procedure} sent as T-SQL text (${event.reason === 'forced' ? 'always rewrite' : 'a parameter is over Halo’s storedProcedure limits'})`,
        );
      }
      break;
    default:
      break;
  }
}
