import { assertTimeZone } from './dates.js';
import { SearchBuildError } from './search-build-error.js';
import { DateProfile, SearchRules } from './vocabulary.js';

/** How a search treats dates, and how strictly it is checked against the R4 search rules. */
export interface SearchOptions {
  /**
   * Which date values are accepted: `'halo'` (only exact `YYYY-MM-DD` / `YYYY-MM-DDThh:mm:ss`) or
   * `'fhir'` (the R4 grammar). The Halo client preset passes `'halo'`.
   * @default 'fhir'
   */
  readonly dates?: DateProfile;
  /**
   * IANA time zone that JavaScript `Date` values are written in, e.g. `'Australia/Sydney'`. Without it,
   * the `halo` profile refuses `Date` values rather than guess UTC.
   * @default undefined
   */
  readonly timeZone?: string;
  /**
   * How strictly parameters, modifiers and values are checked, in the builder and the parser alike:
   * `'strict'` (only what R4 defines on the type), `'r4'` (refuse what R4 forbids, keep parameters R4
   * does not define on the searched type literally) or `'lenient'` (dates only). The Halo client preset
   * reads text queries with `'strict'`. See {@link SearchRules}.
   * @default 'r4'
   */
  readonly rules?: SearchRules;
}

/** Options with defaults applied and the time zone checked. */
export interface ResolvedSearchOptions {
  /** The date rules in force: `halo` or `fhir`. */
  readonly dates: DateProfile;
  /** The IANA zone a `Date` is written in; undefined when none was given. */
  readonly timeZone: string | undefined;
  /** How strictly parameters are checked: `strict`, `r4` or `lenient`. */
  readonly rules: SearchRules;
}

const ruleLevels: readonly string[] = Object.values(SearchRules);

/** Applies defaults and checks the time zone, throwing `SearchBuildError` for an unknown one. */
export function resolveSearchOptions(options: SearchOptions | undefined): ResolvedSearchOptions {
  // A program that starts a search on every poll passes the same options every time.
  if (
    lastResolved !== undefined &&
    lastResolved.dates === options?.dates &&
    lastResolved.rules === options?.rules &&
    lastResolved.timeZone === options?.timeZone
  ) {
    return lastResolved.resolved;
  }
  const resolved = resolveNewSearchOptions(options);
  lastResolved = { dates: options?.dates, rules: options?.rules, timeZone: options?.timeZone, resolved };
  return resolved;
}

let lastResolved:
  | { dates: unknown; rules: unknown; timeZone: unknown; resolved: ResolvedSearchOptions }
  | undefined;

function resolveNewSearchOptions(options: SearchOptions | undefined): ResolvedSearchOptions {
  const dates = options?.dates ?? DateProfile.Fhir;
  if (dates !== DateProfile.Fhir && dates !== DateProfile.Halo) {
    throw new SearchBuildError({
      parameter: 'dates',
      value: String(dates),
      accepted: Object.values(DateProfile),
      problem: 'unknown date profile',
    });
  }
  const rules = options?.rules ?? SearchRules.R4;
  if (!ruleLevels.includes(rules)) {
    throw new SearchBuildError({
      parameter: 'rules',
      value: String(rules),
      accepted: ruleLevels,
      problem: 'unknown search rules',
    });
  }
  const timeZone = options?.timeZone;
  // One frozen object per combination: resolving stays cheap for code that starts a search on every poll.
  const key = timeZone === undefined ? `${dates}|${rules}` : `${dates}|${rules}|${timeZone}`;
  let resolved = resolvedOptions.get(key);
  if (resolved === undefined) {
    if (timeZone !== undefined) assertTimeZone(timeZone);
    resolved = Object.freeze({ dates, timeZone, rules });
    resolvedOptions.set(key, resolved);
  }
  return resolved;
}

// Keyed by profile, rules and time zone; only zones the runtime accepted get in, so it stays as small as
// the set of zones a process uses.
const resolvedOptions = new Map<string, ResolvedSearchOptions>();
