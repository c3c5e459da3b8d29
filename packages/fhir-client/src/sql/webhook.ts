import { SqlExecutionMode } from './command.js';
import { HaloWebhookError, HaloWebhookRejection } from './errors/halo-webhook-error.js';
import { decodeBase64 } from './decode-result.js';
import { isObject } from './query-state.js';
import { SAVED_SQL_QUERY_KIND, type SavedSqlQuery } from './saved-query.js';

/** The header holding the signature: HMAC-SHA256 of `body + "." + timestamp`. */
export const HALO_SIGNATURE_HEADER = 'X-Halo-Signature-256';
/** The header holding the time the signature was made (checked against the replay window). */
export const HALO_TIMESTAMP_HEADER = 'X-Halo-Timestamp';

/** Default replay window: a webhook more than 5 minutes older or newer than `now` is refused. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 5 * 60_000;

/** What Halo posts when an async or registered query has finished. It never carries the result. */
export interface HaloWebhookPayload {
  /** The webhook delivery's id. */
  readonly id: string;
  /** ISO time Halo sent it. */
  readonly occurredAt: string;
  /** The practice's Halo GUID. */
  readonly siteId: string;
  /** The async or registered query that finished. */
  readonly queryId: string;
  /** Which kind of query it is about. */
  readonly webhookSource: 'async' | 'registered';
}

/** Input of {@link verifyHaloWebhook}. */
export interface VerifyHaloWebhookOptions {
  /** The request body exactly as received (bytes or text): not re-serialised JSON. */
  readonly body: string | Uint8Array;
  /** The request headers (a `Headers`, or Node's `req.headers`). */
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The webhook secret Halo support configured. */
  readonly secret: string | Uint8Array;
  /** The current time, epoch ms. @default Date.now() */
  readonly now?: number;
  /** How far the timestamp may be from `now`, either way. @default 300000 (5 minutes) */
  readonly toleranceMs?: number;
}

/**
 * Verifies a Halo webhook and returns its payload: `X-Halo-Signature-256` must be HMAC-SHA256 of
 * `body + "." + X-Halo-Timestamp` under `secret`, and the timestamp within `toleranceMs` of `now`.
 * The signature is accepted as hex (any case) or base64, with or without a `sha256=` prefix
 * (Halo documents neither form). The timestamp is accepted as Unix seconds, Unix ms or ISO 8601.
 * Uses WebCrypto and a constant-time comparison, so it runs in browsers, Deno and workers too.
 * @throws HaloWebhookError saying why (answer 401 and do nothing else).
 */
export async function verifyHaloWebhook(options: VerifyHaloWebhookOptions): Promise<HaloWebhookPayload> {
  const signature = header(options.headers, HALO_SIGNATURE_HEADER);
  if (signature === undefined)
    throw new HaloWebhookError(HaloWebhookRejection.MissingSignature, `no ${HALO_SIGNATURE_HEADER} header.`);
  const timestamp = header(options.headers, HALO_TIMESTAMP_HEADER);
  if (timestamp === undefined)
    throw new HaloWebhookError(HaloWebhookRejection.MissingTimestamp, `no ${HALO_TIMESTAMP_HEADER} header.`);
  const sentAt = timestampMs(timestamp);
  if (sentAt === undefined) {
    throw new HaloWebhookError(
      HaloWebhookRejection.InvalidTimestamp,
      `${HALO_TIMESTAMP_HEADER} is not Unix seconds, Unix ms or an ISO date.`,
    );
  }
  const now = options.now ?? Date.now();
  const tolerance = options.toleranceMs ?? DEFAULT_WEBHOOK_TOLERANCE_MS;
  if (Math.abs(now - sentAt) > tolerance) {
    throw new HaloWebhookError(
      HaloWebhookRejection.Stale,
      `it was signed at ${new Date(sentAt).toISOString()}, more than ${tolerance} ms from now (a replay, or a wrong clock).`,
    );
  }
  const encoder = new TextEncoder();
  const body = typeof options.body === 'string' ? encoder.encode(options.body) : options.body;
  const signed = concat(body, encoder.encode(`.${timestamp}`));
  const expected = await hmacSha256(
    typeof options.secret === 'string' ? encoder.encode(options.secret) : options.secret,
    signed,
  );
  const given = signatureBytes(signature);
  if (given === undefined || !constantTimeEqual(given, expected)) {
    throw new HaloWebhookError(
      HaloWebhookRejection.BadSignature,
      'the signature does not match the body and timestamp under this secret.',
    );
  }
  return payloadOf(new TextDecoder().decode(body));
}

