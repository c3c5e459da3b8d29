import fc from 'fast-check';
import type { Appointment, Bundle, FhirResource, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import { generateSiteData, generateSiteVersions } from './generate-site-data.js';

const keyOf = (r: Resource) => `${r.resourceType}/${r.id}`;

function storiesOf(versions: readonly Resource[]): Map<string, FhirResource[]> {
  const stories = new Map<string, FhirResource[]>();
  for (const v of versions) stories.set(keyOf(v), [...(stories.get(keyOf(v)) ?? []), v as FhirResource]);
  return stories;
}

describe('every version of the generated practice', () => {
  it('numbers each resource’s versions 1, 2, 3 in time order, ending at generateSiteData’s (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 20, max: 2000 }),
        fc.integer({ min: Date.parse('2010-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') }),
        (seed, size, now) => {
          const current = generateSiteData({ seed, size, now });
          const versions = generateSiteVersions({ seed, size, now });
          const stories = storiesOf(versions);
          expect([...stories.keys()]).toEqual(current.map(keyOf));
          for (const resource of current) {
            const story = stories.get(keyOf(resource)) ?? [];
            expect(story.at(-1)).toEqual(resource);
            expect(story.map((v) => v.meta?.versionId)).toEqual(story.map((_, i) => String(i + 1)));
            const times = story.map((v) => Date.parse(v.meta?.lastUpdated ?? ''));
            expect(times).toEqual([...times].sort((a, b) => a - b));
            expect(Math.max(...times)).toBeLessThanOrEqual(now);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('tells each story: booked, arrived, fulfilled; free, busy, free; active, then inactive', () => {
    const now = '2026-11-26T12:00:00+11:00';
    const stories = storiesOf(generateSiteVersions({ seed: 3, size: 3000, now }));
    const statuses = (key: string) =>
      (stories.get(key) ?? []).map((v) => ('status' in v ? v.status : 'active' in v ? v.active : undefined));
    /** The story of the first resource of `type` whose current version matches. */
    const storyOf = (type: string, match: (current: Record<string, unknown>) => boolean) =>
      [...stories.values()].find((story) => {
        const current = story.at(-1) as unknown as Record<string, unknown> | undefined;
        return current?.resourceType === type && match(current);
      });
    const fulfilled = storyOf('Appointment', (a) => a.status === 'fulfilled');
    const appointment = fulfilled?.at(-1) as Appointment;
    expect(statuses(keyOf(appointment))).toEqual(['booked', 'arrived', 'fulfilled']);
    expect(fulfilled?.[0]?.meta?.lastUpdated).toBe(
      new Date(Date.parse(appointment.created ?? '')).toISOString(),
    );
    const cancelled = storyOf('Appointment', (a) => a.status === 'cancelled')?.at(-1) as Appointment;
    expect(statuses(appointment.slot?.[0]?.reference ?? '')).toEqual(['free', 'busy']);
    expect(statuses(cancelled.slot?.[0]?.reference ?? '')).toEqual(['free', 'busy', 'free']);
    const encounter = storyOf('Encounter', (e) => e.status === 'finished');
    expect(encounter?.map((v) => 'status' in v && v.status)).toEqual(['in-progress', 'finished']);
    const left = storyOf('Patient', (p) => p.active === false);
    expect(left?.map((v) => 'active' in v && v.active)).toEqual([true, false]);
  });

  it('is what the mock serves to vread and _history', async () => {
    const clock = createManualClock('2026-11-26T12:00:00+11:00');
    await using server = await createMockFhirServer({ clock });
    const headers = { 'Ocp-Apim-Subscription-Key': server.subscriptionKey };
    const appointment = server
      .store()
      .list('Appointment')
      .find((a) => a.meta?.versionId === '3') as Appointment;
    const url = `${server.baseUrl()}/Appointment/${appointment.id}`;
    const v1 = (await (await fetch(`${url}/_history/1`, { headers })).json()) as Appointment;
    expect(v1.status).toBe('booked');
    const history = (await (await fetch(`${url}/_history`, { headers })).json()) as Bundle;
    expect(history.entry?.map((e) => (e.resource as Appointment).status)).toEqual([
      'fulfilled',
      'arrived',
      'booked',
    ]);
  });
});
