import type { Appointment, Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { zonedDateTime } from '../server/time-zone.js';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer, type MockFhirServer } from '../server/create-mock-fhir-server.js';

const timeZone = 'Australia/Sydney';
const minute = 60_000;

async function page(server: MockFhirServer, url: string): Promise<Bundle> {
  const response = await fetch(url, { headers: { 'Ocp-Apim-Subscription-Key': server.subscriptionKey } });
  return (await response.json()) as Bundle;
}
const keyOf = (a: Appointment) => `${a.id}/_history/${a.meta?.versionId}`;

describe('a change that lands between the pages of a poll', () => {
  it('is lost by a poller that moves on to the newest change seen, and kept by one that moves on to when its poll began', async () => {
    const clock = createManualClock('2026-11-26T10:00:00+11:00');
    await using server = await createMockFhirServer({ clock, sites: [{ guid: 'pages', size: 800 }] });
    const store = server.store();
    const pollStart = clock.now();
    // Twelve changes before the poll, a second apart.
    clock.advance(minute);
    const booked = (store.list('Appointment') as Appointment[])
      .filter((a) => a.status === 'booked')
      .slice(0, 13);
    booked.slice(0, 12).forEach((a, i) => {
      store.update({ ...a, description: 'Moved to the long room' }, { at: pollStart + (i + 1) * 1000 });
    });
    const since = zonedDateTime(pollStart, timeZone);
    const polledAt = clock.now();

    const first = await page(server, `${server.baseUrl()}/Appointment?_lastUpdated=gt${since}&_count=5`);
    const onFirst = (first.entry ?? []).map((e) => e.resource as Appointment);
    // Between pages, the clock moves: one appointment already fetched changes again, then another is
    // booked (a new resource: the last in the server's order).
    clock.advance(minute);
    const again = store.update(
      { ...onFirst[0]!, comment: 'Interpreter needed' },
      { at: clock.now() - 30_000 },
    );
    const late = store.update({ ...booked[12]!, description: 'Booked between pages' }, { at: clock.now() });
    const fetched = [...onFirst];
    let next = first.link?.find((l) => l.relation === 'next')?.url;
    while (next !== undefined) {
      const bundle = await page(server, next);
      fetched.push(...(bundle.entry ?? []).map((e) => e.resource as Appointment));
      next = bundle.link?.find((l) => l.relation === 'next')?.url;
    }
    expect(fetched.map(keyOf)).toContain(keyOf(late.resource as Appointment));
    expect(fetched.map(keyOf)).not.toContain(keyOf(again.resource as Appointment));

    // Moving on to the newest change seen skips the one made between pages before it.
    const newestSeen = Math.max(...fetched.map((a) => Date.parse(a.meta?.lastUpdated ?? '')));
    const naive = await page(
      server,
      `${server.baseUrl()}/Appointment?_lastUpdated=gt${zonedDateTime(newestSeen, timeZone)}`,
    );
    expect((naive.entry ?? []).map((e) => keyOf(e.resource as Appointment))).toEqual([]);

    // Moving on to when the poll began finds it; what was already fetched is dropped by id and version.
    const seen = new Set(fetched.map(keyOf));
    const safe = await page(
      server,
      `${server.baseUrl()}/Appointment?_lastUpdated=gt${zonedDateTime(polledAt, timeZone)}`,
    );
    const fresh = (safe.entry ?? []).map((e) => keyOf(e.resource as Appointment)).filter((k) => !seen.has(k));
    expect(fresh).toEqual([keyOf(again.resource as Appointment)]);
  });
});
