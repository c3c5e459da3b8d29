/**
 * Date and time parameter values, checked against the calendar and each type's range, and written in
 * the ISO 8601 `T` form SQL Server reads the same under every `SET DATEFORMAT` and `SET LANGUAGE`.
 */

/** The date and time types. */
export type TemporalType = 'Date' | 'Time' | 'DateTime' | 'SmallDateTime' | 'DateTime2' | 'DateTimeOffset';

/** The canonical text, or a problem description with the accepted forms. */
export type TemporalCheck =
  | { readonly text: string }
  | { readonly problem: string; readonly accepted: string };

const datePart = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const timePart = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?`;
const offsetPart = String.raw`(Z|z|[+-]\d{2}:\d{2})`;
const dateOnly = new RegExp(`^${datePart}$`);
const timeOnly = new RegExp(`^${timePart}$`);
const dateTime = new RegExp(`^${datePart}(?:[T ]${timePart})?${offsetPart}?$`);

/** Fraction digits each type keeps; more would be an error (DATETIME) or silently rounded. */
const maxFraction: Record<TemporalType, number> = {
  Date: 0,
  Time: 7,
  DateTime: 3,
  SmallDateTime: 3,
  DateTime2: 7,
  DateTimeOffset: 7,
};

const acceptedForms: Record<TemporalType, string> = {
  Date: 'a date as YYYY-MM-DD',
  Time: 'a time as hh:mm[:ss[.fffffff]]',
  DateTime: 'a date-time as YYYY-MM-DDThh:mm[:ss[.fff]] (or with a space for T), years 1753-9999, no offset',
  SmallDateTime: 'a date-time as YYYY-MM-DDThh:mm[:ss] from 1900-01-01 to 2079-06-06, no offset',
  DateTime2: 'a date-time as YYYY-MM-DDThh:mm[:ss[.fffffff]] (or with a space for T), no offset',
  DateTimeOffset: 'a date-time with an offset, as YYYY-MM-DDThh:mm[:ss[.fffffff]]+hh:mm (or Z)',
};

/** Check `text` as a value of `type` and return its canonical `T` form. */
export function checkTemporal(type: TemporalType, text: string): TemporalCheck {
  const accepted = acceptedForms[type];
  const fail = (why: string): TemporalCheck => ({ problem: `is not a valid ${type} (${why})`, accepted });
  if (type === 'Time') {
    const match = timeOnly.exec(text);
    if (match === null) return fail('unrecognised form');
    const [, hh = '', mm = '', ss, fraction] = match;
    return checkClock(hh, mm, ss, fraction, maxFraction.Time, fail) ?? { text: clock(hh, mm, ss, fraction) };
  }
  const match = (type === 'Date' ? dateOnly : dateTime).exec(text);
  if (match === null) return fail('unrecognised form');
  const [, year = '', month = '', day = '', hh, mm, ss, fraction, offset] = match;
  const dateProblem = checkCalendar(Number(year), Number(month), Number(day));
  if (dateProblem !== undefined) return fail(dateProblem);
  const date = `${year}-${month}-${day}`;
  if (type === 'Date') return { text: date };
  const rangeProblem = checkRange(type, date);
  if (rangeProblem !== undefined) return fail(rangeProblem);
  const time = hh === undefined || mm === undefined ? '00:00:00' : clock(hh, mm, ss, fraction);
  if (hh !== undefined && mm !== undefined) {
    const problem = checkClock(hh, mm, ss, fraction, maxFraction[type], fail);
    if (problem !== undefined) return problem;
  }
  if (type === 'DateTimeOffset') {
    if (offset === undefined) return fail('no offset; add Z or +hh:mm');
    const normalised = offset.toUpperCase() === 'Z' ? '+00:00' : offset;
    const [offsetHours = 0, offsetMinutes = 0] = normalised.slice(1).split(':').map(Number);
    if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60) {
      return fail('offset outside -14:00..+14:00');
    }
    return { text: `${date}T${time}${normalised}` };
  }
  if (offset !== undefined) return fail('an offset is only accepted for DateTimeOffset');
  return { text: `${date}T${time}` };
}

function clock(hh: string, mm: string, ss: string | undefined, fraction: string | undefined): string {
  return `${hh}:${mm}:${ss ?? '00'}${fraction === undefined ? '' : `.${fraction}`}`;
}

function checkClock(
  hh: string,
  mm: string,
  ss: string | undefined,
  fraction: string | undefined,
  maxDigits: number,
  fail: (why: string) => TemporalCheck,
): TemporalCheck | undefined {
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? '0') > 59) return fail('no such time of day');
  if ((fraction?.length ?? 0) > maxDigits) return fail(`more than ${maxDigits} fractional second digits`);
  return undefined;
}

function checkCalendar(year: number, month: number, day: number): string | undefined {
  if (year < 1) return 'year 0000 does not exist';
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'no such date';
  return undefined;
}

function checkRange(type: TemporalType, date: string): string | undefined {
  if (type === 'DateTime' && date < '1753-01-01') return 'before 1753-01-01';
  if (type === 'SmallDateTime' && (date < '1900-01-01' || date > '2079-06-06')) {
    return 'outside 1900-01-01..2079-06-06';
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
