import type { KyInstance } from 'ky';
import { loadRequestErrors } from '#lazy-parts';
import { type Clock, systemClock } from '../resilience/clock.js';
import { ExchangeFailure } from './exchange-failure.js';
import { type BodyStop, cancelStream, readBody } from './read-body.js';

/** Settings of the `ky` instance {@link exchange} runs over. */
export interface HttpClientSettings {
  /** Headers of every request (e.g. `Accept`, a proxy's); never a credential meant for one origin. @default {} */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `fetch` implementation. @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch | undefined;
}

/** The `ky` instance {@link exchange} runs over, made on the first exchange (see {@link createHttpClient}). */
export interface HttpClient {
  /** The instance once made; undefined before the first exchange. */
  readonly instance: () => KyInstance | undefined;
  /** Makes the instance (once) and resolves with it. */
  readonly load: () => Promise<KyInstance>;
}

/**
 * Describes a `ky` instance as {@link exchange} needs it: ky never retries (the resilience policy
 * does), never throws for a status (the caller makes a typed error of it) and has no timeout of its
 * own (the exchange's deadline runs on the injected clock). ky is imported on the first exchange, not
 * with this module: importing ky runs its feature checks, which build a `Request` and so load Node's
 * fetch implementation (about a fifth of the CLI's start-up), and a CLI run that makes no client
 * (`fhir-client --help`, a usage error) should not pay for that. Loading starts when the client is made.
 */
export function createHttpClient(settings: HttpClientSettings = {}): HttpClient {
  let instance: KyInstance | undefined;
  let loading: Promise<KyInstance> | undefined;
  const load = (): Promise<KyInstance> => {
    loading ??= import('ky').then(({ default: ky }) => {
      instance = ky.create({
        headers: { ...settings.headers },
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
        ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
      });
      return instance;
    });
    return loading;
  };
  // Start loading now, so the first exchange usually finds the instance ready.
  load().catch(() => undefined);
  return { instance: () => instance, load };
}

/** One HTTP request, sent once: everything {@link exchange} needs. */
export interface HttpExchangeRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: URL;
  /** Headers of this request on top of the ky instance's (the caller adds any credential). @default {} */
  readonly headers?: Readonly<Record<string, string>>;
  /** The request body as text. @default undefined (none) */
  readonly body?: string | undefined;
  /** The caller's signal: aborting it rejects with its reason and closes the connection. @default undefined */
  readonly signal?: AbortSignal | undefined;
  /**
   * The one deadline of this attempt, in ms of `clock` time, covering connecting, the headers and
   * the whole body. Expiry rejects with `TimeoutError` and closes the connection.
   */
  readonly timeoutMs: number;
  /** Where the deadline's time comes from (a manual clock in tests). */
  readonly clock: Clock;
  /**
   * The most body bytes read, counted after decompression; one more rejects with
   * `ResponseTooLargeError` and closes the connection.
   */
  readonly maxResponseBytes: number;
  /** Values redacted from every error's URL and message (the subscription key). */
  readonly secrets: readonly string[];
  /** Which attempt this is (1 for the first), for the errors. */
  readonly attempt: number;
}

/** The status and headers of a response whose body has been read in full (its body is consumed). */
export type HttpExchangeResponse = Pick<Response, 'status' | 'statusText' | 'ok' | 'headers' | 'url'>;

/** What {@link exchange} returns: the response (any status, redirects included) and its body as text. */
export interface HttpExchangeResult {
  readonly response: HttpExchangeResponse;
  /** The whole body decoded as UTF-8; '' when there was none. */
  readonly bodyText: string;
}

/**
 * Performs one HTTP exchange over a `ky` instance made by {@link createHttpClient}, holding it to one deadline and one size cap, and
 * returns the response with its whole body as text. It never follows a redirect (`redirect:
 * 'manual'`, so a credential header cannot reach another origin): a 3xx is returned like any status.
 *
 * The client enforces the deadline and the caller's `signal` itself, on every read of the body
 * stream, rather than trusting `fetch` to honour its signal: ky hands `fetch` a clone of its
 * `Request`, and on Node 20 such a fetch stops following the original signal once a garbage
 * collection has run, so a server that trickles its body would otherwise hold the call forever.
 * When either fires, or the body crosses `maxResponseBytes`, the body reader is cancelled, which
 * closes the connection.
 *
 * @throws TimeoutError when `timeoutMs` passes before the body is complete (retryable).
 * @throws the caller's `signal.reason` when the caller aborts.
 * @throws ResponseTooLargeError when the body is larger than `maxResponseBytes` (not retryable).
 * @throws NetworkError when the connection fails, before or during the body (retryable).
 * @throws NetworkBlockedError when a browser page's cross-origin request fails with no response (CORS or network; not retryable).
 * @throws ModuleLoadError when one of these errors had to be built and the module that builds them
 * (in a browser bundle loaded on the first failure, see `lazy-parts.browser.ts`) could not be loaded.
 */
