import type { Writable } from 'node:stream';
import type { FhirClient } from '../client/fhir-client.js';
import { practitionerOfSearch } from '../client/search-input.js';
import { DateProfile, SearchRules } from '../search/vocabulary.js';
import { parseSearch } from '../search/search.js';
import { clientFromCommandLine } from './client-from-command-line.js';
import { type CliCommandLine, readCommandLine } from './command-line.js';
import { runCapabilitiesCommand, runReadCommand } from './commands/read-command.js';
import { runSearchCommand, type SearchRun } from './commands/search-command.js';
import { ExitCode } from './exit-codes.js';
import { failureExit } from './failure-exit.js';
import { createNdjsonOutput, OutputClosedError } from './ndjson-output.js';
import { SUBSCRIPTION_KEY_ENV } from './options-table.js';
import { packageVersion } from './package-version.js';
import { nearMissParameters } from './parameter-near-misses.js';
import { checkQueryBase } from './query-base.js';
import { createProgressReporter, type ProgressReporter, seconds } from './progress.js';
import { runSqlCli } from './run-sql-cli.js';
import { createStderrLines, type StderrLines } from './stderr-lines.js';
import { usageText } from './usage.js';

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
  /** Monotonic milliseconds, for the elapsed time in the summary. @default performance.now */
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
  const now = io.now ?? (() => performance.now());
  const startedAt = now();
  const lines = createStderrLines(io.stderr, {
    terminal: io.stderr.isTTY === true,
    secrets: secretsIn(argv, io.env),
  });
  let commandLine: CliCommandLine;
  let client: FhirClient | undefined;
  let practitioner: string | undefined;
  try {
    commandLine = readCommandLine(argv, io.env);
    if (commandLine.command === 'help') {
      io.stdout.write(usageText());
      return ExitCode.Ok;
    }
    if (commandLine.command === 'version') {
      io.stdout.write(`fhir-client ${packageVersion(import.meta.url, '@halo-fhir/fhir-client')}\n`);
      return ExitCode.Ok;
    }
    if (commandLine.command === 'sql') {
      return await runSqlCli(commandLine, {
        stdout: io.stdout,
        lines,
        verbose: commandLine.progress ?? io.stderr.isTTY === true,
        signal: io.signal,
        elapsedMs: () => now() - startedAt,
        fail: (error, sql) => fail(error, lines, io, { client: sql, practitioner: undefined }),
      });
    }
    const connected = clientFromCommandLine(commandLine);
    client = connected;
    if (commandLine.command === 'search' && commandLine.target !== undefined) {
      const connectedBy = commandLine.connection?.kind === 'halo' ? '--site' : '--base-url';
      checkQueryBase(commandLine.target, connected.baseUrl, connectedBy);
    }
    const rules = commandLine.rules ?? (connected.haloBehaviours ? SearchRules.Strict : SearchRules.R4);
    const query =
      commandLine.command === 'search' && commandLine.target !== undefined
        ? parseSearch(commandLine.target, {
            dates: commandLine.dates ?? (connected.haloBehaviours ? DateProfile.Halo : DateProfile.Fhir),
            rules,
            ...(commandLine.timeZone === undefined ? {} : { timeZone: commandLine.timeZone }),
          })
        : undefined;
    if (query) practitioner = practitionerOfSearch(query.toSearchParams());
    if (query && rules === SearchRules.R4) {
      for (const warning of nearMissParameters(query.query)) lines.line(`warning: ${warning}`);
    }
    const progress = createProgressReporter(lines, {
      verbose: commandLine.progress ?? io.stderr.isTTY === true,
    });
    connected.on((event) => progress.onEvent(event));
    const output = createNdjsonOutput(io.stdout);
    const search: SearchRun = { pages: 0, matches: 0, included: 0, morePages: false };
    const summary = () =>
      summaryLine(commandLine, connected, search, output.lines, progress, now() - startedAt);
    try {
      if (query) {
        const options = {
          maxPages: commandLine.maxPages,
          withIncluded: commandLine.withIncluded,
          signal: io.signal,
        };
        await runSearchCommand(connected, query, options, output, progress, search);
      } else if (commandLine.command === 'read') {
        await runReadCommand(connected, commandLine.target ?? '', output, io.signal);
      } else {
        await runCapabilitiesCommand(connected, output, io.signal);
      }
    } catch (error) {
      lines.end();
      if (error instanceof OutputClosedError) return ExitCode.Ok;
      lines.line(summary());
      return fail(error, lines, io, { client, practitioner });
    }
    lines.end();
    lines.line(summary());
    return ExitCode.Ok;
  } catch (error) {
    return fail(error, lines, io, { client, practitioner });
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

function summaryLine(
  commandLine: CliCommandLine,
  client: FhirClient,
  search: SearchRun,
  printed: number,
  progress: ProgressReporter,
  elapsedMs: number,
): string {
  const stats = client.stats();
  const { counts } = progress;
  const what =
    commandLine.command === 'search'
      ? `${plural(search.pages, 'page')}, ${plural(search.matches, 'resource')} printed${
          commandLine.withIncluded ? ` (+${search.included} included)` : ''
        }`
      : `${plural(printed, 'resource')} printed`;
  const more = !search.morePages
    ? ''
    : commandLine.maxPages === 1
      ? '; more pages remain (use --all or --max-pages)'
      : `; stopped at --max-pages ${commandLine.maxPages}, more pages remain`;
  const repaired = counts.linksRepaired > 0 ? `, ${plural(counts.linksRepaired, 'link')} repaired` : '';
  const waited = counts.waitedMs > 0 ? `, waited ${seconds(counts.waitedMs)}` : '';
  return `${commandLine.command}: ${what}${more}; ${plural(stats.queriesSent, 'query', 'queries')} sent, ${plural(
    stats.retries,
    'retry',
    'retries',
  )}${waited}${repaired}; ${seconds(elapsedMs)}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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
