import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { closestMatch } from '@halo-fhir/fhir-client';
import { type CorsOption, createCorsPolicy, MockCorsOptionError } from './cors.js';
import { createMockFhirServer, type MockFhirServer } from './create-mock-fhir-server.js';
import { defaultSiteGuid, type MockSiteOptions } from './mock-fhir-backend.js';
import { Quirk, ServerProfile } from './quirks/quirks.js';
import { loadSqlDatabaseFile, type SqlDatabaseFile } from './sql/load-sql-database.js';

/** Usage text of the `fhir-mock-server` bin. */
export const mockServerUsage = `Usage: fhir-mock-server [options]

Starts the mock Halo FHIR server on 127.0.0.1 and prints one JSON line:
{"url":"http://127.0.0.1:PORT","baseUrl":"...","siteUrl":"...","sites":["guid", ...],"quirks":{...}}
Stops on SIGINT or SIGTERM. Faults are scheduled over HTTP: POST /__mock/faults with
{"kind":"siteOffline","siteGuid":"...","forMs":600000} (kind: any faults method; times as
epoch ms in "untilMs"; fixtures as {"status","headers","body"}), DELETE /__mock/faults clears
them, GET /__mock/requests returns the request log.

SQL passthrough, under {url}/integrator/sites/{guid} (the "siteUrl" printed):
  GET    (the site)                        pmsType, availability, catalogue[]
  POST   queries/immediate                 run now: 200 with the result, 400 with the error
  POST   queries/async                     queue: 201; then initialising, queued, executing,
                                           uploading, successful (1 s, 2 s, 3 s, 1 s by default)
  GET    queries/{id}                      status; POST queries/status {"queryIds":[...]} for many
  GET    queries/{id}/results/{n}[/stream] result page n (base64 JSON rows; Size, Rows-* headers)
  POST   queries/registered                202 {"id"}; runs every frequency s for duration s
  GET    queries/registered[/{id}[/results]]   list, details (lastHash, lastErrorDetails), result
  DELETE queries/registered/{id}           cancel: 204
Over the control API: PUT /__mock/sql/sites/{guid} with a definition (the JSON below),
PUT /__mock/sql/sites/{guid}/availability {"availability":"offline"}, POST
/__mock/sql/sites/{guid}/queue-blocks {"forMs":60000}, GET /__mock/sql/queries, GET /__mock/sql/billed.
Every site serves a demo Best Practice-style database of its generated data (BPS_Patients,
BPS_Doctors, BPS_Appointments, dbo.BP_SaveClinicalNote, ...); unknown SQL answers SQL Server's
208 or 2812. --sql-database loads more: a .json file, or a .js/.mjs module whose default export
is the definition (RegExps and functions allowed), either for every site or per site:
  {"pmsType":"BestPractice","catalogues":[{"name":"BPSPatients","isDefault":true}],
   "handlers":[{"match":"SELECT * FROM Rooms","result":{"rows":[{"RoomID":1}]}},
               {"match":{"regexp":"^SELECT .* FROM Staff","flags":"i"},"result":{"rows":[]}},
               {"match":{"procedure":"dbo.sp_Save"},"result":{"rowsAffected":1,"outputs":{"@ID":7}}},
               {"match":"SELECT * FROM Broken","result":{"error":{"errorType":"mssql",
                 "errorCode":208,"errorMessage":"Invalid object name 'Broken'."}}}]}
  {"sites":{"<guid>":{"pmsType":"Zedmed","handlers":[...]}}}

Options:
  --port N                 TCP port (default 0: any free port)
  --profile halo|fhir      Halo quirks on, or plain FHIR R4 (default halo)
  --site GUID              a site to serve; repeat for several (default one fixed GUID)
  --seed N                 seed of the generated data (default 1)
  --size N                 approximate resources per site (default 400)
  --anchor ISO             the instant the generated data is seen at: its appointment book is
                           around that day (default: now, so today's book is there)
  --days-back N            days of appointments before that day (default: half the book)
  --days-forward N         days of appointments after that day (default: the rest)
  --live                   the practice changes as the clock moves (bookings, cancellations,
                           arrivals, consults, no-shows); GET /__mock/changes?since=SEQ lists them
  --live-seed N            seed of the live changes (default 1)
  --live-rate N            random front-desk changes per hour, 0-600 (default 12)
  --page-size N            page size without _count (default 20)
  --quirk NAME=on|off      switch one quirk; repeatable (${Object.values(Quirk).join(', ')})
  --lenient                ignore unknown search parameters instead of answering 400
  --no-control             do not serve the control API (POST/DELETE /__mock/faults, GET /__mock/requests)
  --sql-database FILE      SQL databases to serve (.json or a module, see above); repeatable
  --sql-page-rows N        rows per async result page (default 100)
  --no-sql-demo            no demo database: only --sql-database handlers answer
  --cors ORIGIN|*          answer CORS for a browser page on ORIGIN (scheme://host:port);
                           repeatable; * allows every origin (default: no CORS)
  --help                   this text
  --version                the version of @halo-fhir/fhir-testkit

The subscription key is read from FHIR_MOCK_SUBSCRIPTION_KEY (default test-key) and never printed.`;

