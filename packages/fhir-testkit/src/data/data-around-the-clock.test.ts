import fc from 'fast-check';
import type { Appointment, Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirFetch } from '../server/create-mock-fhir-fetch.js';
import { generateSiteData } from './generate-site-data.js';
import { localDateOf } from './time-zone.js';

async function appointmentsOn(
  mock: ReturnType<typeof createMockFhirFetch>,
  day: string,
): Promise<Appointment[]> {
  const response = await mock.fetch(`${mock.baseUrl()}/Appointment?date=${day}&_count=1000`, {
    headers: { 'Ocp-Apim-Subscription-Key': mock.subscriptionKey },
  });
  const bundle = (await response.json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource as Appointment);
}

describe('data generated around the clock', () => {
  it("gives a fresh mock today's appointment book, whatever the instant and zone (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: Date.parse('2001-01-01T00:00:00Z'), max: Date.parse('2037-12-31T00:00:00Z') }),
        fc.constantFrom('Australia/Sydney', 'Australia/Perth', 'Australia/Darwin', 'Pacific/Auckland'),
        async (now, timeZone) => {
          const mock = createMockFhirFetch({
            clock: createManualClock(now),
            sites: [{ guid: 'site', timeZone, seed: now % 1000 }],
          });
          const today = localDateOf(now, timeZone);
          const book = await appointmentsOn(mock, today);
          expect(book.length).toBeGreaterThan(15);
          // Before now: happened (or cancelled); after: still to come.
          for (const a of book) {
            if (Date.parse(a.end ?? '') + 3_600_000 < now) expect(a.status).not.toBe('booked');
            if (Date.parse(a.start ?? '') > now + 3_600_000)
              expect(['booked', 'cancelled']).toContain(a.status);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('has today on the real clock when no clock is given', async () => {
    const mock = createMockFhirFetch();
    expect((await appointmentsOn(mock, localDateOf(Date.now(), 'Australia/Sydney'))).length).toBeGreaterThan(
      15,
    );
  });

  it('keeps fixed days for snapshot tests with an explicit anchor, whatever the clock says', async () => {
    const anchor = '2026-11-26T12:00:00+11:00';
    const mock = createMockFhirFetch({
      clock: createManualClock('2031-05-05T10:00:00+10:00'),
      sites: [{ guid: 'site', anchor, daysBack: 1, daysForward: 2 }],
    });
    for (const day of ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'])
      expect((await appointmentsOn(mock, day)).length, day).toBeGreaterThan(0);
    expect(await appointmentsOn(mock, '2026-11-29')).toEqual([]);
    expect(await appointmentsOn(mock, '2031-05-05')).toEqual([]);
    const again = createMockFhirFetch({ sites: [{ guid: 'site', anchor, daysBack: 1, daysForward: 2 }] });
    expect(again.store().list('Appointment')).toEqual(mock.store().list('Appointment'));
  });

  it('spreads the book daysBack before and daysForward after today, and says which option is wrong', () => {
    const now = '2026-11-26T12:00:00+11:00';
    const days = (options: Parameters<typeof generateSiteData>[0]) =>
      [
        ...new Set(
          generateSiteData(options)
            .filter((r): r is Appointment => r.resourceType === 'Appointment')
            .map((a) => a.start?.slice(0, 10)),
        ),
      ].sort();
    expect(days({ seed: 1, size: 3000, now, daysBack: 2, daysForward: 1 })).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(days({ seed: 1, size: 3000, now, days: 3 })).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(days({ seed: 1, size: 3000, now, daysBack: 0, days: 2 })).toEqual(['2026-11-26', '2026-11-27']);
    expect(() => generateSiteData({ seed: 1, now, startDate: '2026-11-26', daysBack: 1 })).toThrowError(
      /startDate or daysBack\/daysForward/,
    );
    expect(() => generateSiteData({ seed: 1, now, days: 2, daysBack: 1, daysForward: 1 })).toThrowError(
      /days 2 is not daysBack \+ 1 \+ daysForward \(3\)/,
    );
    expect(() => generateSiteData({ seed: 1, now: 'tomorrow' })).toThrowError(/now must be a Date/);
    expect(() => generateSiteData({ seed: 1, now, daysBack: -1 })).toThrowError(
      /daysBack must be an integer >= 0/,
    );
  });
});
