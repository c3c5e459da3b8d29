import fc from 'fast-check';
import type { Appointment, Encounter, FhirResource, Patient, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { generateSiteData, type SiteDataOptions } from './generate-site-data.js';
import { checkHistory, HistoryInvariant } from './history-invariants.js';

/** The generator's resources as the union of R4 types, so `resourceType` narrows them. */
const generated = (options: SiteDataOptions) => generateSiteData(options) as FhirResource[];

const zones = ['Australia/Sydney', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Lord_Howe', 'UTC'];
const byKey = (resources: readonly Resource[]) =>
  new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, r]));

describe('the generated history holds together', () => {
  it('keeps every invariant over many seeds, sizes, instants, zones and inactive shares (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          size: fc.integer({ min: 1, max: 2500 }),
          // 2001–2037, including DST changes and leap days.
          now: fc.integer({
            min: Date.parse('2001-01-01T00:00:00Z'),
            max: Date.parse('2037-12-31T00:00:00Z'),
          }),
          timeZone: fc.constantFrom(...zones),
          inactiveShare: fc.constantFrom(0, 0.1, 0.3, 1),
          daysBack: fc.integer({ min: 0, max: 4 }),
          daysForward: fc.integer({ min: 0, max: 4 }),
        }),
        (options) => {
          const data = generated(options);
          expect(checkHistory(data, options)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('holds at 100,000 resources, generated in reasonable time', () => {
    const now = '2026-11-26T10:07:00+11:00';
    const started = performance.now();
    const data = generated({ seed: 11, size: 100_000, now });
    const seconds = (performance.now() - started) / 1000;
    expect(data.length).toBeGreaterThan(95_000);
    expect(data.length).toBeLessThan(110_000);
    // ~3 s on a 2-core machine; the bound catches an accidental quadratic, not noise.
    expect(seconds).toBeLessThan(30);
    expect(checkHistory(data, { now })).toEqual([]);
  }, 120_000);

  it('tells apart the stories it promises: booked ahead, arrived, fulfilled after the end', () => {
    const now = Date.parse('2026-11-26T11:03:00+11:00');
    const data = generated({ seed: 4, size: 4000, now, practitioners: 8 });
    const index = byKey(data);
    const appointments = data.filter((r): r is Appointment => r.resourceType === 'Appointment');
    const statuses = new Set(appointments.map((a) => a.status));
    expect(statuses).toEqual(new Set(['booked', 'arrived', 'fulfilled', 'cancelled', 'noshow']));
    for (const a of appointments) {
      const start = Date.parse(a.start ?? '');
      const end = Date.parse(a.end ?? '');
      const lastUpdated = Date.parse(a.meta?.lastUpdated ?? '');
      expect(Date.parse(a.created ?? '')).toBeLessThan(start);
      if (a.status === 'fulfilled') expect(lastUpdated).toBeGreaterThanOrEqual(end);
      if (a.status === 'arrived') expect(start - 3_600_000 <= now && now < end + 3_600_000).toBe(true);
    }
    const finished = data.filter(
      (r): r is Encounter => r.resourceType === 'Encounter' && r.status === 'finished',
    );
    expect(finished.length).toBeGreaterThan(50);
    for (const e of finished) {
      expect(Date.parse(e.meta?.lastUpdated ?? '')).toBeGreaterThanOrEqual(Date.parse(e.period?.end ?? ''));
      expect((index.get(e.appointment?.[0]?.reference ?? '') as Appointment).status).toBe('fulfilled');
    }
    const inProgress = data.filter(
      (r): r is Encounter => r.resourceType === 'Encounter' && r.status === 'in-progress',
    );
    expect(inProgress.length).toBeGreaterThan(0);
    const duringConsults = data.filter((r) => r.resourceType === 'Observation' && 'encounter' in r);
    expect(duringConsults.length).toBeGreaterThan(10);
  });

  it('books no live appointment for a patient or GP who left', () => {
    const now = '2026-11-26T09:30:00+11:00';
    const data = generated({ seed: 2, size: 6000, inactiveShare: 0.4, practitioners: 6, now });
    const inactive = new Set(
      data
        .filter(
          (r) => (r.resourceType === 'Patient' || r.resourceType === 'Practitioner') && r.active === false,
        )
        .map((r) => `${r.resourceType}/${r.id}`),
    );
    expect(inactive.size).toBeGreaterThan(100);
    const live = data.filter(
      (r): r is Appointment =>
        r.resourceType === 'Appointment' && (r.status === 'booked' || r.status === 'arrived'),
    );
    expect(live.length).toBeGreaterThan(100);
    for (const a of live)
      for (const p of a.participant) expect(inactive.has(p.actor?.reference ?? '')).toBe(false);
  });

  it('dates clinical records after birth, even for the newborns', () => {
    const now = '2026-11-26T09:30:00+11:00';
    const data = generated({ seed: 5, size: 20_000, now });
    const births = new Map(
      data
        .filter((r): r is Patient => r.resourceType === 'Patient')
        .map((p) => [`Patient/${p.id}`, p.birthDate ?? '']),
    );
    const youngest = [...births.values()].sort().at(-1) ?? '';
    expect(youngest > '2025-11-26').toBe(true);
    expect(
      checkHistory(data, { now }).filter((v) => v.invariant === HistoryInvariant.ClinicalAfterBirth),
    ).toEqual([]);
  });
});

describe('checkHistory finds a broken story', () => {
  const now = '2026-11-26T12:00:00+11:00';
  const data = generated({ seed: 7, size: 800, now });
  const broken = (edit: (r: Resource) => Resource | undefined) =>
    checkHistory(
      data.map((r) => edit(r) ?? r),
      { now },
    ).map((v) => v.invariant);

  it('names each rule that a hand-made change breaks', () => {
    let once = false;
    const first =
      (type: string, pick: (r: Resource) => boolean, change: (r: Resource) => Resource) => (r: Resource) => {
        if (once || r.resourceType !== type || !pick(r)) return undefined;
        once = true;
        return change(r);
      };
    const cases: [HistoryInvariant, (r: Resource) => Resource | undefined][] = [
      [
        HistoryInvariant.NothingInTheFuture,
        first(
          'Patient',
          () => true,
          (r) => ({ ...r, meta: { versionId: '1', lastUpdated: '2027-01-01T00:00:00Z' } }),
        ),
      ],
      [
        HistoryInvariant.BookedBeforeItStarts,
        first(
          'Appointment',
          () => true,
          (r) => ({ ...r, created: '2026-12-31T00:00:00+11:00' }) as Resource,
        ),
      ],
      [
        HistoryInvariant.StatusFollowsTheClock,
        first(
          'Appointment',
          (r) => (r as Appointment).status === 'fulfilled',
          (r) => ({ ...r, meta: { ...r.meta, versionId: '1' } }),
        ),
      ],
      [
        HistoryInvariant.EncounterFollowsItsAppointment,
        first(
          'Encounter',
          (r) => (r as Encounter).status === 'finished',
          (r) => ({ ...r, period: { start: (r as Encounter).period?.start ?? '' } }) as Resource,
        ),
      ],
      [
        HistoryInvariant.ClinicalAfterBirth,
        first(
          'Condition',
          () => true,
          (r) => ({ ...r, onsetDateTime: '1900-01-01' }) as Resource,
        ),
      ],
      [
        HistoryInvariant.NoLiveAppointmentForInactive,
        first(
          'Patient',
          (r) =>
            (r as Patient).active === true &&
            data.some(
              (a) =>
                a.resourceType === 'Appointment' &&
                a.status === 'booked' &&
                a.participant[0]?.actor?.reference === `Patient/${r.id}`,
            ),
          (r) => ({ ...r, active: false, meta: { ...r.meta, versionId: '2' } }) as Resource,
        ),
      ],
      [
        HistoryInvariant.SlotAgreesWithItsAppointment,
        first(
          'Slot',
          (r) => (r as { status?: string }).status === 'busy',
          (r) => ({ ...r, status: 'free' }) as Resource,
        ),
      ],
      [
        HistoryInvariant.DeactivationIsAChange,
        first(
          'Patient',
          (r) => (r as Patient).active === true,
          (r) => ({ ...r, active: false }) as Resource,
        ),
      ],
    ];
    expect(broken(() => undefined)).toEqual([]);
    for (const [invariant, edit] of cases) {
      once = false;
      expect(broken(edit), invariant).toContain(invariant);
    }
  });

  it('says what to pass for a bad now', () => {
    expect(() => checkHistory(data, { now: 'yesterday' })).toThrowError(/not a date/);
  });
});
