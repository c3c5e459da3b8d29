import type { Appointment, Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer, type MockFhirServer } from '../server/create-mock-fhir-server.js';

async function ids(server: MockFhirServer, query: string): Promise<{ status: number; ids: string[] }> {
  const response = await fetch(`${server.baseUrl()}/Appointment?${query}`, {
    headers: { 'Ocp-Apim-Subscription-Key': server.subscriptionKey },
  });
  const bundle = (await response.json()) as Bundle;
  return { status: response.status, ids: (bundle.entry ?? []).map((e) => e.resource?.id ?? '').sort() };
}

describe('_lastUpdated at the boundaries a poller meets', () => {
  it('gt a second skips every change stamped in it, ge fetches them again, and Halo takes seconds only', async () => {
    const clock = createManualClock('2026-11-26T10:00:00+11:00');
    await using server = await createMockFhirServer({ clock, sites: [{ guid: 'edges', size: 300 }] });
    const store = server.store();
    const [a, b, c] = store.list('Appointment') as Appointment[];
    clock.advance(60_000);
    // Two changes in the same second (10:00:30), one a second later.
    const second = Date.parse('2026-11-26T10:00:30+11:00');
    store.update({ ...a!, comment: 'first' }, { at: second });
    store.update({ ...b!, comment: 'second' }, { at: second });
    store.update({ ...c!, comment: 'third' }, { at: second + 1000 });

    // Practice-local wall time, to the second, as Halo takes it.
    expect(await ids(server, '_lastUpdated=gt2026-11-26T10:00:29')).toEqual({
      status: 200,
      ids: [a!.id, b!.id, c!.id].sort(),
    });
    expect(await ids(server, '_lastUpdated=gt2026-11-26T10:00:30')).toEqual({ status: 200, ids: [c!.id] });
    expect(await ids(server, '_lastUpdated=ge2026-11-26T10:00:30')).toEqual({
      status: 200,
      ids: [a!.id, b!.id, c!.id].sort(),
    });
    // Finer than a second, or with a zone, Halo refuses (the strictDates quirk).
    expect((await ids(server, '_lastUpdated=gt2026-11-26T10:00:30.500')).status).toBe(400);
    expect((await ids(server, '_lastUpdated=gt2026-11-26T10:00:30%2B11:00')).status).toBe(400);
  });
});
