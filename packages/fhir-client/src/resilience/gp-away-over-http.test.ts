import { createMockFhirServer, generateSiteData, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, test } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { isPausedError } from '../errors/paused-error.js';
import { isPractitionerUnavailableError } from '../errors/practitioner-unavailable-error.js';
import { ErrorCategory, ErrorSource } from '../errors/vocabulary.js';
import { createManualClock } from './clock.js';
import type { ResilienceEvent } from './events.js';
import type { ResilienceOptions } from './options.js';
import { createResiliencePolicy } from './policy.js';
import {
  defaultPractitionerRules,
  pausePractitionerFor,
  pausePractitionerUntilNextDay,
} from './practitioner-rules.js';
import { errorOf, settle, START } from './test-support/harness.js';

const GUID = '5d7f3a10-0000-4000-8000-00000000000b';
/** START is 09:00 Thursday 26 November in Sydney (AEDT, +11): the next local day starts at 13:00 UTC. */
const NEXT_SYDNEY_MIDNIGHT = Date.parse('2026-11-26T13:00:00Z');
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function practice(options: ResilienceOptions = {}) {
  const clock = createManualClock(START);
  server = await createMockFhirServer({
    clock,
    sites: [{ guid: GUID, resources: generateSiteData({ seed: 5, size: 200, practitioners: 2, days: 1 }) }],
  });
  const policy = createResiliencePolicy({ clock, random: () => 0.5, ...options });
  const events: ResilienceEvent[] = [];
  policy.on((event) => events.push(event));
  const client = createFhirClient({
    baseUrl: server.baseUrl(GUID),
    subscriptionKey: server.subscriptionKey,
    policy,
    clock,
    timeZone: 'Australia/Sydney',
  });
  const sent = (gp: string) =>
    (server as MockFhirServer).requests.filter((r) => r.params.get('practitioner') === `Practitioner/${gp}`)
      .length;
  return { clock, server, policy, client, events, sent };
}

const appointments = (gp: string) => `Appointment?practitioner=Practitioner/${gp}&date=2026-11-26` as const;

describe('Done when: a GP-away error in words the client has never seen', () => {
  test('pauses only that GP until the next local day, is not retried, and is reported as a pause with its end', async () => {
    const { server, client, policy, events, sent, clock } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', {
      errorCode: 50_017,
      message: 'usp_GetDiary: clinician diary shut for this date (ref 4471)',
    });

    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    if (!isPractitionerUnavailableError(error)) throw error;
    expect(error).toMatchObject({
      category: ErrorCategory.PractitionerUnavailable,
      scope: 'practitioner',
      source: ErrorSource.MsSql,
      code: '50017',
      retryable: false,
      pauseRule: 'practitioner-away',
      pausedUntil: new Date(NEXT_SYDNEY_MIDNIGHT),
    });
    expect(error.action).toContain(
      'Queries for this GP are paused until 2026-11-27 00:00 Australia/Sydney (2026-11-26T13:00:00.000Z)',
    );
    expect(error.message).toContain('paused until 2026-11-27 00:00');
    expect(sent('prac-1')).toBe(1);
    expect(events.filter((e) => e.type === 'retry')).toEqual([]);
    expect(events.find((e) => e.type === 'error')).toMatchObject({
      outcome: 'paused',
      scope: 'practitioner',
    });
    expect(events.find((e) => e.type === 'pause')).toMatchObject({
      scopeKey: 'Practitioner/prac-1',
      resumesAt: NEXT_SYDNEY_MIDNIGHT,
      reason: { cause: 'practitioner-rule', rule: 'practitioner-away' },
    });

    // Only that GP: the other GP and the practice's non-GP queries still run.
    expect((await settle(client.search(appointments('prac-2')))).ok).toBe(true);
    expect((await settle(client.search('Patient?_count=5' as const))).ok).toBe(true);
    const again = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(isPausedError(again) && again.resumesAt).toEqual(new Date(NEXT_SYDNEY_MIDNIGHT));
    expect(sent('prac-1')).toBe(1);
    expect(policy.stats().practitionerPausesByRule).toEqual({ 'practitioner-away': 1 });

    // The next local day the GP is queried again (the fault ends at the practice's midnight too).
    await clock.advance(NEXT_SYDNEY_MIDNIGHT - START);
    expect((await settle(client.search(appointments('prac-1')))).ok).toBe(true);
    expect(sent('prac-1')).toBe(2);
  });

  test('a syntax error on the same query is still "fix the query" and pauses nothing', async () => {
    const { server, client, policy, sent } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', {
      errorCode: 207,
      message: "Invalid column name 'ApptDate'. Practitioner prac-1 is away today",
    });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(isPractitionerUnavailableError(error)).toBe(false);
    expect(error).toMatchObject({ category: ErrorCategory.BadSql, scope: 'request', code: '207' });
    expect((error as Error & { action: string }).action).toMatch(/^Fix the query/);
    expect(policy.pauseStatus()).toEqual([]);
    expect(sent('prac-1')).toBe(1);
    // Not paused: the next poll is sent (and fails the same way).
    await settle(client.search(appointments('prac-1')));
    expect(sent('prac-1')).toBe(2);
  });
});

