/** How one command-line option is read and shown in `--help`. */
export interface CliOptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder shown in `--help` for a string option's value. */
  readonly value?: string;
  readonly help: string;
  /** The section of `--help` it is listed in. */
  readonly group: 'connection' | 'search' | 'sql' | 'tuning' | 'general';
  /** A string option that may be given more than once (its values are kept in order). */
  readonly multiple?: boolean;
}

/**
 * Every option the CLI accepts: `parseArgs` reads this table and `--help` is printed from it, so
 * an option cannot be accepted without being documented.
 */
export const cliOptions = {
  'base-url': {
    type: 'string',
    value: 'URL',
    help: 'FHIR base of any R4 server (or a Halo site’s …/integrator/sites/{guid}/fhir/R4)',
    group: 'connection',
  },
  site: {
    type: 'string',
    value: 'GUID',
    help: "the Halo practice's GUID (instead of --base-url)",
    group: 'connection',
  },
  env: {
    type: 'string',
    value: 'stage|production',
    help: 'the Halo environment of --site (default: production)',
    group: 'connection',
  },
  'subscription-key': {
    type: 'string',
    value: 'KEY',
    help: 'the subscription key (default: $HALO_SUBSCRIPTION_KEY; prefer it)',
    group: 'connection',
  },
  'time-zone': {
    type: 'string',
    value: 'ZONE',
    help: "the practice's IANA time zone, e.g. Australia/Sydney",
    group: 'connection',
  },
  dates: {
    type: 'string',
    value: 'halo|fhir',
    help: 'date rules: halo = exact dates only (default for Halo), fhir = R4 grammar',
    group: 'search',
  },
  rules: {
    type: 'string',
    value: 'strict|r4|lenient',
    help: 'search rules: strict = only what R4 defines (default for Halo), r4 = keep unknown parameters, lenient = dates only',
    group: 'search',
  },
  all: { type: 'boolean', help: 'follow every page (default: the first page only)', group: 'search' },
  'max-pages': {
    type: 'string',
    value: 'N',
    help: 'follow at most N pages (stops there without error)',
    group: 'search',
  },
  post: { type: 'boolean', help: 'search with POST [type]/_search and a form body', group: 'search' },
  'with-included': {
    type: 'boolean',
    help: 'also print the resources _include/_revinclude added',
    group: 'search',
  },
  mode: {
    type: 'string',
    value: 'reader|scalar|nonQuery',
    help: 'rows, the first value, or a rows-affected count (default: reader)',
    group: 'sql',
  },
  type: {
    type: 'string',
    value: 'text|storedProcedure',
    help: 'the argument is SQL text or a procedure name (default: text)',
    group: 'sql',
  },
  param: {
    type: 'string',
    multiple: true,
    value: 'NAME:TYPE[=VALUE]',
    help: 'an input parameter, e.g. @id:Int=12 (repeatable); =@PATH reads a file (binary: its bytes), =@@… starts with @, no =VALUE is NULL',
    group: 'sql',
  },
  'param-out': {
    type: 'string',
    multiple: true,
    value: 'NAME:TYPE[:SIZE]',
    help: 'an output parameter, e.g. @NoteID:Int (repeatable); named like a --param, it is inputOutput',
    group: 'sql',
  },
  catalogue: {
    type: 'string',
    value: 'NAME',
    help: "the database (default: the site's default catalogue)",
    group: 'sql',
  },
  async: {
    type: 'boolean',
    help: 'submit an async query, wait (progress on stderr), then stream the rows of every page',
    group: 'sql',
  },
  rewrite: {
    type: 'string',
    value: 'auto|always|never',
    help: 'send a storedProcedure as T-SQL text: when a parameter is over Halo’s limits (default), always, or never',
    group: 'sql',
  },
  'max-time-in-queue': {
    type: 'string',
    value: 'MS',
    help: "how long the query may wait in Halo Link's queue (immediate 0-60000, async 0-7200000)",
    group: 'sql',
  },
  progress: {
    type: 'boolean',
    help: 'report pages, retries and waits even when stderr is not a terminal',
    group: 'general',
  },
  'max-attempts': {
    type: 'string',
    value: 'N',
    help: 'attempts per request, the first included (default: 4)',
    group: 'tuning',
  },
  'retry-delay-ms': {
    type: 'string',
    value: 'MS',
    help: 'backoff ceiling of the first retry, doubling after (default: 1000)',
    group: 'tuning',
  },
  'timeout-ms': {
    type: 'string',
    value: 'MS',
    help: 'timeout of each attempt (default: 45000)',
    group: 'tuning',
  },
  help: { type: 'boolean', short: 'h', help: 'print this help', group: 'general' },
  version: { type: 'boolean', help: 'print the version of fhir-client', group: 'general' },
} as const satisfies Record<string, CliOptionSpec>;
export type CliOptionName = keyof typeof cliOptions;

/** The CLI's commands. */
export const CliCommandName = {
  Search: 'search',
  Read: 'read',
  Capabilities: 'capabilities',
  Sql: 'sql',
} as const;
export type CliCommandName = (typeof CliCommandName)[keyof typeof CliCommandName];

/** The environment variable the subscription key is read from when `--subscription-key` is absent. */
export const SUBSCRIPTION_KEY_ENV = 'HALO_SUBSCRIPTION_KEY';
