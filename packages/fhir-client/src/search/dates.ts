import { TZDateMini } from '@date-fns/tz/date/mini';
import { tzOffset } from '@date-fns/tz/tzOffset';
import { lightFormat } from 'date-fns';
import { SearchBuildError } from './search-build-error.js';
import { type DatePrecision, DateProfile } from './vocabulary.js';

/** Accepted date forms per profile, as error messages list them. */
export const acceptedDateForms: Readonly<Record<DateProfile, readonly string[]>> = Object.freeze({
  halo: Object.freeze([
    'YYYY-MM-DD',
    'YYYY-MM-DDThh:mm:ss (no offset, no fractional seconds)',
    'a JavaScript Date, with the timeZone option set',
  ]),
  fhir: Object.freeze([
    'YYYY',
    'YYYY-MM',
    'YYYY-MM-DD',
    'YYYY-MM-DDThh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm]',
    'a JavaScript Date',
  ]),
});

const haloDate = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/;
// R4 date/dateTime/instant as search reads them (http://hl7.org/fhir/R4/search.html#date): precision from
// the left, seconds optional once hours and minutes are given, the offset optional.
const fhirDate =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)?)?)?)?$/;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : monthLengths[month - 1]!;
}

/** Why `text` does not name a real calendar date and time, or undefined when it does. */
function calendarProblem(match: RegExpExecArray, profile: DateProfile): string | undefined {
  // Indexed reads, not destructuring: this runs for every date a scheduler writes.
  const year = Number(match[1]);
  if (year === 0) return 'year 0000 does not exist';
  if (match[2] === undefined) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month))
    return `day ${day} does not exist in ${match[1]}-${match[2]}`;
  if (match[4] === undefined) return undefined;
  const hour = Number(match[4]);
  if (hour > 23) return `hour ${hour} does not exist (use 00-23)`;
  const minute = Number(match[5]);
  if (minute > 59) return `minute ${minute} does not exist`;
  if (match[6] === undefined) return undefined;
  // R4 allows a leap second (60) in dateTime; Halo's form does not.
  const second = Number(match[6]);
  if (second > (profile === DateProfile.Fhir ? 60 : 59)) return `second ${second} does not exist`;
  return undefined;
}

// The value of two ASCII digits at `at`, or -1 where either is not a digit.
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * True for `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss` naming a real date and time (seconds up to 59): the form
 * nearly every date a scheduler writes has, checked without a regex or an allocation. False says only
 * "not this form"; the regexes then decide, and explain.
 */
function isRealExactDate(text: string): boolean {
  const length = text.length;
  if (length !== 10 && length !== 19) return false;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  if (century < 0 || yearOfCentury < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return false;
  const year = century * 100 + yearOfCentury;
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (length === 10) return true;
  // `T`, `:`, `:`
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/**
 * Checks a date search value (without its prefix) against the profile, throwing a
 * {@link SearchBuildError} that names the parameter, the value and the accepted forms.
 */
export function validateSearchDate(text: string, context: { parameter: string; profile: DateProfile }): void {
  // Both profiles accept every real exact date and time; only the rest needs the regexes.
  if (isRealExactDate(text)) return;
  const match = (context.profile === DateProfile.Halo ? haloDate : fhirDate).exec(text);
  const shape =
    match === null ? describeShapeProblem(text, context.profile) : calendarProblem(match, context.profile);
  if (shape !== undefined) {
    throw new SearchBuildError({
      parameter: context.parameter,
      value: text,
      accepted: acceptedDateForms[context.profile],
      problem:
        context.profile === DateProfile.Halo
          ? `${shape}; Halo accepts only exact dates and times, so write the full date (and time to the second) with no offset`
          : `${shape}; write an R4 date or dateTime`,
    });
  }
}

function describeShapeProblem(text: string, profile: DateProfile): string {
  if (text.includes(' ') && /\d \d/.test(text)) {
    return "not a date (a '+' in a URL means a space: write the offset's '+' as %2B)";
  }
  if (profile === DateProfile.Halo) {
    if (/^\d{4}(-\d{2})?$/.test(text)) return 'a partial date (year or year-month)';
    if (/T\d{2}:\d{2}:\d{2}\.\d+/.test(text)) return 'fractional seconds';
    if (/T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:?\d{2})$/.test(text)) return 'a time zone offset';
    if (/T\d{2}:\d{2}$/.test(text)) return 'a time without seconds';
  }
  return 'not a date in an accepted form';
}

/** Options for writing a JavaScript `Date` into a search. */
export interface RenderDateOptions {
  readonly parameter: string;
  readonly profile: DateProfile;
  /** IANA time zone the date is written in, e.g. `Australia/Sydney`. */
  readonly timeZone?: string | undefined;
  readonly precision: DatePrecision;
}

/**
 * Writes a `Date` as a search value. In a configured time zone it is that zone's wall-clock date/time
 * (with the offset under `fhir`); with none, `fhir` writes the UTC instant with `Z` (exact), and `halo`
 * refuses, because Halo's form has no offset and guessing UTC would silently shift the day.
 */
export function renderSearchDate(date: Date, options: RenderDateOptions): string {
  if (Number.isNaN(date.getTime())) {
    throw new SearchBuildError({
      parameter: options.parameter,
      value: 'Invalid Date',
      accepted: acceptedDateForms[options.profile],
      problem: 'the Date is invalid',
    });
  }
  const dateOnly = options.precision === 'date';
  if (options.timeZone === undefined) {
    // Only a full instant with `Z` is exact without a zone; a day or a Halo wall-clock time would be a guess.
    if (options.profile === DateProfile.Halo || dateOnly) {
      throw new SearchBuildError({
        parameter: options.parameter,
        value: date.toISOString(),
        accepted: acceptedDateForms[options.profile],
        problem:
          'a Date needs a time zone to say which calendar day and wall-clock time it is; set the timeZone option (e.g. "Australia/Sydney") or pass a YYYY-MM-DD string',
      });
    }
    return checkedRendering(date.toISOString().replace('.000Z', 'Z'), options);
  }
  // lightFormat and the mini TZDate keep the browser bundle small (no locales); the offset comes from tzOffset.
  const zoned = new TZDateMini(date.getTime(), options.timeZone);
  if (dateOnly) return checkedRendering(lightFormat(zoned, 'yyyy-MM-dd'), options);
  const withSeconds = lightFormat(zoned, "yyyy-MM-dd'T'HH:mm:ss");
  const offset = options.profile === DateProfile.Halo ? '' : formatOffset(tzOffset(options.timeZone, date));
  return checkedRendering(withSeconds + offset, options);
}

// A Date outside years 0001-9999 renders to text no FHIR server reads (`+010000-…`, `0000-…`).
function checkedRendering(text: string, options: RenderDateOptions): string {
  validateSearchDate(text, options);
  return text;
}

// Building an Intl.DateTimeFormat is costly; a zone once accepted stays valid for the process.
const knownTimeZones = new Set<string>();

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Throws unless `timeZone` is an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone });
    knownTimeZones.add(timeZone);
  } catch (cause) {
    throw new SearchBuildError(
      {
        parameter: 'timeZone',
        value: timeZone,
        accepted: ['an IANA time zone name, e.g. Australia/Sydney'],
        problem: 'unknown time zone',
      },
      { cause },
    );
  }
}
