import { type ParseArgsConfig, parseArgs } from 'node:util';
import { HaloEnvironment } from '../client/halo-preset.js';
import { DateProfile, SearchRules } from '../search/vocabulary.js';
import { CliUsageError } from './cli-usage-error.js';
import { CliCommandName, type CliOptionName, cliOptions, SUBSCRIPTION_KEY_ENV } from './options-table.js';
import { type CliSqlOptions, readSqlOptions, sqlOnly } from './sql-command-line.js';

/** Where to connect: a FHIR base URL, or a Halo site in an environment. */
export type CliConnection =
  | { readonly kind: 'base-url'; readonly baseUrl: string }
  | { readonly kind: 'halo'; readonly siteId: string; readonly environment: HaloEnvironment };

/** A command line, read and checked. */
export interface CliCommandLine {
  readonly command: CliCommandName | 'help';
  /** The query of `search` or the `Type/id` of `read`. */
  readonly target: string | undefined;
  readonly connection: CliConnection | undefined;
  readonly subscriptionKey: string | undefined;
  readonly timeZone: string | undefined;
  /** Undefined: the client's default (Halo rules for a Halo site). */
  readonly dates: DateProfile | undefined;
  /** Undefined: the client's default (`strict` for a Halo site, else `r4`). */
  readonly rules: SearchRules | undefined;
  /** Pages to follow: 1 by default, undefined for `--all` without `--max-pages` (every page). */
  readonly maxPages: number | undefined;
  readonly post: boolean;
  readonly withIncluded: boolean;
  /** Undefined: report progress only while stderr is a terminal. */
  readonly progress: boolean | undefined;
  readonly maxAttempts: number | undefined;
  readonly retryDelayMs: number | undefined;
  readonly timeoutMs: number | undefined;
  /** The `sql` command's options; undefined for the other commands. */
  readonly sql: CliSqlOptions | undefined;
}

/** The values `parseArgs` read, typed from the option table. */
export type Values = {
  [K in CliOptionName]?: (typeof cliOptions)[K] extends { readonly multiple: true }
    ? string[]
    : (typeof cliOptions)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

const parseConfig: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  Object.entries(cliOptions).map(([name, spec]) => [
    name,
    {
      type: spec.type,
      ...('short' in spec ? { short: spec.short } : {}),
      ...('multiple' in spec ? { multiple: spec.multiple } : {}),
    },
  ]),
);

/** Options that only make sense for `search`. */
const searchOnly: readonly CliOptionName[] = ['dates', 'rules', 'all', 'max-pages', 'post', 'with-included'];

/**
 * Reads `argv` (without `node` and the script) into a {@link CliCommandLine}.
 * @throws CliUsageError saying what is wrong; nothing has been sent.
 */
