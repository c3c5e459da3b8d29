import type { ParseArgsConfig } from 'node:util';
import { HaloEnvironment, haloSiteIdOf } from '../client/halo-preset.js';
import { isR4ResourceType, r4ResourceTypes } from '../search/r4-resource-types.js';
import { DateProfile, SearchRules } from '../search/vocabulary.js';
import { closestMatch } from '../suggest/closest-match.js';
import { CliUsageError } from './cli-usage-error.js';
import { CliCommandName, type CliOptionName, cliOptions, SUBSCRIPTION_KEY_ENV } from './options-table.js';
import { readArguments } from './read-arguments.js';
import { type CliSqlOptions, readSqlOptions, sqlOnly } from './sql-command-line.js';

/** Where to connect: a FHIR base URL, or a Halo site in an environment. */
export type CliConnection =
  | { readonly kind: 'base-url'; readonly baseUrl: string }
  | { readonly kind: 'halo'; readonly siteId: string; readonly environment: HaloEnvironment };

/** A command line, read and checked. */
export interface CliCommandLine {
  /** `help` and `version` print and exit. */
  readonly command: CliCommandName | 'help' | 'version';
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

/** Each string option's placeholder in `--help`, for the example in a "needs a value" error. */
const placeholders: Readonly<Record<string, string | undefined>> = Object.fromEntries(
  Object.entries(cliOptions).map(([name, spec]) => [name, 'value' in spec ? spec.value : undefined]),
);

/** A Halo site id: a GUID, 8-4-4-4-12 hexadecimal digits. */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const result = readArguments(argv, parseConfig, placeholders);
  // The table's types decide each value's type; parseArgs's own typing cannot see through the mapping.
  const values = result.values as Values;
  const [commandText, ...rest] = result.positionals;
  if (values.help === true || commandText === 'help') return infoLine('help');
  if (values.version === true || commandText === 'version') return infoLine('version');
  if (commandText === undefined) {
    throw new CliUsageError('no command given: use search, read, capabilities or sql');
  }
  const command = Object.values(CliCommandName).find((name) => name === commandText);
  if (command === undefined) {
    const suggestion = closestMatch(commandText, Object.values(CliCommandName));
    throw new CliUsageError(
      `unknown command "${commandText}"${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}: use search, read, capabilities or sql`,
    );
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

function infoLine(command: 'help' | 'version'): CliCommandLine {
  return {
    command,
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
      if (reference === undefined || !/^[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(reference)) {
        throw new CliUsageError(
          `read needs Type/id, e.g. read Patient/pat-1${reference === undefined ? '' : ` (got "${reference}")`}`,
        );
      }
      checkReadType(reference.slice(0, reference.indexOf('/')));
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
    if (!guidPattern.test(site)) {
      throw new CliUsageError(
        `--site must be the practice's Halo GUID, e.g. 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b (got "${site}"); nothing was sent`,
      );
    }
    const environment = values.env ?? HaloEnvironment.Production;
    if (!Object.values(HaloEnvironment).some((known) => known === environment)) {
      throw new CliUsageError(`--env must be stage or production (got "${environment}")`);
    }
    return { kind: 'halo', siteId: site, environment: environment as HaloEnvironment };
  }
  if (values.env !== undefined) throw new CliUsageError('--env applies only with --site');
  const haloSite = URL.canParse(baseUrl as string) ? haloSiteIdOf(new URL(baseUrl as string)) : undefined;
  if (haloSite !== undefined && !guidPattern.test(haloSite)) {
    throw new CliUsageError(
      `the site in --base-url …/integrator/sites/{site}/fhir/R4 must be the practice's Halo GUID, e.g. 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b (got "${haloSite}"); nothing was sent`,
    );
  }
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

/** `read`'s type, checked against R4 before anything is sent; a near miss or a case mistake is named. */
function checkReadType(resourceType: string): void {
  if (isR4ResourceType(resourceType)) return;
  const suggestion = closestMatch(resourceType, r4ResourceTypes());
  const hint =
    suggestion === undefined
      ? ''
      : suggestion.toLowerCase() === resourceType.toLowerCase()
        ? ` (resource types are case-sensitive): did you mean ${suggestion}?`
        : `: did you mean ${suggestion}?`;
  throw new CliUsageError(`"${resourceType}" is not an R4 resource type${hint}`);
}
