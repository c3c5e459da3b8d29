import type { MockFhirServer } from '../../create-mock-fhir-server.js';

/** A response read once: status, headers and the parsed JSON body (undefined when empty). */
export interface SqlHttpResponse {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of Halo's bodies.
  readonly body: any;
  readonly text: string;
}

async function read(response: Response): Promise<SqlHttpResponse> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** Sends a request to a site's SQL route over real HTTP with the server's key. */
export async function sqlRequest(
  server: MockFhirServer,
  method: string,
  path: string,
  body?: unknown,
  options: { readonly siteGuid?: string } = {},
): Promise<SqlHttpResponse> {
  const init: RequestInit = {
    method,
    headers: { 'ocp-apim-subscription-key': server.subscriptionKey, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
  return read(await fetch(`${server.siteUrl(options.siteGuid)}${path}`, init));
}

/** `POST queries/immediate` with `command`. */
export function immediate(
  server: MockFhirServer,
  command: unknown,
  extra: Record<string, unknown> = {},
  siteGuid?: string,
) {
  return sqlRequest(
    server,
    'POST',
    '/queries/immediate',
    { command, ...extra },
    siteGuid === undefined ? {} : { siteGuid },
  );
}

/** `POST queries/async` with `command`. */
export function submitAsync(
  server: MockFhirServer,
  command: unknown,
  extra: Record<string, unknown> = {},
  siteGuid?: string,
) {
  return sqlRequest(
    server,
    'POST',
    '/queries/async',
    { command, ...extra },
    siteGuid === undefined ? {} : { siteGuid },
  );
}

/** The decoded `data` of a result: base64 of UTF-8 JSON. */
export function decodeData(data: string): unknown {
  return JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
}
