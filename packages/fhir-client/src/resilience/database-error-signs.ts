import { ErrorCategory, ErrorSource } from '../errors/vocabulary.js';
import { isQueryErrorCode } from '../errors/query-error-codes.js';
import type { Failure } from './failure.js';

/** Database errors that pass by themselves and are not about a GP: deadlocks and lock timeouts. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['1205', '1222', '-913', '335544336', '335544345']);

/** The wording of a query error, for servers that send no code. */
const QUERY_ERROR_WORDING =
  /\b(?:incorrect syntax|syntax error|invalid (?:column|object) name|could not find stored procedure|multi-part identifier|token unknown|column unknown|table unknown|ambiguous column|conversion failed|must declare the scalar variable)\b/i;

/**
 * Words a practice's database uses when a GP cannot be queried today: away, on (annual, sick,
 * personal, parental, long service) leave, unavailable / not available, not rostered / not
 * scheduled, not working, absent, a day off, and an appointment book, session, roster, shift or
 * template that is missing or closed. Gathered from how PMS user material words a practitioner with
 * no bookable time: Bp Premier (provider sessions, "Available/Unavailable"), MedicalDirector
 * PracSoft ("session plan", "absent" days), booking systems ("Provider not available", "no
 * scheduled shift"). Halo passes the database's own text through, so this is a net, not a list.
 */
export const GP_AWAY_WORDING =
  /\b(?:away|on (?:\w+ ){0,2}leave|leave (?:today|until)|unavailable|not available|not (?:rostered|scheduled)|unrostered|not (?:working|consulting|on duty|in (?:today|the practice))|absent|day off|out of (?:the )?office|(?:no|not an?) (?:active |open |scheduled )?(?:appointment ?books?|books?|sessions?|rosters?|shifts?|timetables?|templates?|clinics?|schedules?)\b|(?:appointment ?book|book|session|roster|timetable|schedule)s? (?:is |are )?(?:closed|not (?:open|set up|available|configured)|unavailable))/i;

/** SQL Server reserves error numbers from 50,000 up for `RAISERROR`/`THROW` in the practice's own procedures. */
const MSSQL_USER_ERROR_MIN = 50_000;
/** Firebird's user-defined `EXCEPTION`: SQLCODE -836, ISC 335544517. */
const FBSQL_USER_ERROR_CODES: ReadonlySet<string> = new Set(['-836', '335544517']);

/** True when the failure came from the practice's database (an `mssql`/`fbsql` error or a SQL failure). */
export function isDatabaseError(failure: Failure): boolean {
  return (
    failure.source === ErrorSource.MsSql ||
    failure.source === ErrorSource.FbSql ||
    failure.category === ErrorCategory.BadSql
  );
}

/** True when the database said the query itself is wrong (syntax, unknown names, conversions). */
export function isQueryError(failure: Failure): boolean {
  return isQueryErrorCode(failure.source, failure.code) || QUERY_ERROR_WORDING.test(textOf(failure));
}

/** True for deadlocks and lock timeouts: they pass by themselves and say nothing about a GP. */
export function isTransientDatabaseError(failure: Failure): boolean {
  return failure.code !== undefined && TRANSIENT_CODES.has(String(failure.code).trim());
}

/** True for an error the practice's own code raised: SQL Server numbers >= 50,000, Firebird exceptions. */
export function isUserDefinedError(failure: Failure): boolean {
  if (failure.code === undefined) return false;
  if (FBSQL_USER_ERROR_CODES.has(String(failure.code).trim())) return true;
  const code = numericCode(failure);
  return failure.source !== ErrorSource.FbSql && code !== undefined && code >= MSSQL_USER_ERROR_MIN;
}

/** True when the message names `practitioner` (its id as a whole word; ids shorter than 3 are too ambiguous). */
export function namesPractitioner(failure: Failure, practitioner: string): boolean {
  const id = practitioner.replace(/^.*Practitioner\//, '').trim();
  if (id.length < 3) return false;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w-])${escaped}(?:$|[^\\w-])`, 'i').test(textOf(failure));
}

/** The server's words, or the error message when it had none. */
export function textOf(failure: Failure): string {
  return failure.detail ?? failure.message;
}

function numericCode(failure: Failure): number | undefined {
  if (failure.code === undefined) return undefined;
  const code = Number(String(failure.code).trim());
  return Number.isInteger(code) ? code : undefined;
}
