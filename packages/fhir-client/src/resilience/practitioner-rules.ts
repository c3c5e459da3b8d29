import { TZDateMini } from '@date-fns/tz/date/mini';
import { addDays, startOfDay } from 'date-fns';
import { ErrorCategory, type ErrorSource } from '../errors/vocabulary.js';
import {
  GP_AWAY_WORDING,
  isDatabaseError,
  isQueryError,
  isTransientDatabaseError,
  isUserDefinedError,
  namesPractitioner,
  textOf,
} from './database-error-signs.js';
import type { Failure } from './failure.js';

/** What a practitioner rule is given to decide when the pause ends. */
export interface PractitionerRuleContext {
  /** Epoch ms. */
  readonly now: number;
  /** IANA time zone of the practice (from `siteTimeZone`). */
  readonly timeZone: string;
  /** The practice of the request. */
  readonly site: string;
  /** The GP; undefined only for a `site` rule on a request that names none. */
  readonly practitioner: string | undefined;
  /** The failure that matched. */
  readonly failure: Failure;
}

/** The request a failure belongs to, as a rule sees it. */
export interface PractitionerRuleRequest {
  /** The practice of the request. */
  readonly site: string;
  /**
   * The GP the query (or the error) names: `Practitioner/123`, a bare id, or `identifier=…` for a
   * chained search. Always set for a `practitioner` rule; may be undefined for a `site` rule.
   */
  readonly practitioner: string | undefined;
}

/** What a rule pauses when it matches. */
export const RuleScope = {
  /** The GP the request names (the default); the rule is only tried when a GP is named. */
  Practitioner: 'practitioner',
  /** The whole practice (e.g. its database is down for maintenance); tried for every request. */
  Site: 'site',
} as const;
export type RuleScope = (typeof RuleScope)[keyof typeof RuleScope];

/**
 * Maps a failed request about one GP to a pause of that GP's queries. Rules are tried in order;
 * the first that matches pauses the practitioner (and the request is not retried). A rule is only
 * consulted for a request that names a practitioner (or an error that names one).
 */
export interface PractitionerPauseRule {
  /** Shown in the pause reason, the `pause` event and `stats().practitionerPausesByRule`. */
  readonly name: string;
  /** What a match pauses. @default 'practitioner' */
  readonly scope?: RuleScope;
  /** Whether this failure, of a request for this site (and GP, when one is named), is the rule's to pause. */
  matches(failure: Failure, request: PractitionerRuleRequest): boolean;
  /** Epoch ms when the paused scope may resume; undefined means until `resume()`/`reset()`. */
  resumesAt(context: PractitionerRuleContext): number | undefined;
}

/** Midnight starting the next calendar day in `timeZone`, as epoch ms. */
export function startOfNextDay(now: number, timeZone: string): number {
  return startOfDay(addDays(new TZDateMini(now, timeZone), 1)).getTime();
}

/**
 * What a caller rule matches. `categories`, `codes` and `message` are alternatives (any one
 * matching is enough); `sources` narrows all of them to errors of those types.
 */
export interface PractitionerMatch {
  /** Rule name for reasons, events and stats. */
  readonly name: string;
  /** What a match pauses: the GP the request names, or the whole practice. @default 'practitioner' */
  readonly scope?: RuleScope;
  /** Matches failures of these categories. @default [] */
  readonly categories?: readonly ErrorCategory[];
  /** Matches failures with this error code (Halo Link or database), compared as text. @default [] */
  readonly codes?: readonly (string | number)[];
  /** Matches failures whose server message (else error message) matches. @default undefined */
  readonly message?: RegExp;
  /** Only errors of these types (`mssql`, `fbsql`, `haloLink`, `fhir`, `http`). @default any type */
  readonly sources?: readonly ErrorSource[];
}

function matcher(match: PractitionerMatch): (failure: Failure) => boolean {
  return (failure) =>
    (match.sources === undefined || match.sources.some((source) => source === failure.source)) &&
    ((match.categories?.includes(failure.category) ?? false) ||
      (failure.code !== undefined &&
        (match.codes?.some((c) => String(c) === String(failure.code).trim()) ?? false)) ||
      (match.message !== undefined &&
        (match.message.test(textOf(failure)) || match.message.test(failure.message))));
}

function scopeOf(match: PractitionerMatch): { readonly scope?: RuleScope } {
  return match.scope === undefined ? {} : { scope: match.scope };
}

/** A rule that pauses the GP until midnight in the practice's time zone when `match` matches. */
export function pausePractitionerUntilNextDay(match: PractitionerMatch): PractitionerPauseRule {
  const matches = matcher(match);
  return {
    name: match.name,
    ...scopeOf(match),
    matches,
    resumesAt: ({ now, timeZone }) => startOfNextDay(now, timeZone),
  };
}

/** A rule that pauses the GP for a fixed time when `match` matches. */
export function pausePractitionerFor(
  match: PractitionerMatch & { readonly durationMs: number },
): PractitionerPauseRule {
  const matches = matcher(match);
  return { name: match.name, ...scopeOf(match), matches, resumesAt: ({ now }) => now + match.durationMs };
}

/** A rule that pauses the GP until `resume()`/`reset()` when `match` matches (e.g. a GP who left). */
export function pausePractitionerUntilResumed(match: PractitionerMatch): PractitionerPauseRule {
  const matches = matcher(match);
  return { name: match.name, ...scopeOf(match), matches, resumesAt: () => undefined };
}

/**
 * The default rule, from Halo's guidance ("polling appointments for a GP who is away today errors,
 * so pause queries for that GP"): pauses the GP until the next day in the practice's time zone when
 * a query naming the GP fails with
 * - the error model's `practitioner-unavailable` category, or
 * - a database error (`mssql`, `fbsql`, `bad-sql`) that is not a query error (syntax, unknown
 *   names, conversions: see `MSSQL_QUERY_ERROR_CODES`) nor a deadlock, and that is user-defined
 *   (SQL Server numbers >= 50,000, Firebird exceptions), or uses the words of `GP_AWAY_WORDING`, or
 *   names the GP the query is about.
 */
export const practitionerAwayRule: PractitionerPauseRule = {
  name: 'practitioner-away',
  matches(failure, request) {
    if (failure.category === ErrorCategory.PractitionerUnavailable) return true;
    if (!isDatabaseError(failure) || isQueryError(failure) || isTransientDatabaseError(failure)) return false;
    return (
      isUserDefinedError(failure) ||
      GP_AWAY_WORDING.test(textOf(failure)) ||
      (request.practitioner !== undefined && namesPractitioner(failure, request.practitioner))
    );
  },
  resumesAt: ({ now, timeZone }) => startOfNextDay(now, timeZone),
};

/**
 * The rules a policy uses unless `practitionerRules` is given. To add rules, put them before (tried
 * first) or after these: `practitionerRules: [myRule, ...defaultPractitionerRules]`; to replace
 * them, give your own list.
 */
export const defaultPractitionerRules: readonly PractitionerPauseRule[] = Object.freeze([
  practitionerAwayRule,
]);