describe('the default rule recognises GP-away wording and codes from the mock over HTTP', () => {
  test.each([
    ['the testkit default', 'mssql', 50_000, undefined],
    [
      'on leave (code below 50000)',
      'mssql',
      3609,
      'The transaction ended in the trigger. Dr Ng is on annual leave today.',
    ],
    ['no appointment book open', 'mssql', 0, 'No appointment book open for this provider on 26/11/2026'],
    [
      'not rostered (Firebird user exception)',
      'fbsql',
      -836,
      'exception 7 E_ROSTER Practitioner not rostered on for Thursday',
    ],
    ['unavailable (Firebird ISC exception)', 'fbsql', 335_544_517, 'exception 3; Doctor unavailable'],
    ['a user-defined number and neutral words', 'mssql', 51_234, 'Template missing'],
    ['sessions not set up', 'mssql', 16, 'Sessions are not set up for this clinician'],
    ['the message names the GP', 'mssql', 3621, 'The statement has been terminated (provider prac-1).'],
  ])('%s', async (_, errorType, errorCode, message) => {
    const { server, client, sent, policy } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', {
      errorType,
      errorCode,
      ...(message === undefined ? {} : { message }),
    });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(error).toMatchObject({
      name: 'PractitionerUnavailableError',
      pausedUntil: new Date(NEXT_SYDNEY_MIDNIGHT),
      pauseRule: 'practitioner-away',
    });
    expect(sent('prac-1')).toBe(1);
    expect(policy.pauseStatus().map((p) => p.scopeKey)).toEqual(['Practitioner/prac-1']);
  });

  test.each([
    ['syntax', 102, "Incorrect syntax near 'FROM'."],
    ['unknown object', 208, "Invalid object name 'dbo.Diary'."],
    ['unknown procedure', 2812, "Could not find stored procedure 'usp_Away'."],
    ['multi-part identifier', 4104, 'The multi-part identifier "a.DoctorID" could not be bound.'],
    ['keyword', 156, "Incorrect syntax near the keyword 'WHERE'."],
    [
      'a deadlock',
      1205,
      'Transaction (Process ID 57) was deadlocked on lock resources with another process.',
    ],
  ])('%s (mssql %i) is not a GP pause', async (_, errorCode, message) => {
    const { server, client, policy } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', { errorCode, message });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(error).toMatchObject({ category: ErrorCategory.BadSql });
    expect(policy.pauseStatus()).toEqual([]);
  });
});