/** A command line the bin cannot run: the message says what to change. */
export class MockServerUsageError extends Error {
  /** Always `'MockServerUsageError'`. */
  override name = 'MockServerUsageError';
}

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new MockServerUsageError(`--${name} takes a whole number, got "${text}"`);
  return value;
}

function quirkOverrides(values: readonly string[]): Partial<Record<Quirk, boolean>> {
  const known: readonly string[] = Object.values(Quirk);
  const out: Partial<Record<Quirk, boolean>> = {};
  for (const value of values) {
    const match = /^([A-Za-z]+)=(on|off)$/.exec(value);
    if (!match || !known.includes(match[1] ?? '')) {
      throw new MockServerUsageError(
        `--quirk takes NAME=on|off with NAME one of ${known.join(', ')}; got "${value}"`,
      );
    }
    out[match[1] as Quirk] = match[2] === 'on';
  }
  return out;
}

/**
 * Parses the command line and starts the server. Returns undefined after printing usage for `--help`.
 * @throws MockServerUsageError for an unknown option or a bad value
 */
export async function startMockServerFromArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: (line: string) => void,
): Promise<MockFhirServer | undefined> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    const message = unknownOptionIn(args) ?? (error instanceof Error ? error.message : String(error));
    throw new MockServerUsageError(`${message}\n\n${mockServerUsage}`);
  }
  const { values } = parsed;
  if (values.help) {
    print(mockServerUsage);
    return undefined;
  }
  if (values.version) {
    print(`fhir-mock-server ${testkitVersion()}`);
    return undefined;
  }
  const profile = values.profile ?? ServerProfile.Halo;
  if (profile !== ServerProfile.Halo && profile !== ServerProfile.Fhir) {
    throw new MockServerUsageError(`--profile takes halo or fhir, got "${profile}"`);
  }
  const seed = integer('seed', values.seed);
  const size = integer('size', values.size);
  const anchor = values.anchor === undefined ? undefined : Date.parse(values.anchor);
  if (anchor !== undefined && Number.isNaN(anchor)) {
    throw new MockServerUsageError(
      `--anchor takes an ISO date-time such as 2026-11-26T09:00:00+11:00, got "${values.anchor}"`,
    );
  }
  const daysBack = integer('days-back', values['days-back']);
  const daysForward = integer('days-forward', values['days-forward']);
  const siteOptions = (guid: string): MockSiteOptions => ({
    guid,
    ...(seed === undefined ? {} : { seed }),
    ...(size === undefined ? {} : { size }),
    ...(anchor === undefined ? {} : { anchor }),
    ...(daysBack === undefined ? {} : { daysBack }),
    ...(daysForward === undefined ? {} : { daysForward }),
  });
  const liveSeed = integer('live-seed', values['live-seed']);
  const liveRate = integer('live-rate', values['live-rate']);
  if (liveRate !== undefined && liveRate > 600) {
    throw new MockServerUsageError(`--live-rate takes 0-600 changes an hour, got ${liveRate}`);
  }
  const live =
    values.live === true || liveSeed !== undefined || liveRate !== undefined
      ? {
          ...(liveSeed === undefined ? {} : { seed: liveSeed }),
          ...(liveRate === undefined ? {} : { ratePerHour: liveRate }),
        }
      : undefined;
  const port = integer('port', values.port);
  const pageSize = integer('page-size', values['page-size']);
  const subscriptionKey = env.FHIR_MOCK_SUBSCRIPTION_KEY;
  const pageRows = integer('sql-page-rows', values['sql-page-rows']);
  const databases: SqlDatabaseFile[] = [];
  for (const file of values['sql-database'] ?? []) {
    try {
      databases.push(await loadSqlDatabaseFile(file));
    } catch (error) {
      throw new MockServerUsageError(
        `--sql-database: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const server = await createMockFhirServer({
    profile,
    quirks: quirkOverrides(values.quirk ?? []),
    strict: !values.lenient,
    controlApi: !values['no-control'],
    sites: (values.site?.length ? values.site : [defaultSiteGuid]).map(siteOptions),
    ...(port === undefined ? {} : { port }),
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(subscriptionKey ? { subscriptionKey } : {}),
    sql: { demoDatabase: !values['no-sql-demo'], ...(pageRows === undefined ? {} : { pageRows }) },
    ...corsOption(values.cors),
    ...(live === undefined ? {} : { live }),
  });
  try {
    for (const database of databases) defineDatabase(server, database);
  } catch (error) {
    await server.close();
    throw new MockServerUsageError(
      `--sql-database: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  print(
    JSON.stringify({
      url: server.url,
      baseUrl: server.baseUrl(),
      siteUrl: server.siteUrl(),
      sites: server.siteGuids,
      quirks: server.quirks,
    }),
  );
  return server;
}

/** `--cors *` allows every origin; otherwise each value is an origin, checked by the server. */
function corsOption(values: readonly string[] | undefined): { cors?: CorsOption } {
  if (values === undefined || values.length === 0) return {};
  const cors = values.includes('*') ? true : values;
  try {
    createCorsPolicy(cors);
  } catch (error) {
    if (error instanceof MockCorsOptionError) throw new MockServerUsageError(`--${error.message}`);
    throw error;
  }
  return { cors };
}

/**
 * The testkit's version, from its own package.json (a self-reference through its `./package.json`
 * export, so it works from src/ and dist/ without a JSON import).
 */
function testkitVersion(): string {
  const manifest = createRequire(import.meta.url)('@halo-fhir/fhir-testkit/package.json') as {
    version: string;
  };
  return manifest.version;
}

/** "unknown option --prot: did you mean --port?" for the first option the bin does not know, if any. */
function unknownOptionIn(args: readonly string[]): string | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const unknown = tokens.find((token) => token.kind === 'option' && !(token.name in options));
  if (unknown?.kind !== 'option') return undefined;
  const suggestion = unknown.rawName.startsWith('--')
    ? closestMatch(unknown.name, Object.keys(options))
    : undefined;
  return `unknown option ${unknown.rawName}${suggestion === undefined ? '' : `: did you mean --${suggestion}?`}`;
}

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], strict: true, options });
}

const options = {
  port: { type: 'string' },
  profile: { type: 'string' },
  site: { type: 'string', multiple: true },
  seed: { type: 'string' },
  size: { type: 'string' },
  anchor: { type: 'string' },
  'days-back': { type: 'string' },
  'days-forward': { type: 'string' },
  live: { type: 'boolean' },
  'live-seed': { type: 'string' },
  'live-rate': { type: 'string' },
  'page-size': { type: 'string' },
  quirk: { type: 'string', multiple: true },
  lenient: { type: 'boolean' },
  'no-control': { type: 'boolean' },
  'sql-database': { type: 'string', multiple: true },
  'sql-page-rows': { type: 'string' },
  'no-sql-demo': { type: 'boolean' },
  cors: { type: 'string', multiple: true },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const;

function defineDatabase(server: MockFhirServer, database: SqlDatabaseFile): void {
  if (database.kind === 'every-site') {
    for (const guid of server.siteGuids) server.sql.define(guid, database.definition);
    return;
  }
  for (const [guid, definition] of Object.entries(database.sites)) server.sql.define(guid, definition);
}
