import fc from 'fast-check';
import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../data/history-invariants.js';
import { createManualClock } from '../server/clock.js';
import { createMockFhirFetch } from '../server/create-mock-fhir-fetch.js';
import { LiveChangeKind } from './live-schedule.js';

const morning = '2026-11-26T07:30:00+11:00';
const minute = 60_000;

function liveMock(options: { seed?: number; ratePerHour?: number; start?: string; size?: number } = {}) {
  const clock = createManualClock(options.start ?? morning);
  const mock = createMockFhirFetch({
    clock,
    live: { seed: options.seed ?? 1, ratePerHour: options.ratePerHour ?? 12 },
    sites: [{ guid: 'live-site', size: options.size ?? 1500 }],
  });
  const everything = (): Resource[] => {
    const store = mock.store();
    return store.types().flatMap((type) => [...store.list(type)]);
  };
  return { clock, mock, everything };
}

describe('a live practice on the clock', () => {
  it('changes through the day as a practice does, every change a new version at its own time', () => {
    const { clock, mock } = liveMock();
    expect(mock.live().changes()).toEqual([]);
    clock.advance(12 * 60 * minute);
    const changes = mock.live().changes();
    const kinds = new Set(changes.map((c) => c.kind));
    expect(kinds).toEqual(new Set(Object.values(LiveChangeKind)));
    for (const change of changes) {
      const stored = mock.store().history(change.resourceType, change.id);
      const version = stored.find((v) => v.meta?.versionId === change.versionId);
      expect(version?.meta?.lastUpdated, `${change.resourceType}/${change.id}`).toBe(change.lastUpdated);
      expect(Date.parse(change.lastUpdated)).toBeLessThanOrEqual(clock.now());
      expect(Date.parse(change.lastUpdated)).toBeGreaterThan(Date.parse(morning));
    }
    const times = changes.map((c) => Date.parse(c.lastUpdated));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => i + 1));
  });

  it('keeps the history invariants every seven minutes of a day', () => {
    const { clock, mock, everything } = liveMock({ seed: 3, ratePerHour: 30, size: 800 });
    for (let t = 0; t < 24 * 60; t += 7) {
      clock.advance(7 * minute);
      mock.live().catchUp();
      expect(checkHistory(everything(), { now: clock.now() }), new Date(clock.now()).toISOString()).toEqual(
        [],
      );
    }
    expect(mock.live().changes().length).toBeGreaterThan(100);
  });

  it('keeps the invariants over seeds, sizes, rates, zones and clock steps (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1_000_000 }),
          size: fc.integer({ min: 30, max: 2500 }),
          ratePerHour: fc.integer({ min: 0, max: 120 }),
          start: fc.integer({
            min: Date.parse('2024-01-01T00:00:00Z'),
            max: Date.parse('2030-12-31T00:00:00Z'),
          }),
          timeZone: fc.constantFrom('Australia/Sydney', 'Australia/Perth', 'Australia/Adelaide'),
          steps: fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 8 }),
        }),
        ({ seed, size, ratePerHour, start, timeZone, steps }) => {
          const clock = createManualClock(start);
          const mock = createMockFhirFetch({
            clock,
            live: { seed, ratePerHour },
            sites: [{ guid: 'p', size, timeZone }],
          });
          for (const step of steps) {
            clock.advance(step * minute);
            const store = mock.store();
            const resources = store.types().flatMap((type) => [...store.list(type)]);
            expect(checkHistory(resources, { now: clock.now(), timeZone })).toEqual([]);
          }
          for (const change of mock.live().changes()) {
            const version = mock.store().getVersion(change.resourceType, change.id, change.versionId);
            expect(version?.meta?.lastUpdated).toBe(change.lastUpdated);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('is the same practice however often it is asked: derived from the seed and the clock, no timers', () => {
    const a = liveMock({ seed: 9 });
    const b = liveMock({ seed: 9 });
    for (let i = 0; i < 10 * 60; i++) {
      a.clock.advance(minute);
      a.mock.live().catchUp();
    }
    b.clock.advance(10 * 60 * minute);
    expect(b.mock.live().changes()).toEqual(a.mock.live().changes());
    expect(b.everything()).toEqual(a.everything());
    const other = liveMock({ seed: 10 });
    other.clock.advance(10 * 60 * minute);
    expect(other.mock.live().changes()).not.toEqual(a.mock.live().changes());
  });

  it('makes no change while the clock stands still, and none before the desk opens unless a consult is due', () => {
    const { clock, mock } = liveMock({ start: '2026-11-26T03:00:00+11:00', ratePerHour: 600 });
    mock.live().catchUp();
    mock.live().catchUp();
    expect(mock.live().changes()).toEqual([]);
    clock.advance(3 * 60 * minute);
    expect(mock.live().changes()).toEqual([]);
  });

  it('says what is wrong with the option, and that a mock without it is not live', () => {
    expect(() => createMockFhirFetch({ live: { ratePerHour: 601 } })).toThrowError(/between 0 and 600/);
    expect(() => createMockFhirFetch({}).live()).toThrowError(/live: true/);
  });
});