describe('caller rules', () => {
  const noSessionRow =
    'Cannot insert the value NULL into column SessionID, table Book; column does not allow nulls.';

  test('a code the default does not know pauses through a rule added before the defaults', async () => {
    const rule = pausePractitionerFor({
      name: 'bp-no-session-row',
      sources: [ErrorSource.MsSql],
      codes: [515],
      durationMs: 30 * 60_000,
    });
    const { server, client, policy, events, sent } = await practice({
      practitionerRules: [rule, ...defaultPractitionerRules],
    });
    server.faults.practitionerAway(GUID, 'prac-1', { errorCode: 515, message: noSessionRow });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(error).toMatchObject({
      name: 'PractitionerUnavailableError',
      pauseRule: 'bp-no-session-row',
      pausedUntil: new Date(START + 30 * 60_000),
    });
    expect(sent('prac-1')).toBe(1);
    expect(events.find((e) => e.type === 'pause')).toMatchObject({ reason: { rule: 'bp-no-session-row' } });
    expect(policy.stats().practitionerPausesByRule).toEqual({ 'bp-no-session-row': 1 });
  });

  test('without the rule, the same error is "fix the query"', async () => {
    const { server, client, policy } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', { errorCode: 515, message: noSessionRow });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(error).toMatchObject({ category: ErrorCategory.BadSql });
    expect(policy.pauseStatus()).toEqual([]);
  });

  test('rules are tried in order: the first match names the pause', async () => {
    const { server, client, policy } = await practice({
      practitionerRules: [
        pausePractitionerUntilNextDay({ name: 'leave', message: /\bleave\b/i }),
        ...defaultPractitionerRules,
      ],
    });
    server.faults.practitionerAway(GUID, 'prac-1', { message: 'Dr Ng is on leave' });
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(error).toMatchObject({ pauseRule: 'leave' });
    expect(policy.stats().practitionerPausesByRule).toEqual({ leave: 1 });
  });

  test('a sources filter keeps a rule to its database type', async () => {
    const { server, client, policy } = await practice({
      practitionerRules: [
        pausePractitionerFor({ name: 'fb-only', sources: [ErrorSource.FbSql], codes: [515], durationMs: 1 }),
      ],
    });
    server.faults.practitionerAway(GUID, 'prac-1', { errorCode: 515, message: noSessionRow });
    await settle(client.search(appointments('prac-1')));
    expect(policy.pauseStatus()).toEqual([]);
  });

  test('a rule with scope site pauses the whole practice, GP-named or not', async () => {
    const maintenance = pausePractitionerFor({
      name: 'db-maintenance',
      scope: 'site',
      message: /\bmaintenance\b/i,
      durationMs: 30 * 60_000,
    });
    const { server, client, policy, events, sent } = await practice({
      practitionerRules: [maintenance, ...defaultPractitionerRules],
    });
    server.faults.practitionerAway(GUID, 'prac-1', { message: 'Database is in maintenance mode' });
    // The failure itself is reported as the database said it (a site rule adds no GP action)…
    errorOf(await settle(client.search(appointments('prac-1'))));
    expect(events.find((e) => e.type === 'error')).toMatchObject({ outcome: 'paused' });
    expect(events.find((e) => e.type === 'pause')).toMatchObject({
      scope: 'site',
      resumesAt: START + 30 * 60_000,
      reason: { rule: 'db-maintenance' },
    });
    const other = errorOf(await settle(client.search(appointments('prac-2'))));
    expect(other).toMatchObject({ name: 'PausedError', scope: 'site' });
    expect(sent('prac-2')).toBe(0);
    expect(policy.stats().practitionerPausesByRule).toEqual({ 'db-maintenance': 1 });
  });

  test('an empty list replaces the defaults: nothing pauses a GP', async () => {
    const { server, client, policy } = await practice({ practitionerRules: [] });
    server.faults.practitionerAway(GUID, 'prac-1');
    const error = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(isPractitionerUnavailableError(error)).toBe(true);
    expect(policy.pauseStatus()).toEqual([]);
  });
});

describe('where the query names the GP', () => {
  test.each([
    ['actor', 'Appointment?actor=Practitioner/prac-1&date=2026-11-26'],
    ['actor with :Practitioner', 'Appointment?actor:Practitioner=prac-1&date=2026-11-26'],
  ] as const)('%s', async (_, query) => {
    const { server, client, policy } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1', { errorCode: 50_001, message: 'Diary closed' });
    const error = errorOf(await settle(client.search(query)));
    expect(error).toMatchObject({ name: 'PractitionerUnavailableError' });
    expect(policy.pauseStatus().map((p) => p.scopeKey)).toEqual(['Practitioner/prac-1']);
  });
});

describe('policy.pause and policy.resume', () => {
  test('known leave: the GP is refused without a request until resumed; the other GP is not', async () => {
    const { client, policy, sent, events } = await practice();
    const status = policy.pause({
      scope: 'practitioner',
      site: GUID,
      practitioner: 'Practitioner/prac-1',
      until: new Date('2026-12-01T13:00:00Z'),
      reason: 'annual leave',
    });
    expect(status).toMatchObject({
      scopeKey: 'Practitioner/prac-1',
      reason: { cause: 'manual', message: 'annual leave' },
    });
    const refused = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(refused).toMatchObject({ name: 'PausedError', resumesAt: new Date('2026-12-01T13:00:00Z') });
    expect(sent('prac-1')).toBe(0);
    expect((await settle(client.search(appointments('prac-2')))).ok).toBe(true);
    policy.resume({ scope: 'practitioner', site: GUID, practitioner: 'prac-1' });
    expect((await settle(client.search(appointments('prac-1')))).ok).toBe(true);
    expect(events.filter((e) => e.type === 'resume')).toHaveLength(1);
    expect(policy.stats().practitionerPausesByRule).toEqual({ manual: 1 });
  });

  test('refuses a pause with no practitioner, or one that has already ended, saying which', async () => {
    const { policy } = await practice();
    expect(() => policy.pause({ scope: 'practitioner', site: GUID, practitioner: ' ' })).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', argument: 'practitioner' }),
    );
    expect(() =>
      policy.pause({ scope: 'practitioner', site: GUID, practitioner: 'prac-1', until: START - 1 }),
    ).toThrow(expect.objectContaining({ name: 'InvalidArgumentError', argument: 'until' }));
    expect(() => policy.resume(undefined as never)).toThrow(expect.objectContaining({ argument: 'target' }));
  });
});