export function readCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommandLine {
  let parsed: { values: Values; positionals: string[] };
  try {
    const result = parseArgs({ args: [...argv], options: parseConfig, allowPositionals: true, strict: true });
    // The table's types decide each value's type; parseArgs's own typing cannot see through the mapping.
    parsed = { values: result.values as Values, positionals: result.positionals };
  } catch (error) {
    // parseArgs names the option at fault; its wording is already one clear sentence.
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [commandText, ...rest] = positionals;
  if (values.help === true || commandText === 'help') return helpLine();
  if (commandText === undefined) {
    throw new CliUsageError('no command given: use search, read, capabilities or sql');
  }
  const command = Object.values(CliCommandName).find((name) => name === commandText);
  if (command === undefined) {
    throw new CliUsageError(`unknown command "${commandText}": use search, read, capabilities or sql`);
  }
  const target = readTarget(command, rest);
  if (command !== CliCommandName.Search) {
    const misplaced = searchOnly.find((name) => values[name] !== undefined);
    if (misplaced) throw new CliUsageError(`--${misplaced} applies only to the search command`);
  }
  if (command !== CliCommandName.Sql) {
    const misplaced = sqlOnly.find((name) => values[name] !== undefined);
    if (misplaced) throw new CliUsageError(`--${misplaced} applies only to the sql command`);
  }
  const all = values.all === true;
  const maxPages = wholeNumber('max-pages', values['max-pages'], 1);
  return {
    command,
    target,
    connection: readConnection(values),
    subscriptionKey: values['subscription-key'] ?? nonEmpty(env[SUBSCRIPTION_KEY_ENV]),
    timeZone: values['time-zone'],
    dates: readDates(values.dates),
    rules: readRules(values.rules),
    maxPages: maxPages ?? (all ? undefined : 1),
    post: values.post === true,
    withIncluded: values['with-included'] === true,
    progress: values.progress,
    maxAttempts: wholeNumber('max-attempts', values['max-attempts'], 1),
    retryDelayMs: wholeNumber('retry-delay-ms', values['retry-delay-ms'], 0),
    timeoutMs: wholeNumber('timeout-ms', values['timeout-ms'], 1),
    sql: command === CliCommandName.Sql ? readSqlOptions(values, wholeNumber) : undefined,
  };
}

function helpLine(): CliCommandLine {
  return {
    command: 'help',
    target: undefined,
    connection: undefined,
    subscriptionKey: undefined,
    timeZone: undefined,
    dates: undefined,
    rules: undefined,
    maxPages: 1,
    post: false,
    withIncluded: false,
    progress: undefined,
    maxAttempts: undefined,
    retryDelayMs: undefined,
    timeoutMs: undefined,
    sql: undefined,
  };
}

function readTarget(command: CliCommandName, rest: readonly string[]): string | undefined {
  const extra = (from: number) => {
    if (rest.length > from) throw new CliUsageError(`unexpected argument "${rest[from]}" after ${command}`);
  };
  switch (command) {
    case CliCommandName.Capabilities:
      extra(0);
      return undefined;
    case CliCommandName.Search: {
      extra(1);
      const query = rest[0];
      if (query === undefined || query.trim() === '') {
        throw new CliUsageError("search needs a query, e.g. search 'Appointment?date=2026-11-26'");
      }
      return query;
    }
    case CliCommandName.Read: {
      extra(1);
      const reference = rest[0];
      if (reference === undefined || !/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(reference)) {
        throw new CliUsageError(
          `read needs Type/id, e.g. read Patient/pat-1${reference === undefined ? '' : ` (got "${reference}")`}`,
        );
      }
      return reference;
    }
    case CliCommandName.Sql: {
      extra(1);
      const text = rest[0];
      if (text === undefined || text.trim() === '') {
        throw new CliUsageError(
          "sql needs the SQL text or a procedure name, e.g. sql 'SELECT PatientID FROM Patients WHERE Surname = @name'",
        );
      }
      return text;
    }
  }
}

function readConnection(values: Values): CliConnection | undefined {
  const baseUrl = values['base-url'];
  const site = values.site;
  if (baseUrl !== undefined && site !== undefined) {
    throw new CliUsageError('give --base-url or --site, not both');
  }
  if (baseUrl === undefined && site === undefined) {
    throw new CliUsageError(
      'say where to connect: --base-url URL, or --site GUID with --env stage|production',
    );
  }
  if (site !== undefined) {
    const environment = values.env ?? HaloEnvironment.Production;
    if (!Object.values(HaloEnvironment).some((known) => known === environment)) {
      throw new CliUsageError(`--env must be stage or production (got "${environment}")`);
    }
    return { kind: 'halo', siteId: site, environment: environment as HaloEnvironment };
  }
  if (values.env !== undefined) throw new CliUsageError('--env applies only with --site');
  return { kind: 'base-url', baseUrl: baseUrl as string };
}

function readRules(value: string | undefined): SearchRules | undefined {
  if (value === undefined) return undefined;
  const rules = Object.values(SearchRules).find((known) => known === value);
  if (rules === undefined) throw new CliUsageError(`--rules must be strict, r4 or lenient (got "${value}")`);
  return rules;
}

function readDates(value: string | undefined): DateProfile | undefined {
  if (value === undefined) return undefined;
  const profile = Object.values(DateProfile).find((known) => known === value);
  if (profile === undefined) throw new CliUsageError(`--dates must be halo or fhir (got "${value}")`);
  return profile;
}

/** A whole-number option of at least `min`, or undefined when absent. */
export function wholeNumber(
  option: CliOptionName,
  value: string | undefined,
  min: number,
): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min) {
    throw new CliUsageError(`--${option} must be a whole number of at least ${min} (got "${value}")`);
  }
  return number;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
