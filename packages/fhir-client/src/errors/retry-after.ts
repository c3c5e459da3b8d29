/**
 * Parses an HTTP `Retry-After` value (RFC 9110 §10.2.3) into a delay in ms from `now`: either
 * delta-seconds (`120`) or an HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`). A date in the past means
 * 0. Undefined for anything else, so a garbled header falls back to backoff rather than a made-up wait.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) {
    const ms = Number(text) * 1000;
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  // Only something that starts like an HTTP-date (`Sun,` / `Sunday,` / asctime `Sun Nov`): Date.parse
  // alone accepts "1" or "2024".
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long the server asked to wait: the `Retry-After` header, else a body that says `Try again in
 * N seconds` (Azure API Management's rate-limit wording).
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
