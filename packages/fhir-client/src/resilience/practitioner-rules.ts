import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { PRACTITIONER_AWAY_PATTERN } from '../errors/practitioner-away.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import type { Failure } from './failure.js';

/** What a practitioner rule is given to decide when the pause ends. */
export interface PractitionerRuleContext {
  /** Epoch ms. */
  readonly now: number;
  /** IANA time zone of the practice (from `siteTimeZone`). */
  readonly timeZone: string;
  readonly site: string;
  readonly practitioner: string;
  readonly failure: Failure;
}

/**
 * Maps a failed request about one GP to a pause of that GP's queries. Rules are tried in order;
 * the first that matches pauses the practitioner (and the request is not retried).
 */
export interface PractitionerPauseRule {
  /** Shown in the pause reason and events. */
  readonly name: string;
  matches(failure: Failure): boolean;
  /** Epoch ms when the GP's queries may resume; undefined means until `reset()`. */
  resumesAt(context: PractitionerRuleContext): number | undefined;
}

/** Midnight starting the next calendar day in `timeZone`, as epoch ms. */
export function startOfNextDay(now: number, timeZone: string): number {
  return startOfDay(addDays(new TZDate(now, timeZone), 1)).getTime();
}

/** Options of {@link pausePractitionerUntilNextDay}. */
export interface PractitionerMatch {
  /** Rule name for reasons and events. */
  readonly name: string;
  /** Matches failures of these categories. */
  readonly categories?: readonly ErrorCategory[];
  /** Matches failures with this error code (Halo Link or database). */
  readonly codes?: readonly (string | number)[];
  /** Matches failures whose message matches. */
  readonly message?: RegExp;
}

function matcher(match: PractitionerMatch): (failure: Failure) => boolean {
  return (failure) =>
    (match.categories?.includes(failure.category) ?? false) ||
    (failure.code !== undefined && (match.codes?.some((c) => String(c) === String(failure.code)) ?? false)) ||
    (match.message?.test(failure.message) ?? false);
}

/** A rule that pauses the GP until midnight in the practice's time zone when `match` matches. */
export function pausePractitionerUntilNextDay(match: PractitionerMatch): PractitionerPauseRule {
  const matches = matcher(match);
  return {
    name: match.name,
    matches,
    resumesAt: ({ now, timeZone }) => startOfNextDay(now, timeZone),
  };
}

/** A rule that pauses the GP for a fixed time when `match` matches. */
export function pausePractitionerFor(
  match: PractitionerMatch & { readonly durationMs: number },
): PractitionerPauseRule {
  const matches = matcher(match);
  return { name: match.name, matches, resumesAt: ({ now }) => now + match.durationMs };
}

/**
 * The default rule, from Halo's guidance: "polling appointments for a GP who is away today
 * errors, so pause queries for that GP" until the next day in the practice's time zone. Matches
 * the error model's `practitioner-unavailable` category or its `PRACTITIONER_AWAY_PATTERN`.
 */
export const practitionerAwayRule: PractitionerPauseRule = pausePractitionerUntilNextDay({
  name: 'practitioner-away',
  categories: [ErrorCategory.PractitionerUnavailable],
  message: PRACTITIONER_AWAY_PATTERN,
});
