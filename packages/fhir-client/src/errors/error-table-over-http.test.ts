import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allErrorFixtures } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorResponse } from './parse-error-response.js';

// The fixtures are meant to be served as they are: this serves each over real HTTP (127.0.0.1,
// port 0) and parses what fetch receives, so header names, empty bodies and raw bytes survive the trip.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const index = Number(request.url?.slice(1));
    const fixture = allErrorFixtures[index]?.fixture;
    if (!fixture) {
      response.writeHead(500).end('no such fixture');
      return;
    }
    response.writeHead(fixture.status, fixture.headers).end(fixture.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describe('every error fixture, served over HTTP and read by fetch', () => {
  it('is classified as its expectation says', async () => {
    const outcomes = await Promise.all(
      allErrorFixtures.map(async (c, index) => {
        const url = `${base}/${index}`;
        const response = await fetch(url);
        const error = parseErrorResponse(
          { status: response.status, headers: response.headers, bodyText: await response.text() },
          { method: 'GET', url, attempt: 1, ...(c.now === undefined ? {} : { now: c.now }) },
        );
        return { name: c.name, got: [error.category, error.scope, error.retryable, error.retryAfterMs] };
      }),
    );
    const expected = allErrorFixtures.map((c) => ({
      name: c.name,
      got: [c.expect.category, c.expect.scope, c.expect.retryable, c.expect.retryAfterMs],
    }));
    expect(outcomes).toEqual(expected);
  });
});
