/**
 * Recognises the database error a Halo practice returns when a query asks for the appointment book
 * of a GP who is away today: `Practitioner <id> is away today: no appointment book for <YYYY-MM-DD>`.
 * Halo documents the behaviour but not the exact text, so this is the one place that defines it.
 * Named groups: `practitioner` (the id as written) and `date` (when present).
 *
 * Not global, so `test`/`exec` carry no state between calls and the resilience policy can reuse it.
 */
export const PRACTITIONER_AWAY_PATTERN =
  /\bPractitioner\s+(?<practitioner>[^\s:]+)\s+is\s+away\s+today\b(?::\s*no appointment book for\s+(?<date>\d{4}-\d{2}-\d{2}))?/i;

/** The practitioner named by an "away today" message, or undefined when `message` is not one. */
export function practitionerAwayFrom(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return PRACTITIONER_AWAY_PATTERN.exec(message)?.groups?.practitioner;
}
