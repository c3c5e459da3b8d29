import { createFhirClient, createResiliencePolicy, search } from '@halo-fhir/fhir-client';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import { LiveChangeKind } from './live-schedule.js';

const guid = '6c1f3a52-0d7e-4a8b-9f21-5e4d3c2b1a09';
const timeZone = 'Australia/Sydney';
const minute = 60_000;
/** Every type the live practice writes. */
const polledTypes = ['Appointment', 'Slot', 'Encounter', 'Observation', 'Patient'] as const;

describe('polling a live practice with _lastUpdated', () => {
  it('over a whole day, polled every minute over HTTP, misses no change and fetches none twice', async () => {
    const clock = createManualClock('2026-11-26T00:00:00+11:00');
    await using server = await createMockFhirServer({
      clock,
      live: { seed: 4, ratePerHour: 20 },
      sites: [{ guid, size: 600, timeZone }],
    });
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      timeZone,
      clock,
      policy: createResiliencePolicy({ clock }),
    });
    // Per type, the newest lastUpdated seen: the next poll asks for what is strictly later. Every
    // change is stamped to the second and all changes due by now are applied before a request is
    // answered, so `gt` that second neither repeats one nor skips one stamped in the same second.
    const watermark = new Map<string, number>(polledTypes.map((type) => [type, clock.now()]));
    const fetched: string[] = [];
    for (let poll = 0; poll < 24 * 60; poll++) {
      clock.advance(minute);
      // The five types are polled side by side, as a poller with one query per type would.
      await Promise.all(
        polledTypes.map(async (type) => {
          const query = search(type, { dates: 'halo', timeZone }).lastUpdated({
            gt: new Date(watermark.get(type) ?? 0),
          });
          for await (const page of client.pages(query)) {
            for (const resource of page.matches) {
              fetched.push(`${type}/${resource.id}/_history/${resource.meta?.versionId}`);
              const at = Date.parse(resource.meta?.lastUpdated ?? '');
              watermark.set(type, Math.max(watermark.get(type) ?? 0, at));
            }
          }
        }),
      );
    }

    const changes = server.live().changes();
    const visible = changes.filter((c) => c.activeRecord);
    const expected = visible.map((c) => `${c.resourceType}/${c.id}/_history/${c.versionId}`);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(Object.values(LiveChangeKind)));
    expect(expected.length).toBeGreaterThan(500);
    const missed = expected.filter((key) => !fetched.includes(key));
    const twice = fetched.filter((key, index) => fetched.indexOf(key) !== index);
    expect({ missed, twice }).toEqual({ missed: [], twice: [] });
    expect([...fetched].sort()).toEqual([...expected].sort());
    // What the poll cannot see: Halo never returns inactive records, so a patient leaving is only
    // in the changes log.
    expect(changes.filter((c) => !c.activeRecord).every((c) => c.kind === LiveChangeKind.Deactivated)).toBe(
      true,
    );
    expect(changes.some((c) => !c.activeRecord)).toBe(true);
  }, 120_000);
});