/** What a verified webhook asks you to fetch. */
export type HaloWebhookTarget =
  | {
      /** An async query finished. */
      readonly source: 'async';
      /** The practice's Halo GUID. */
      readonly siteId: string;
      /** A handle for `sql.resume(saved)`, nothing read yet. */
      readonly saved: SavedSqlQuery;
    }
  | {
      /** A registered query ran. */
      readonly source: 'registered';
      /** The practice's Halo GUID. */
      readonly siteId: string;
      /** The id for `sql.registered.latest(id)`. */
      readonly registeredQueryId: string;
    };

/**
 * Turns a verified webhook into what to fetch: for an async query a saved handle for
 * `sql.resume(target.saved)` (nothing read yet); for a registered query its id for
 * `sql.registered.latest(id)`. Use the SQL client of `target.siteId`.
 */
export function handleFromWebhook(
  payload: HaloWebhookPayload,
  options: { readonly executionMode?: SqlExecutionMode } = {},
): HaloWebhookTarget {
  if (payload.webhookSource === 'registered') {
    return { source: 'registered', siteId: payload.siteId, registeredQueryId: payload.queryId };
  }
  return {
    source: 'async',
    siteId: payload.siteId,
    saved: {
      kind: SAVED_SQL_QUERY_KIND,
      version: 1,
      site: payload.siteId,
      queryId: payload.queryId,
      executionMode: options.executionMode ?? SqlExecutionMode.Reader,
      pagesRead: 0,
      rowsReadInPage: 0,
    },
  };
}

function payloadOf(text: string): HaloWebhookPayload {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HaloWebhookError(HaloWebhookRejection.InvalidPayload, 'the body is not JSON.');
  }
  if (!isObject(json))
    throw new HaloWebhookError(HaloWebhookRejection.InvalidPayload, 'the body is not a JSON object.');
  for (const field of ['id', 'occurredAt', 'siteId', 'queryId'] as const) {
    if (typeof json[field] !== 'string' || json[field] === '') {
      throw new HaloWebhookError(HaloWebhookRejection.InvalidPayload, `${field} is missing or not text.`);
    }
  }
  if (json.webhookSource !== 'async' && json.webhookSource !== 'registered') {
    throw new HaloWebhookError(
      HaloWebhookRejection.InvalidPayload,
      `webhookSource ${JSON.stringify(json.webhookSource)} is not 'async' or 'registered'.`,
    );
  }
  return json as unknown as HaloWebhookPayload;
}

function header(headers: VerifyHaloWebhookOptions['headers'], name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers)
    return headers.get(name)?.trim() || undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
  }
  return undefined;
}

function timestampMs(text: string): number | undefined {
  if (/^\d{1,16}$/.test(text)) {
    const number = Number(text);
    // Below 10^11 it cannot be ms (that is 1973): it is seconds.
    return number < 1e11 ? number * 1000 : number;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function signatureBytes(text: string): Uint8Array | undefined {
  const value = text.replace(/^sha256=/i, '');
  if (/^[0-9a-f]{64}$/i.test(value)) {
    const bytes = new Uint8Array(32);
    for (let index = 0; index < 32; index++)
      bytes[index] = Number.parseInt(value.slice(index * 2, index * 2 + 2), 16);
    return bytes;
  }
  return decodeBase64(value);
}

async function hmacSha256(secret: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error('verifyHaloWebhook needs WebCrypto (globalThis.crypto.subtle).');
  // Copies typed as ArrayBuffer-backed, as WebCrypto's types ask.
  const key = await subtle.importKey(
    'raw',
    new Uint8Array(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', key, new Uint8Array(data)));
}

/** Compares every byte whatever the first difference, so the time taken says nothing about where it is. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
