import { parseRetryAfter } from '../resilience/retry-after.js';

/**
 * Reads how long the server asked to wait: the `Retry-After` header (delta-seconds or HTTP-date),
 * else a body that says `Try again in N seconds` (Azure API Management's rate-limit wording).
 * Undefined when neither says, so a garbled value falls back to backoff rather than a made-up wait.
 */
export function retryAfterMsOf(
  header: string | undefined,
  detail: string | undefined,
  now: number,
): number | undefined {
  return parseRetryAfter(header, now) ?? secondsInText(detail);
}

function secondsInText(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /\btry again in (\d{1,6}) seconds?\b/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1000;
}
