import { ExchangeFailure } from './exchange-failure.js';
import type { HttpExchangeRequest } from './http-exchange.js';

/** What {@link readBody} reads under: the attempt's stop (its deadline and the caller's signal). */
export interface BodyStop {
  /**
   * Settles as `promise` does, or rejects with the stop reason as soon as the stop fires. One race
   * at a time: the exchange awaits each (the response, then each read) before starting the next.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  /**
   * What to throw for a failure: the stop reason when the stop fired, else an {@link ExchangeFailure}
   * of kind `connection` (before any response) or `network` (the exchange makes it a typed error).
   */
  reasonFor(error: unknown, phase?: { beforeResponse: boolean }): unknown;
}

/** Decodes every response body: `decode` without `stream` keeps no state between calls. */
const utf8 = new TextDecoder();

/**
 * Reads the whole body under the attempt's stop and the size cap, cancelling the reader on either.
 * The chunks are kept as bytes and decoded once at the end (one `decode` of one buffer, as
 * `Response.text()` does), not chunk by chunk: the same text, without a string per chunk to join.
 */
export async function readBody(
  response: Response,
  request: HttpExchangeRequest,
  stop: BodyStop,
): Promise<string> {
  const body = response.body;
  if (body === null) return '';
  const { maxResponseBytes } = request;
  // The exchange makes it a ResponseTooLargeError.
  const tooLarge = () => new ExchangeFailure('too-large', undefined, response.status);
  // Without content coding the declared length is the decoded length: refuse before reading.
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (response.headers.get('content-encoding') === null && declared > maxResponseBytes) {
    cancelStream(body);
    throw tooLarge();
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await stop.race(reader.read());
      if (done) break;
      received += value.byteLength;
      if (received > maxResponseBytes) throw tooLarge();
      chunks.push(value);
    }
  } catch (error) {
    // Cancelling the reader closes the connection, whatever fetch does with its signal.
    reader.cancel().catch(() => undefined);
    if (error instanceof ExchangeFailure && error.kind === 'too-large') throw error;
    throw stop.reasonFor(error);
  }
  return decodeUtf8(chunks, received);
}

/** The UTF-8 text of `chunks` read in order (`byteLength` bytes in all), decoded in one call. */
function decodeUtf8(chunks: readonly Uint8Array[], byteLength: number): string {
  if (chunks.length === 0) return '';
  if (chunks.length === 1) return utf8.decode(chunks[0]);
  const whole = new Uint8Array(byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return utf8.decode(whole);
}

/** Cancels a body nobody will read (closing its connection), ignoring a stream already locked or closed. */
export function cancelStream(body: ReadableStream<Uint8Array>): void {
  body.cancel().catch(() => undefined);
}
