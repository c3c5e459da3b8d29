import type { Writable } from 'node:stream';
import type { FhirClient } from '../client/fhir-client.js';
import { practitionerOfSearch } from '../client/search-input.js';
import { parseSearch } from '../search/search.js';
import { DateProfile, SearchRules } from '../search/vocabulary.js';
import { clientFromCommandLine } from './client-from-command-line.js';
import type { CliCommandLine } from './command-line.js';
import { runCapabilitiesCommand, runReadCommand } from './commands/read-command.js';
import { runSearchCommand, type SearchRun } from './commands/search-command.js';
import { ExitCode } from './exit-codes.js';
import { createNdjsonOutput, OutputClosedError } from './ndjson-output.js';
import { nearMissParameters } from './parameter-near-misses.js';
import { createProgressReporter, type ProgressReporter, seconds } from './progress.js';
import { checkQueryBase } from './query-base.js';
import type { StderrLines } from './stderr-lines.js';

/** What `runCli` lends a FHIR command (search, read, capabilities): its streams, clock, signal, and the way a run fails. */
export interface FhirCommandContext {
  readonly stdout: Writable;
  readonly lines: StderrLines;
  readonly verbose: boolean;
  readonly signal: AbortSignal | undefined;
  /** Milliseconds since the run started, for the summary. */
  readonly elapsedMs: () => number;
  /** Reports a failure on stderr and returns the exit code it means (see `failureExit`). */
  readonly fail: (
    error: unknown,
    client: Pick<FhirClient, 'policy' | 'site'> | undefined,
    practitioner: string | undefined,
  ) => ExitCode;
}

/**
 * Runs `search`, `read` or `capabilities`: makes the client, checks the query before anything is
 * sent, prints the resources as NDJSON and the summary line, and resolves to the exit code.
 * Loaded by `runCli` only when one of these commands runs, so `--help` and usage errors never load
 * the client.
 */
export async function runFhirCommand(
  commandLine: CliCommandLine,
  context: FhirCommandContext,
): Promise<ExitCode> {
  const { lines } = context;
  let client: FhirClient | undefined;
  let practitioner: string | undefined;
  try {
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
    const progress = createProgressReporter(lines, { verbose: context.verbose });
    connected.on((event) => progress.onEvent(event));
    const output = createNdjsonOutput(context.stdout);
    const search: SearchRun = { pages: 0, matches: 0, included: 0, morePages: false };
    const summary = () =>
      summaryLine(commandLine, connected, search, output.lines, progress, context.elapsedMs());
    try {
      if (query) {
        const options = {
          maxPages: commandLine.maxPages,
          withIncluded: commandLine.withIncluded,
          signal: context.signal,
        };
        await runSearchCommand(connected, query, options, output, progress, search);
      } else if (commandLine.command === 'read') {
        await runReadCommand(connected, commandLine.target ?? '', output, context.signal);
      } else {
        await runCapabilitiesCommand(connected, output, context.signal);
      }
    } catch (error) {
      lines.end();
      if (error instanceof OutputClosedError) return ExitCode.Ok;
      lines.line(summary());
      return context.fail(error, client, practitioner);
    }
    lines.end();
    lines.line(summary());
    return ExitCode.Ok;
  } catch (error) {
    return context.fail(error, client, practitioner);
  }
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
