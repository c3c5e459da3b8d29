import { FhirClientError } from '../../errors/fhir-client-error.js';

/** Why a webhook was rejected. */
export const HaloWebhookRejection = {
  /** No `X-Halo-Signature-256` header. */
  MissingSignature: 'missing-signature',
  /** No `X-Halo-Timestamp` header. */
  MissingTimestamp: 'missing-timestamp',
  /** A timestamp that is not Unix seconds, Unix ms or ISO 8601. */
  InvalidTimestamp: 'invalid-timestamp',
  /** The timestamp is outside the replay window (too old, or too far in the future). */
  Stale: 'stale',
  /** The signature does not match the body and timestamp under the secret. */
  BadSignature: 'bad-signature',
  /** Signed correctly, but the body is not a Halo webhook payload. */
  InvalidPayload: 'invalid-payload',
} as const;
export type HaloWebhookRejection = (typeof HaloWebhookRejection)[keyof typeof HaloWebhookRejection];

/** A webhook that must not be trusted: answer it with 401 and do nothing else. Never carries the secret. */
export class HaloWebhookError extends FhirClientError {
  /** Always `'HaloWebhookError'`. */
  override name = 'HaloWebhookError';
  /** Why the webhook was refused, from a closed vocabulary. */
  readonly reason: HaloWebhookRejection;

  constructor(reason: HaloWebhookRejection, problem: string) {
    super(`Rejected Halo webhook (${reason}): ${problem}`);
    this.reason = reason;
  }
}

/** True for a {@link HaloWebhookError} (checks `name` too, so it works across copies of the library). */
export function isHaloWebhookError(value: unknown): value is HaloWebhookError {
  return (
    value instanceof HaloWebhookError ||
    (value instanceof Error && value.name === 'HaloWebhookError' && 'reason' in value)
  );
}
