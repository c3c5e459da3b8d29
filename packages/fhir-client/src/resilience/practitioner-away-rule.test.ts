import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ErrorCategory, ErrorSource } from '../errors/vocabulary.js';
import { GP_AWAY_WORDING } from './database-error-signs.js';
import type { Failure } from './failure.js';
import { formatPauseEnd } from './practitioner-paused-error.js';
import { practitionerAwayRule, pausePractitionerFor } from './practitioner-rules.js';

const request = { site: 'site-1', practitioner: 'Practitioner/dr-ng' };
const failure = (fields: Partial<Failure>): Failure => ({
  error: undefined,
  category: ErrorCategory.BadSql,
  status: 400,
  retryable: false,
  retryAfterMs: undefined,
  code: undefined,
  source: ErrorSource.MsSql,
  message: 'POST https://h.example/queries/immediate failed',
  detail: undefined,
  practitioner: undefined,
  aborted: false,
  ...fields,
});

describe('the default GP-away rule', () => {
  test.each([
    'Dr Ng is away today',
    'Provider is on annual leave until 2026-12-01',
    'Practitioner on sick leave',
    'Doctor unavailable',
    'Provider not available',
    'Clinician is not rostered on for Thursday',
    'Practitioner not scheduled today',
    'Doctor is absent',
    'No appointment book open for this provider',
    'No sessions for this practitioner on 26/11/2026',
    'No scheduled shift for provider',
    'Appointment book is closed',
    'Sessions are not set up for this clinician',
    'Doctor not working today',
  ])('recognises "%s" from the database with a code below 50,000', (detail) => {
    expect(GP_AWAY_WORDING.test(detail)).toBe(true);
    expect(practitionerAwayRule.matches(failure({ code: 3609, detail }), request)).toBe(true);
  });

  test.each([
    ['mssql', 50_000],
    ['mssql', 65_535],
    ['fbsql', -836],
    ['fbsql', 335_544_517],
  ] as const)('recognises any wording with a user-defined code (%s %i)', (source, code) => {
    expect(
      practitionerAwayRule.matches(failure({ source, code, detail: 'Kalender gesperrt' }), request),
    ).toBe(true);
  });

  test('recognises a message naming the GP the query is about, and not a short id that could be anything', () => {
    expect(
      practitionerAwayRule.matches(failure({ code: 3621, detail: 'Terminated for dr-ng.' }), request),
    ).toBe(true);
    const shortId = { site: 'site-1', practitioner: 'Practitioner/1' };
    expect(practitionerAwayRule.matches(failure({ code: 3621, detail: 'Error at line 1' }), shortId)).toBe(
      false,
    );
  });

  test.each([
    ['mssql', 102, 'Dr Ng is away today'],
    ['mssql', 207, 'Invalid column name away'],
    ['mssql', 2812, "Could not find stored procedure 'usp_Away'."],
    ['mssql', 1205, 'deadlocked; Dr Ng unavailable'],
    ['fbsql', -104, 'Token unknown - line 1, column 8; on leave'],
    ['fbsql', -204, 'Table unknown ROSTER'],
    ['mssql', undefined, "Incorrect syntax near 'away'."],
  ] as const)('never pauses for a query error or deadlock (%s %s)', (source, code, detail) => {
    expect(practitionerAwayRule.matches(failure({ source, code, detail }), request)).toBe(false);
  });

  test('ignores what is not a database error, whatever its words', () => {
    const gateway = failure({
      category: ErrorCategory.SiteUnavailable,
      source: ErrorSource.Http,
      code: 50_000,
    });
    expect(practitionerAwayRule.matches({ ...gateway, detail: 'Doctor unavailable' }, request)).toBe(false);
    const haloLink = failure({
      category: ErrorCategory.SqlExecutionFailed,
      source: ErrorSource.HaloLink,
      code: 1,
    });
    expect(practitionerAwayRule.matches({ ...haloLink, detail: 'on leave' }, request)).toBe(false);
  });

  test('recognises the practitioner-unavailable category from any source', () => {
    const away = failure({ category: ErrorCategory.PractitionerUnavailable, source: ErrorSource.Fhir });
    expect(practitionerAwayRule.matches(away, request)).toBe(true);
  });

  test('a plain database error without any sign is "fix the query"', () => {
    expect(
      practitionerAwayRule.matches(
        failure({ code: 515, detail: 'Cannot insert NULL into SessionID' }),
        request,
      ),
    ).toBe(false);
  });
});

describe('caller rules', () => {
  test('codes match as text; sources narrow; message reads the server words', () => {
    const rule = pausePractitionerFor({
      name: 'r',
      codes: ['-901'],
      sources: [ErrorSource.FbSql],
      durationMs: 1,
    });
    expect(rule.matches(failure({ source: ErrorSource.FbSql, code: -901 }), request)).toBe(true);
    expect(rule.matches(failure({ source: ErrorSource.MsSql, code: -901 }), request)).toBe(false);
    const byWords = pausePractitionerFor({ name: 'w', message: /diary shut/, durationMs: 1 });
    expect(byWords.matches(failure({ detail: 'the diary shut early' }), request)).toBe(true);
  });
});

describe('the end of a GP pause, as the action words it', () => {
  test('shows the practice wall clock and the same instant in UTC', () => {
    expect(formatPauseEnd(Date.parse('2026-11-26T13:00:00Z'), 'Australia/Sydney')).toBe(
      '2026-11-27 00:00 Australia/Sydney (2026-11-26T13:00:00.000Z)',
    );
  });

  test('round-trips: the local time shown is the instant in that zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-12-31T00:00:00Z') }),
        fc.constantFrom(
          'Australia/Sydney',
          'Australia/Perth',
          'Australia/Lord_Howe',
          'Pacific/Auckland',
          'UTC',
        ),
        (at, zone) => {
          const minute = Math.floor(at / 60_000) * 60_000;
          const text = formatPauseEnd(minute, zone);
          const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) (\S+) \((.+)\)$/.exec(text);
          expect(match).not.toBeNull();
          const [, y, mo, d, h, mi, shownZone, utc] = match as unknown as string[];
          expect(shownZone).toBe(zone);
          expect(Date.parse(utc as string)).toBe(minute);
          const local = new TZDate(minute, zone);
          expect([
            local.getFullYear(),
            local.getMonth() + 1,
            local.getDate(),
            local.getHours(),
            local.getMinutes(),
          ]).toEqual([y, mo, d, h, mi].map(Number));
        },
      ),
    );
  });
});
