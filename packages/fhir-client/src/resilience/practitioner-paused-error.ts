import { TZDateMini } from '@date-fns/tz/date/mini';
import { lightFormat } from 'date-fns';
import { isFhirRequestError, requestErrorFields } from '../errors/fhir-request-error.js';
import { PractitionerUnavailableError } from '../errors/practitioner-unavailable-error.js';
import { ErrorCategory, ErrorScope } from '../errors/vocabulary.js';
import type { Pause } from './pauses.js';

/** `2026-12-05 00:00 Australia/Sydney (2026-12-04T13:00:00.000Z)`: the practice's wall clock, then UTC. */
export function formatPauseEnd(resumesAt: number, timeZone: string): string {
  // lightFormat and the mini TZDate, as in search/dates.ts: no locale tables in the browser bundle.
  const local = lightFormat(new TZDateMini(resumesAt, timeZone), 'yyyy-MM-dd HH:mm');
  return `${local} ${timeZone} (${new Date(resumesAt).toISOString()})`;
}

/** The action of a GP paused by a practitioner rule, saying exactly until when. */
export function practitionerPauseAction(pause: Pause, timeZone: string): string {
  const until =
    pause.resumesAt === undefined
      ? 'policy.resume({ scope: "practitioner", … }) is called'
      : formatPauseEnd(pause.resumesAt, timeZone);
  return (
    `Queries for this GP are paused until ${until} (rule ${pause.reason.rule ?? 'manual'}); ` +
    "do not retry before then. The practice's other GPs and its other queries are not paused."
  );
}

/**
 * The failure that paused a GP, reported as that pause: a {@link PractitionerUnavailableError}
 * carrying the original's fields, `pausedUntil` and an action naming the end time. The original is
 * its `cause`. A value that is not a request error is returned as it is.
 */
export function practitionerPausedError(
  error: unknown,
  paused: { readonly pause: Pause; readonly rule: string; readonly timeZone: string },
): unknown {
  if (!isFhirRequestError(error)) return error;
  const { pause, rule, timeZone } = paused;
  return new PractitionerUnavailableError({
    ...requestErrorFields(error),
    category: ErrorCategory.PractitionerUnavailable,
    scope: ErrorScope.Practitioner,
    retryable: false,
    practitioner: error.practitioner ?? pause.practitioner ?? '',
    action: practitionerPauseAction(pause, timeZone),
    pausedUntil: pause.resumesAt === undefined ? undefined : new Date(pause.resumesAt),
    pauseRule: rule,
    cause: error,
  });
}
