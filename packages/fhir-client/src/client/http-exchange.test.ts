import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNetworkError } from '../errors/network-error.js';
import { isResponseTooLargeError } from '../errors/response-too-large-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { systemClock } from '../resilience/clock.js';
import { type HostileServer, startHostileServer } from '../reliability/test-support/hostile-server.js';
import { createHttpClient, exchange, type HttpExchangeRequest } from './http-exchange.js';

// The one HTTP exchange every route of the client (and the SQL module) goes through.

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(handle: Parameters<typeof startHostileServer>[0]): Promise<HostileServer> {
  const started = await startHostileServer(handle);
  servers.push(started);
  return started;
}

function request(url: string, overrides: Partial<HttpExchangeRequest> = {}): HttpExchangeRequest {
  return {
    method: 'GET',
    url: new URL(url),
    timeoutMs: 1_000,
    clock: createManualClock(0),
    maxResponseBytes: 1024,
    secrets: [],
    attempt: 1,
    ...overrides,
  };
}

describe('exchange', () => {
  it('returns any status with its body, and never follows a redirect', async () => {
    const elsewhere = await server((_request, response) => response.end('followed'));
    const redirecting = await server((_request, response) => {
      response.writeHead(302, { location: `${elsewhere.origin}/x` });
      response.end('moved');
    });

    const { response, bodyText } = await exchange(createHttpClient(), request(`${redirecting.origin}/a`));

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${elsewhere.origin}/x`);
    expect(bodyText).toBe('moved');
    expect(elsewhere.requests).toEqual([]);
  });

  it('sends the method, headers and body it is given', async () => {
    let seen = '';
    const echo = await server((incoming, response) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      incoming.on('end', () => {
        seen = `${incoming.method} ${incoming.headers['x-test']} ${body}`;
        response.end();
      });
    });

    const { bodyText } = await exchange(
      createHttpClient({ headers: { 'x-test': 'every' } }),
      request(`${echo.origin}/`, { method: 'POST', body: 'a=1' }),
    );

    expect(bodyText).toBe('');
    expect(seen).toBe('POST every a=1');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const euro = Buffer.from('€uro ✓', 'utf8');
    const splitting = await server((_request, response) => {
      response.write(euro.subarray(0, 1));
      response.write(euro.subarray(1, 4));
      response.end(euro.subarray(4));
    });

    const { bodyText } = await exchange(createHttpClient(), request(`${splitting.origin}/`));

    expect(bodyText).toBe('€uro ✓');
  });

  it('decodes a body read in many chunks as one text: a split character whole, a leading BOM dropped', async () => {
    const text = '{"name":"Zoë €uro ✓ 𝄞"}';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const oneByteAtATime = await server((_request, response) => {
      let index = 0;
      const next = (): void => {
        if (index === bytes.length) {
          response.end();
          return;
        }
        response.write(bytes.subarray(index, ++index), () => setImmediate(next));
      };
      next();
    });

    const { bodyText } = await exchange(createHttpClient(), request(`${oneByteAtATime.origin}/`));

    expect(bodyText).toBe(text);
    expect(bodyText).toBe(new TextDecoder().decode(bytes));
  });

  it('on the system clock, arms one timer for the deadline and clears it when the exchange ends', async () => {
    const ok = await server((_request, response) => response.end('{}'));
    const timeoutMs = 123_457;
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    try {
      const { bodyText } = await exchange(
        createHttpClient(),
        request(`${ok.origin}/`, { clock: systemClock, timeoutMs }),
      );

      expect(bodyText).toBe('{}');
      const deadlines = setTimer.mock.calls.flatMap((call, index) =>
        call[1] === timeoutMs ? [setTimer.mock.results[index]?.value] : [],
      );
      expect(deadlines).toHaveLength(1);
      expect(clearTimer).toHaveBeenCalledWith(deadlines[0]);
    } finally {
      setTimer.mockRestore();
      clearTimer.mockRestore();
    }
  });

  it('times out on its clock when the headers never come', async () => {
    const silent = await server(() => undefined);
    const clock = createManualClock(0);

    const outcome = exchange(
      createHttpClient(),
      request(`${silent.origin}/`, { clock, timeoutMs: 500 }),
    ).catch((caught: unknown) => caught);
    await clock.whenSleeping();
    clock.advance(500);

    expect(isTimeoutError(await outcome)).toBe(true);
    await silent.connectionClosed();
  });

  it('fails with a NetworkError when the connection is reset mid-body', async () => {
    const resetting = await server((_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"resourceType":');
      setImmediate(() => response.socket?.destroy());
    });

    const error = await exchange(createHttpClient(), request(`${resetting.origin}/`)).catch(
      (caught: unknown) => caught,
    );

    expect(isNetworkError(error), String(error)).toBe(true);
  });

  it('reads a body of exactly maxResponseBytes and refuses one byte more', async () => {
    const sized = await server((incoming, response) =>
      response.end('x'.repeat(Number(incoming.url?.slice(1)))),
    );
    const http = createHttpClient();

    expect((await exchange(http, request(`${sized.origin}/1024`))).bodyText).toHaveLength(1024);
    const error = await exchange(http, request(`${sized.origin}/1025`)).catch((caught: unknown) => caught);
    expect(isResponseTooLargeError(error)).toBe(true);
  });

  it('rejects at once with the reason of a signal already aborted', async () => {
    const ok = await server((_request, response) => response.end('{}'));
    const reason = new Error('already gone');

    await expect(
      exchange(createHttpClient(), request(`${ok.origin}/`, { signal: AbortSignal.abort(reason) })),
    ).rejects.toBe(reason);
  });
});
