import { describe, expect, it } from 'vitest';
import { startMockServerFromArgs } from './cli.js';
import { corsAllowedHeaders, corsExposedHeaders, MockCorsOptionError } from './cors.js';
import { createMockFhirServer } from './create-mock-fhir-server.js';

const page = 'http://127.0.0.1:5173';
const otherPage = 'http://127.0.0.1:5174';

/** What a browser sends before a GET that carries the subscription key. */
function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'accept, ocp-apim-subscription-key',
    },
  });
}

function listed(value: string | null): string[] {
  return (value ?? '').split(',').map((part) => part.trim().toLowerCase());
}

function corsHeadersOf(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('mock server CORS (real HTTP)', () => {
  it('is off by default: no CORS header on a preflight or a response, whatever the Origin', async () => {
    await using server = await createMockFhirServer({ sites: [{ guid: 'site-a', size: 40 }] });
    const options = await preflight(`${server.baseUrl()}/Patient`, page);
    expect(corsHeadersOf(options)).toEqual([]);
    const read = await fetch(`${server.baseUrl()}/Patient?_count=1`, {
      headers: { Origin: page, 'Ocp-Apim-Subscription-Key': server.subscriptionKey },
    });
    expect(read.status).toBe(200);
    expect(corsHeadersOf(read)).toEqual([]);
  });

  it('answers an allowed origin preflight with the methods, the key and Authorization headers, and a max age', async () => {
    await using server = await createMockFhirServer({ cors: [page], sites: [{ guid: 'site-a', size: 40 }] });
    const options = await preflight(`${server.baseUrl()}/Appointment`, page);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(page);
    expect(listed(options.headers.get('access-control-allow-methods'))).toEqual(
      expect.arrayContaining(['get', 'post', 'put', 'options']),
    );
    expect(listed(options.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining([
        'ocp-apim-subscription-key',
        'authorization',
        'accept',
        'content-type',
        'if-match',
      ]),
    );
    expect(Number(options.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(listed(options.headers.get('vary'))).toContain('origin');
    // The preflight never reaches the FHIR handler: it is not a request to log or to bill.
    expect(server.requests).toHaveLength(0);
  });

  it('adds Allow-Origin, Expose-Headers and Vary: Origin to answers for an allowed origin, errors included', async () => {
    await using server = await createMockFhirServer({ cors: [page], sites: [{ guid: 'site-a', size: 40 }] });
    const ok = await fetch(`${server.baseUrl()}/Patient?_count=1`, {
      headers: { Origin: page, 'Ocp-Apim-Subscription-Key': server.subscriptionKey },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(page);
    expect(listed(ok.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['etag', 'last-modified', 'location', 'content-location', 'retry-after']),
    );
    expect(listed(ok.headers.get('vary'))).toContain('origin');
    // A refusal must reach the page as a status, not look like a CORS block.
    const noKey = await fetch(`${server.baseUrl()}/Patient`, { headers: { Origin: page } });
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('access-control-allow-origin')).toBe(page);
    server.faults.rateLimit({ retryAfterSeconds: 7 });
    const limited = await fetch(`${server.baseUrl()}/Patient`, {
      headers: { Origin: page, 'Ocp-Apim-Subscription-Key': server.subscriptionKey },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('access-control-allow-origin')).toBe(page);
  });

  it('gives a disallowed origin no CORS header: its preflight is refused and its answers carry only Vary', async () => {
    await using server = await createMockFhirServer({ cors: [page], sites: [{ guid: 'site-a', size: 40 }] });
    const options = await preflight(`${server.baseUrl()}/Patient`, otherPage);
    expect(options.status).toBe(403);
    expect(corsHeadersOf(options)).toEqual([]);
    expect(await options.text()).toContain(`Origin ${otherPage} is not allowed`);
    const read = await fetch(`${server.baseUrl()}/Patient?_count=1`, {
      headers: { Origin: otherPage, 'Ocp-Apim-Subscription-Key': server.subscriptionKey },
    });
    expect(read.status).toBe(200);
    expect(corsHeadersOf(read)).toEqual([]);
    expect(listed(read.headers.get('vary'))).toContain('origin');
  });

  it('allows every origin with cors: true, echoing the Origin (never *), and sends nothing without an Origin', async () => {
    await using server = await createMockFhirServer({ cors: true, sites: [{ guid: 'site-a', size: 40 }] });
    for (const origin of [page, otherPage, 'https://app.example.test']) {
      const options = await preflight(`${server.baseUrl()}/Patient`, origin);
      expect(options.status).toBe(204);
      expect(options.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const sameOrigin = await fetch(`${server.baseUrl()}/metadata`);
    expect(corsHeadersOf(sameOrigin)).toEqual([]);
    // Without the preflight headers an OPTIONS is not a preflight: the FHIR routes answer it.
    const plainOptions = await fetch(`${server.baseUrl()}/Patient`, {
      method: 'OPTIONS',
      headers: { Origin: page },
    });
    expect(plainOptions.status).not.toBe(204);
  });

  it('lists the headers the client sends and reads, in one place', () => {
    expect(corsAllowedHeaders.map((name) => name.toLowerCase())).toContain('ocp-apim-subscription-key');
    expect(corsExposedHeaders).toEqual(
      expect.arrayContaining(['ETag', 'Last-Modified', 'Location', 'Retry-After']),
    );
  });

  it('refuses an entry that is not an origin, saying what to write', async () => {
    await expect(createMockFhirServer({ cors: ['http://127.0.0.1:5173/app'] })).rejects.toThrow(
      MockCorsOptionError,
    );
    await expect(createMockFhirServer({ cors: ['127.0.0.1:5173'] })).rejects.toThrow(
      /cors: "127\.0\.0\.1:5173" is not an origin\. Give each allowed origin as scheme:\/\/host\[:port\]/,
    );
    // A trailing slash and upper-case host are the same origin.
    await using server = await createMockFhirServer({
      cors: ['HTTP://127.0.0.1:5173/'],
      sites: [{ guid: 'site-a', size: 40 }],
    });
    expect((await preflight(`${server.baseUrl()}/Patient`, page)).status).toBe(204);
  });

  it('takes --cors from the bin: repeatable origins, * for every origin, a usage error for anything else', async () => {
    const server = await startMockServerFromArgs(['--cors', page, '--size', '40'], {}, () => {});
    try {
      expect((await preflight(`${server?.baseUrl()}/Patient`, page)).status).toBe(204);
      expect((await preflight(`${server?.baseUrl()}/Patient`, otherPage)).status).toBe(403);
    } finally {
      await server?.close();
    }
    const everyOrigin = await startMockServerFromArgs(['--cors', '*', '--size', '40'], {}, () => {});
    try {
      expect((await preflight(`${everyOrigin?.baseUrl()}/Patient`, otherPage)).status).toBe(204);
    } finally {
      await everyOrigin?.close();
    }
    await expect(startMockServerFromArgs(['--cors', 'localhost'], {}, () => {})).rejects.toThrow(
      /^--cors: "localhost" is not an origin/,
    );
  });
});
