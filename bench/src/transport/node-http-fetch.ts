import { Agent, request } from 'node:http';

/**
 * A real `Response` (headers, status, `clone()`, `body` all standard) whose `text()`, `json()` and
 * `arrayBuffer()` decode the already-received buffer directly instead of pumping it through a
 * ReadableStream: that stream is most of what undici's `fetch` costs on a loopback JSON page.
 */
class BufferedResponse extends Response {
  readonly #payload: Buffer | null;
  #consumed = false;

  constructor(payload: Buffer | null, init: ResponseInit) {
    super(payload as Uint8Array<ArrayBuffer> | null, init);
    this.#payload = payload;
  }

  #take(): Buffer {
    if (this.#consumed || this.bodyUsed) throw new TypeError('Body has already been consumed.');
    this.#consumed = true;
    return this.#payload ?? Buffer.alloc(0);
  }

  override get bodyUsed(): boolean {
    return this.#consumed || super.bodyUsed;
  }

  override text(): Promise<string> {
    try {
      return Promise.resolve(this.#take().toString('utf8'));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    try {
      const payload = this.#take();
      return Promise.resolve(
        payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.byteLength) as ArrayBuffer,
      );
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

/**
 * A `fetch`-compatible function over node:http with a keep-alive agent: enough of `fetch` (GET/POST with
 * string bodies and headers, over http:) for the FHIR clients under test. On Node 20 the global `fetch`
 * pages loopback JSON at about 0.7-0.9x the speed of node:http, so this shows how much of a client's
 * paging time is transport; it is what the issue means by "a faster fetch passed to ky".
 */
export function createNodeHttpFetch(): typeof fetch {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const nodeHttpFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : undefined;
    const url = new URL(req ? req.url : input.toString());
    const method = init?.method ?? req?.method ?? 'GET';
    const headers = new Headers(init?.headers ?? req?.headers);
    const body =
      typeof init?.body === 'string'
        ? init.body
        : init?.body instanceof URLSearchParams
          ? init.body.toString()
          : undefined;
    if (init?.body != null && body === undefined) {
      return Promise.reject(new TypeError('node-http-fetch supports only string or URLSearchParams bodies'));
    }
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(
        url,
        { method, agent, headers: Object.fromEntries(headers), signal: init?.signal ?? req?.signal },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              if (value !== undefined)
                responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = incoming.statusCode ?? 500;
            const payload =
              status === 204 || status === 304 || method === 'HEAD' ? null : Buffer.concat(chunks);
            const response = new BufferedResponse(payload, {
              status,
              statusText: incoming.statusMessage ?? '',
              headers: responseHeaders,
            });
            Object.defineProperty(response, 'url', { value: url.toString() });
            resolve(response);
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
  return nodeHttpFetch as typeof fetch;
}

/** GET `url` over node:http and return the body as text: the transport of the bare node:http loop. */
export function createNodeHttpGetText(): (url: string) => Promise<string> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  return (url) =>
    new Promise<string>((resolve, reject) => {
      const outgoing = request(url, { agent, headers: { accept: 'application/fhir+json' } }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          if ((incoming.statusCode ?? 500) >= 400)
            reject(new Error(`GET ${url}: HTTP ${incoming.statusCode}`));
          else resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
}
