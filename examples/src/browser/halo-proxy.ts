/**
 * A server-side proxy for browser apps: the page calls the proxy, and the proxy calls Halo with the
 * subscription key, which therefore never reaches a browser. A sketch to adapt (add your own user
 * authentication in front of it: anyone who can reach the proxy can spend your queries).
 *
 * - Forwards only FHIR requests of the sites it is given: `{proxy}/integrator/sites/{siteId}/fhir/R4/…`
 *   goes to `{upstream}` at the same path and query; everything else is a 404 and reaches nobody.
 * - Sets `Ocp-Apim-Subscription-Key` itself, and forwards no credential or cookie from the browser.
 * - Answers CORS for the page origins it is given (Halo does not), exposing the headers the client reads.
 * - Leaves Bundle links pointing at Halo: the client rebases a link to another origin whose path
 *   lies under its base onto the proxy (the same-origin rule), so paging stays on the proxy.
 *
 * Run against Halo: `HALO_SUBSCRIPTION_KEY=… tsx src/browser/halo-proxy.ts <siteId> <pageOrigin>`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runIfMain } from '../support/run-if-main.js';

/** Options of {@link startHaloProxy}. */
export interface HaloProxyOptions {
  /** Halo's API origin, or the testkit mock's. @default 'https://api.haloconnect.io' */
  readonly upstream?: string;
  /** The Halo subscription key, added to every forwarded request. */
  readonly subscriptionKey: string;
  /** Site GUIDs the proxy forwards to; any other site is a 404. */
  readonly siteIds: readonly string[];
  /** Page origins allowed to call the proxy from a browser (CORS). @default [] (same origin only) */
  readonly allowedOrigins?: readonly string[];
  /** Port on 127.0.0.1. @default 0 (any free port) */
  readonly port?: number;
}

/** A running proxy. */
export interface HaloProxy {
  /** `http://127.0.0.1:{port}`. */
  readonly url: string;
  /** The FHIR base a browser client uses for one site: `{url}/integrator/sites/{siteId}/fhir/R4`. */
  baseUrl(siteId: string): string;
  close(): Promise<void>;
}

const keyHeader = 'Ocp-Apim-Subscription-Key';
/** Request headers passed on to Halo; nothing else (no cookies, no Authorization, no key from the page). */
const forwardedRequestHeaders = [
  'accept',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'prefer',
];
/** Response headers passed back to the page. */
const forwardedResponseHeaders = [
  'content-type',
  'etag',
  'last-modified',
  'location',
  'content-location',
  'retry-after',
];
const sitePath = /^\/integrator\/sites\/([^/]+)\/fhir\/R4(\/|$)/i;

/** Starts the proxy on 127.0.0.1. */
export async function startHaloProxy(options: HaloProxyOptions): Promise<HaloProxy> {
  const upstream = new URL(options.upstream ?? 'https://api.haloconnect.io').origin;
  const sites = new Set(options.siteIds.map((id) => id.toLowerCase()));
  const origins = new Set(options.allowedOrigins ?? []);

  const server = createServer((request, response) => {
    const origin = request.headers.origin;
    const cors: Record<string, string> =
      origin !== undefined && origins.has(origin)
        ? {
            'access-control-allow-origin': origin,
            'access-control-expose-headers': forwardedResponseHeaders.join(', '),
            vary: 'Origin',
          }
        : { vary: 'Origin' };
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      const allowed = 'access-control-allow-origin' in cors;
      response.writeHead(allowed ? 204 : 403, {
        ...cors,
        ...(allowed
          ? {
              'access-control-allow-methods': 'GET, POST, PUT',
              'access-control-allow-headers': forwardedRequestHeaders.join(', '),
              'access-control-max-age': '600',
            }
          : {}),
      });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', upstream);
    const site = sitePath.exec(url.pathname)?.[1]?.toLowerCase();
    if (site === undefined || !sites.has(site)) {
      response
        .writeHead(404, { ...cors, 'content-type': 'text/plain' })
        .end('Not a FHIR path of a site this proxy serves.');
      return;
    }
    forward(request, url, cors, response).catch(() => {
      if (!response.headersSent) response.writeHead(502, { ...cors, 'content-type': 'text/plain' });
      response.end('The proxy could not reach Halo.');
    });
  });

  async function forward(
    request: IncomingMessage,
    url: URL,
    cors: Record<string, string>,
    response: ServerResponse,
  ) {
    const headers = new Headers();
    for (const name of forwardedRequestHeaders) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    headers.set(keyHeader, options.subscriptionKey);
    const method = request.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstreamResponse = await fetch(url, {
      method,
      headers,
      redirect: 'manual',
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    });
    const body = Buffer.from(await upstreamResponse.arrayBuffer());
    const out: Record<string, string> = { ...cors };
    for (const name of forwardedResponseHeaders) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null) out[name] = value;
    }
    response.writeHead(upstreamResponse.status, out).end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: (siteId) => `${url}/integrator/sites/${siteId}/fhir/R4`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

await runIfMain(import.meta.url, async () => {
  const [siteId, pageOrigin] = process.argv.slice(2);
  const subscriptionKey = process.env.HALO_SUBSCRIPTION_KEY;
  if (siteId === undefined || subscriptionKey === undefined) {
    console.error('Usage: HALO_SUBSCRIPTION_KEY=… tsx src/browser/halo-proxy.ts <siteId> [pageOrigin]');
    return 2;
  }
  const proxy = await startHaloProxy({
    subscriptionKey,
    siteIds: [siteId],
    allowedOrigins: pageOrigin === undefined ? [] : [pageOrigin],
    port: 8787,
  });
  console.log(`Halo proxy for site ${siteId}: point the browser client at ${proxy.baseUrl(siteId)}`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await proxy.close();
  return 0;
});
