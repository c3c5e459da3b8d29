/**
 * Parses an HTTP `Retry-After` value (RFC 9110 §10.2.3) into a delay in ms from `now`: either a
 * number of seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`). A date in the past
 * means "now" (0). Returns undefined for anything else, so a garbled header falls back to backoff
 * rather than to a made-up wait.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  // Only accept something that looks like an HTTP date: Date.parse alone accepts "1" or "2024".
  if (!/^[A-Za-z]{3},? /.test(text) && !/^[A-Za-z]{3,9}day,? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Formats a delay as an HTTP-date `Retry-After` value, the inverse of {@link parseRetryAfter} to the second. */
export function formatRetryAfterDate(delayMs: number, now: number): string {
  return new Date(Math.ceil((now + delayMs) / 1000) * 1000).toUTCString();
}
