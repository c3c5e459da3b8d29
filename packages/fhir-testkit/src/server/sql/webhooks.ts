import { createHmac } from 'node:crypto';

/** What Halo posts when an async or registered query has finished (reference §1); never the result. */
export interface SqlWebhookPayload {
  /** The delivery's id. */
  readonly id: string;
  /** ISO time on the server clock. */
  readonly occurredAt: string;
  /** The practice's Halo GUID. */
  readonly siteId: string;
  /** The async or registered query that finished. */
  readonly queryId: string;
  /** Which kind of query it is about. */
  readonly webhookSource: 'async' | 'registered';
}

/** A webhook request ready to send: its exact body and headers, signed. */
export interface SignedSqlWebhook {
  /** The exact body text the signature covers. */
  readonly body: string;
  /** `content-type`, `x-halo-signature-256` and `x-halo-timestamp` (lower case). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as data. */
  readonly payload: SqlWebhookPayload;
}

/**
 * Signs a payload as Halo documents it: `X-Halo-Signature-256` is HMAC-SHA256 of
 * `body + "." + X-Halo-Timestamp` under the secret (hex, lower case), the timestamp in Unix seconds.
 */
export function signWebhook(
  payload: SqlWebhookPayload,
  options: { readonly secret: string; readonly now: number },
): SignedSqlWebhook {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(options.now / 1000));
  const signature = createHmac('sha256', options.secret).update(`${body}.${timestamp}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-halo-signature-256': signature,
      'x-halo-timestamp': timestamp,
    },
    payload,
  };
}
