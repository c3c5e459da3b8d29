import { InvalidArgumentError } from '../invalid-argument-error.js';
import type { EventHub } from '../events.js';
import type { SearchParts } from '../search-input.js';
import type { ResolvedClientConfig } from '../resolve-options.js';
import type { Transport } from '../transport.js';

/** What every operation needs: the resolved options, the transport and the event hub. */
export interface OperationContext {
  readonly config: ResolvedClientConfig;
  readonly transport: Transport;
  readonly events: EventHub;
  /** Checks a search before its first request (the site's CapabilityStatement, when asked for). */
  readonly checkSearch?: (parts: SearchParts, signal: AbortSignal | undefined) => Promise<void>;
}

/** Per-call options shared by every operation. */
export interface RequestOptions {
  /** Cancels the call, including retries and waits for a pause. */
  readonly signal?: AbortSignal;
  /** The practitioner the request is about (`Practitioner/123` or `123`), for per-GP pauses. */
  readonly practitioner?: string;
  /** When the site or practitioner is paused: wait (true) or fail at once with `PausedError`. @default the policy's */
  readonly waitIfPaused?: boolean;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Per-attempt timeout in ms for this call: one deadline over the headers and the whole body.
   * @default the client's `timeoutMs` (45000)
   */
  readonly timeoutMs?: number;
}

/** The per-call fields of a transport request, from {@link RequestOptions}. */
export function requestFields(options: RequestOptions | undefined): {
  signal?: AbortSignal;
  practitioner?: string;
  waitIfPaused?: boolean;
  headers?: Readonly<Record<string, string>>;
  timeoutMs?: number;
} {
  const timeoutMs = options?.timeoutMs;
  if (
    timeoutMs !== undefined &&
    !(typeof timeoutMs === 'number' && timeoutMs > 0 && Number.isFinite(timeoutMs))
  ) {
    throw new InvalidArgumentError(
      'timeoutMs',
      `${String(timeoutMs)} is not a positive number of milliseconds.`,
    );
  }
  return {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(options?.signal === undefined ? {} : { signal: options.signal }),
    ...(options?.practitioner === undefined ? {} : { practitioner: options.practitioner }),
    ...(options?.waitIfPaused === undefined ? {} : { waitIfPaused: options.waitIfPaused }),
    ...(options?.headers === undefined ? {} : { headers: options.headers }),
  };
}

/** `{base}{path}`, the base always ending in `/`. */
export function urlOf(context: OperationContext, path: string): URL {
  return new URL(path, context.config.base);
}
