import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { defaultPractitionerRules } from '../resilience/practitioner-rules.js';
import { ErrorSource } from '../errors/vocabulary.js';
import { isPausedError } from '../errors/paused-error.js';
import { isPractitionerUnavailableError } from '../errors/practitioner-unavailable-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { pausePractitionerUntilNextDay } from '../resilience/practitioner-rules.js';
import type { SqlCommand } from './command.js';
import { isSqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { useSqlMock } from './test-support/use-sql-mock.js';

const start = useSqlMock();
/** The rig starts at 09:00 on 26 November in Sydney (+11): the next local day starts at 13:00 UTC. */
const NEXT_SYDNEY_MIDNIGHT = new Date('2026-11-26T13:00:00Z');
function answerAppointments(server: MockFhirServer, site: string): void {
  server.sql.define(site, {
    handlers: [
      {
        match: 'SELECT COUNT(*) AS booked FROM Appointments WHERE DoctorID = @practitioner_id',
        result: { rows: [{ booked: 3 }] },
      },
      { match: 'SELECT COUNT(*) AS n FROM Patients', result: { rows: [{ n: 40 }] } },
    ],
  });
}
const appointmentsOf = (gp: string): SqlCommand => ({
  text: 'SELECT COUNT(*) AS booked FROM Appointments WHERE DoctorID = @practitioner_id',
  parameters: [{ name: '@practitioner_id', type: 'NVarChar', value: gp }],
});

describe('a GP-away database error on an immediate query with the practitioner option', () => {
  it('pauses only that GP until the next local day, sends it once, and reports the pause with its end', async () => {
    const { server, site, sql, policy, posts } = await start();
    answerAppointments(server, site);
    server.faults.practitionerAway(site, 'prac-1', {
      errorCode: 50_321,
      message: 'spGetBook: clinician diary shut for this date',
    });
    const error = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: 'prac-1' })
      .catch((e: unknown) => e);
    if (!isPractitionerUnavailableError(error)) throw error;
    expect(error).toMatchObject({
      category: ErrorCategory.PractitionerUnavailable,
      practitioner: 'prac-1',
      pausedUntil: NEXT_SYDNEY_MIDNIGHT,
      pauseRule: 'practitioner-away',
    });
    expect(error.action).toContain('Queries for this GP are paused until 2026-11-27 00:00 Australia/Sydney');
    expect(isSqlQueryFailedError(error.cause)).toBe(true);
    expect(posts('sql-immediate')).toBe(1);

    const refused = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: 'prac-1' })
      .catch((e: unknown) => e);
    expect(isPausedError(refused) && refused.resumesAt).toEqual(NEXT_SYDNEY_MIDNIGHT);
    expect(posts('sql-immediate')).toBe(1);

    // The practice's other GP and its queries about no GP still run.
    const other = await sql.immediate(appointmentsOf('prac-2'), { practitioner: 'prac-2' });
    expect(other.rows).toEqual([{ booked: 3 }]);
    expect((await sql.immediate({ text: 'SELECT COUNT(*) AS n FROM Patients' })).rows).toEqual([{ n: 40 }]);
    expect(policy.stats().practitionerPausesByRule).toEqual({ 'practitioner-away': 1 });
  });

  it('without the option the same error is a query failure of the practice: no GP is paused', async () => {
    const { server, site, sql, policy } = await start();
    server.faults.practitionerAway(site, 'prac-1', { errorCode: 50_321, message: 'clinician diary shut' });
    const error = await sql.immediate(appointmentsOf('prac-1')).catch((e: unknown) => e);
    expect(isSqlQueryFailedError(error)).toBe(true);
    expect(policy.pauseStatus()).toEqual([]);
  });

  it('a syntax error on the same query is still "fix the query"', async () => {
    const { server, site, sql, policy, posts } = await start();
    server.faults.practitionerAway(site, 'prac-1', {
      errorCode: 102,
      message: "Incorrect syntax near 'FROM'.",
    });
    const error = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: 'prac-1' })
      .catch((e: unknown) => e);
    if (!isSqlQueryFailedError(error)) throw error;
    expect(error).toMatchObject({ category: ErrorCategory.BadSql });
    expect(error.action).toMatch(/^Fix the query/);
    expect(policy.pauseStatus()).toEqual([]);
    expect(posts('sql-immediate')).toBe(1);
  });

  it('refuses an empty practitioner option before sending', async () => {
    const { sql, posts } = await start();
    const error = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: ' ' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'InvalidArgumentError', argument: 'practitioner' });
    expect(posts('sql-immediate')).toBe(0);
  });
});

describe('caller rules for SQL queries', () => {
  const lockWording = 'lock time-out on wait transaction; object APPTBOOK_DR is in use';

  it('a Firebird wording the default does not know is "fix the query" by default…', async () => {
    const { server, site, sql, policy } = await start();
    server.faults.practitionerAway(site, 'prac-1', {
      errorType: 'fbsql',
      errorCode: -901,
      message: lockWording,
    });
    const missed = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: 'prac-1' })
      .catch((e: unknown) => e);
    expect(missed).toMatchObject({ category: ErrorCategory.BadSql });
    expect(policy.pauseStatus()).toEqual([]);
  });

  it('…and pauses the GP through a caller rule on its type and code', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    const rule = pausePractitionerUntilNextDay({
      name: 'd4w-book-locked',
      sources: [ErrorSource.FbSql],
      codes: [-901],
    });
    const policy = createResiliencePolicy({ clock, practitionerRules: [...defaultPractitionerRules, rule] });
    const { server, site, sql } = await start({ client: { policy, clock } });
    server.faults.practitionerAway(site, 'prac-1', {
      errorType: 'fbsql',
      errorCode: -901,
      message: lockWording,
    });
    const error = await sql
      .immediate(appointmentsOf('prac-1'), { practitioner: 'prac-1' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ pauseRule: 'd4w-book-locked', pausedUntil: NEXT_SYDNEY_MIDNIGHT });
    expect(policy.stats().practitionerPausesByRule).toEqual({ 'd4w-book-locked': 1 });
  });
});