export async function exchange(
  client: HttpClient,
  request: HttpExchangeRequest,
): Promise<HttpExchangeResult> {
  const http = client.instance() ?? (await client.load());
  const stop = startAttemptDeadline(request);
  let failure: ExchangeFailure;
  try {
    const pending = http(request.url, {
      method: request.method,
      // No headers option when there are none: ky builds a Headers object from it on every request.
      ...(hasAny(request.headers) ? { headers: { ...request.headers } } : {}),
      signal: stop.signal,
      redirect: 'manual',
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    let response: Response;
    try {
      response = await stop.race(pending);
    } catch (error) {
      // A response that arrives after the deadline still holds a connection: close it.
      pending.then(cancelBody, () => undefined);
      throw stop.reasonFor(error, { beforeResponse: true });
    }
    const bodyText = await readBody(response, request, stop);
    return { response, bodyText };
  } catch (error) {
    // The caller's abort reason as it is; a failure of the exchange becomes its typed error below.
    if (!(error instanceof ExchangeFailure)) throw error;
    failure = error;
  } finally {
    stop.finish();
  }
  // Built only now, after the deadline is cancelled (a browser bundle loads its module on the first failure).
  throw (await loadRequestErrors()).exchangeError(failure, request);
}

/** The attempt's one stop signal, fired by the deadline or the caller, and a race against it. */
interface AttemptStop extends BodyStop {
  /** Aborted with an {@link ExchangeFailure} of kind `timeout`, or with the caller's reason. */
  readonly signal: AbortSignal;
  /** Cancels the deadline's timer and forgets the caller's signal. */
  finish(): void;
}

/** Why the deadline's sleep is cancelled: never thrown (a reason made once costs no stack per request). */
const exchangeFinished = Object.freeze(new Error('The exchange finished before its deadline.'));

/**
 * Calls `expire` after `ms` of `clock` time; returns what cancels it. On the system clock that is
 * one `setTimeout` and its `clearTimeout` (what `systemClock.sleep` does underneath, without the
 * promise, listener and AbortController a cancellable sleep costs on every request); any other
 * clock (a manual one in tests, the caller's own) is slept on and cancelled through a signal.
 */
function scheduleDeadline(clock: Clock, ms: number, expire: () => void): () => void {
  if (clock === systemClock) {
    const timer = setTimeout(expire, Math.max(0, ms));
    return () => clearTimeout(timer);
  }
  const cancel = new AbortController();
  clock.sleep(ms, cancel.signal).then(expire, () => {
    // Cancelled: the exchange finished first.
  });
  return () => cancel.abort(exchangeFinished);
}

function startAttemptDeadline(request: HttpExchangeRequest): AttemptStop {
  const { timeoutMs, clock } = request;
  const controller = new AbortController();
  const { signal } = controller;
  // The one race waiting now (races never overlap): firing the stop rejects it directly, so no
  // listener is added to and removed from the signal per read of the body.
  let rejectWaiting: ((reason: unknown) => void) | undefined;
  const fire = (reason: unknown): void => {
    if (signal.aborted) return;
    controller.abort(reason);
    rejectWaiting?.(signal.reason);
  };
  const caller = request.signal;
  const onCallerAbort = (): void => fire(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  const cancelDeadline = scheduleDeadline(clock, timeoutMs, () => fire(new ExchangeFailure('timeout')));
  return {
    signal,
    race: (promise) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        rejectWaiting = reject;
        const settled = (): void => {
          if (rejectWaiting === reject) rejectWaiting = undefined;
        };
        promise.then(
          (value) => {
            settled();
            resolve(value);
          },
          (error: unknown) => {
            settled();
            reject(error);
          },
        );
      }),
    reasonFor(error, phase) {
      if (signal.aborted) return signal.reason;
      return new ExchangeFailure(phase?.beforeResponse ? 'connection' : 'network', error);
    },
    finish() {
      caller?.removeEventListener('abort', onCallerAbort);
      cancelDeadline();
    },
  };
}

function hasAny(headers: Readonly<Record<string, string>> | undefined): boolean {
  for (const _ in headers) return true;
  return false;
}

function cancelBody(response: Response): void {
  if (response.body !== null) cancelStream(response.body);
}
