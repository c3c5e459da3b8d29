import type { Writable } from 'node:stream';
import type { FhirClient } from '../client/fhir-client.js';
import { type CliCommandLine, readCommandLine } from './command-line.js';
import { ExitCode } from './exit-codes.js';
import { failureExit } from './failure-exit.js';
import { infoText } from './info-command.js';
import { SUBSCRIPTION_KEY_ENV } from './options-table.js';
import { createStderrLines, type StderrLines } from './stderr-lines.js';

/** Where the CLI reads and writes: the process's own streams in `main`, others in tests. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Aborts the run: requests and paging stop, the summary is printed, and the run exits 130, or 143
   * when the abort reason is {@link StopSignal}`.Terminate` (as `main` aborts on SIGTERM).
   */
  readonly signal?: AbortSignal;
  /**
   * Monotonic milliseconds, for the elapsed time in the summary.
   * @default process.hrtime in milliseconds (not `performance.now`: the first touch of `performance`
   * loads Node's perf_hooks, milliseconds a usage error would pay for nothing)
   */
  readonly now?: () => number;
}

/** The process signals the bin turns into an abort of the run; pass one as the abort reason. */
export const StopSignal = {
  /** Ctrl-C: exit 130. */
  Interrupt: 'SIGINT',
  /** A polite kill (scheduler, `docker stop`, systemd): exit 143. */
  Terminate: 'SIGTERM',
} as const;
/** One of {@link StopSignal}. */
export type StopSignal = (typeof StopSignal)[keyof typeof StopSignal];

/**
 * Runs the `fhir-client` command line and resolves to its exit code (see `ExitCode`). Resources go
 * to stdout as NDJSON; progress, warnings, the summary and errors to stderr, each a single line with
 * the subscription key redacted.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const now = io.now ?? (() => Number(process.hrtime.bigint()) / 1e6);
  const startedAt = now();
  const lines = createStderrLines(io.stderr, {
    terminal: io.stderr.isTTY === true,
    secrets: secretsIn(argv, io.env),
  });
  let commandLine: CliCommandLine;
  try {
    commandLine = readCommandLine(argv, io.env);
    if (commandLine.command === 'help' || commandLine.command === 'version') {
      io.stdout.write(await infoText(commandLine.command));
      return ExitCode.Ok;
    }
    if (commandLine.command === 'sql') {
      const { runSqlCli } = await import('./run-sql-cli.js');
      return await runSqlCli(commandLine, {
        stdout: io.stdout,
        lines,
        verbose: commandLine.progress ?? io.stderr.isTTY === true,
        signal: io.signal,
        elapsedMs: () => now() - startedAt,
        fail: (error, sql) => fail(error, lines, io, { client: sql, practitioner: undefined }),
      });
    }
    const { runFhirCommand } = await import('./run-fhir-command.js');
    return await runFhirCommand(commandLine, {
      stdout: io.stdout,
      lines,
      verbose: commandLine.progress ?? io.stderr.isTTY === true,
      signal: io.signal,
      elapsedMs: () => now() - startedAt,
      fail: (error, client, practitioner) => fail(error, lines, io, { client, practitioner }),
    });
  } catch (error) {
    return fail(error, lines, io, { client: undefined, practitioner: undefined });
  }
}

function fail(
  error: unknown,
  lines: StderrLines,
  io: CliIo,
  context: { client: Pick<FhirClient, 'policy' | 'site'> | undefined; practitioner: string | undefined },
): ExitCode {
  if (io.signal?.aborted) {
    if (io.signal.reason === StopSignal.Terminate) {
      lines.line('terminated (SIGTERM); the resources printed before this are complete.');
      return ExitCode.Terminated;
    }
    lines.line('interrupted; the resources printed before this are complete.');
    return ExitCode.Interrupted;
  }
  const failure = failureExit(error, {
    policy: context.client?.policy,
    site: context.client?.site,
    practitioner: context.practitioner,
  });
  lines.line(`error: ${failure.message}`);
  return failure.exitCode;
}

/**
 * Every value that must never be shown: the key from the environment and from `--subscription-key`
 * (read here from the raw arguments, so it is redacted even from a usage error about a bad command line).
 */
function secretsIn(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets = [env[SUBSCRIPTION_KEY_ENV] ?? ''];
  argv.forEach((argument, index) => {
    if (argument === '--subscription-key') secrets.push(argv[index + 1] ?? '');
    else if (argument.startsWith('--subscription-key='))
      secrets.push(argument.slice('--subscription-key='.length));
  });
  return secrets.filter((secret) => secret.trim() !== '');
}
