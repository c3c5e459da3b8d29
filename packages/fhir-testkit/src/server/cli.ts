import { parseArgs } from 'node:util';
import { createMockFhirServer, type MockFhirServer } from './create-mock-fhir-server.js';
import { defaultSiteGuid, type MockSiteOptions } from './mock-fhir-backend.js';
import { Quirk, ServerProfile } from './quirks/quirks.js';

/** Usage text of the `fhir-mock-server` bin. */
export const mockServerUsage = `Usage: fhir-mock-server [options]

Starts the mock Halo FHIR server on 127.0.0.1 and prints one JSON line:
{"url":"http://127.0.0.1:PORT","baseUrl":"...","sites":["guid", ...],"quirks":{...}}
Stops on SIGINT or SIGTERM. Faults are scheduled over HTTP: POST /__mock/faults with
{"kind":"siteOffline","siteGuid":"...","forMs":600000} (kind: any faults method; times as
epoch ms in "untilMs"; fixtures as {"status","headers","body"}), DELETE /__mock/faults clears
them, GET /__mock/requests returns the request log.

Options:
  --port N                 TCP port (default 0: any free port)
  --profile halo|fhir      Halo quirks on, or plain FHIR R4 (default halo)
  --site GUID              a site to serve; repeat for several (default one fixed GUID)
  --seed N                 seed of the generated data (default 1)
  --size N                 approximate resources per site (default 400)
  --page-size N            page size without _count (default 20)
  --quirk NAME=on|off      switch one quirk; repeatable (${Object.values(Quirk).join(', ')})
  --lenient                ignore unknown search parameters instead of answering 400
  --no-control             do not serve the control API (POST/DELETE /__mock/faults, GET /__mock/requests)
  --help                   this text

The subscription key is read from FHIR_MOCK_SUBSCRIPTION_KEY (default test-key) and never printed.`;

/** A command line the bin cannot run: the message says what to change. */
export class MockServerUsageError extends Error {
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
    throw new MockServerUsageError(
      `${error instanceof Error ? error.message : String(error)}\n\n${mockServerUsage}`,
    );
  }
  const { values } = parsed;
  if (values.help) {
    print(mockServerUsage);
    return undefined;
  }
  const profile = values.profile ?? ServerProfile.Halo;
  if (profile !== ServerProfile.Halo && profile !== ServerProfile.Fhir) {
    throw new MockServerUsageError(`--profile takes halo or fhir, got "${profile}"`);
  }
  const seed = integer('seed', values.seed);
  const size = integer('size', values.size);
  const siteOptions = (guid: string): MockSiteOptions => ({
    guid,
    ...(seed === undefined ? {} : { seed }),
    ...(size === undefined ? {} : { size }),
  });
  const port = integer('port', values.port);
  const pageSize = integer('page-size', values['page-size']);
  const subscriptionKey = env.FHIR_MOCK_SUBSCRIPTION_KEY;
  const server = await createMockFhirServer({
    profile,
    quirks: quirkOverrides(values.quirk ?? []),
    strict: !values.lenient,
    controlApi: !values['no-control'],
    sites: (values.site?.length ? values.site : [defaultSiteGuid]).map(siteOptions),
    ...(port === undefined ? {} : { port }),
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(subscriptionKey ? { subscriptionKey } : {}),
  });
  print(
    JSON.stringify({
      url: server.url,
      baseUrl: server.baseUrl(),
      sites: server.siteGuids,
      quirks: server.quirks,
    }),
  );
  return server;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    options: {
      port: { type: 'string' },
      profile: { type: 'string' },
      site: { type: 'string', multiple: true },
      seed: { type: 'string' },
      size: { type: 'string' },
      'page-size': { type: 'string' },
      quirk: { type: 'string', multiple: true },
      lenient: { type: 'boolean' },
      'no-control': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}
