/** How an HTTP exchange failed, before the typed error that says so is built. */
export type ExchangeFailureKind =
  /** The attempt's deadline passed: a `TimeoutError`. */
  | 'timeout'
  /** The request failed before any response: a `NetworkError`, or in a browser page a `NetworkBlockedError`. */
  | 'connection'
  /** The connection failed while the body was read: a `NetworkError`. */
  | 'network'
  /** The body crossed `maxResponseBytes`: a `ResponseTooLargeError`. */
  | 'too-large';

/**
 * A failed exchange as the exchange first sees it (also the abort reason of its deadline): only
 * the facts. The typed error is built from it by `request-errors.ts`, which (with the error
 * catalogue behind it) a browser bundle loads on the first failure. Never leaves the client.
 */
export class ExchangeFailure {
  constructor(
    readonly kind: ExchangeFailureKind,
    /** What the connection failed with (`connection`, `network`). */
    readonly cause?: unknown,
    /** The response's status (`too-large`). */
    readonly status?: number,
  ) {}
}
