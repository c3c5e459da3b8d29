import type { Appointment, Patient, Practitioner, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { AuIdentifierSystem, isValidIhi, isValidMedicareNumber } from './au-identifiers.js';
import { generateSiteData } from './generate-site-data.js';

const byType = (resources: readonly Resource[]) => {
  const map = new Map<string, Resource[]>();
  for (const r of resources) map.set(r.resourceType, [...(map.get(r.resourceType) ?? []), r]);
  return map;
};
const ofType = <T extends Resource>(resources: readonly Resource[], type: T['resourceType']) =>
  resources.filter((r): r is T => r.resourceType === type);

/** A fixed instant, so the data is the same on every run (the default is the real now). */
const now = '2026-11-26T12:00:00+11:00';

describe('generateSiteData', () => {
  const data = generateSiteData({ seed: 42, size: 2000, now });

  it('gives the same data for the same seed and different data for another', () => {
    expect(generateSiteData({ seed: 42, size: 2000, now })).toEqual(data);
    expect(generateSiteData({ seed: 43, size: 2000, now })).not.toEqual(data);
  });

  it('sizes the data near the requested total, from a handful to thousands', () => {
    for (const size of [5, 60, 500, 2000, 8000]) {
      const count = generateSiteData({ seed: 1, size, now }).length;
      expect(count, `size ${size}`).toBeGreaterThan(size * 0.85);
      expect(count, `size ${size}`).toBeLessThan(size * 1.15 + 10);
    }
  });

  it('makes every kind of resource of an AU general practice', () => {
    expect([...byType(data).keys()].sort()).toEqual(
      [
        'AllergyIntolerance',
        'Appointment',
        'Condition',
        'Encounter',
        'Immunization',
        'Location',
        'MedicationStatement',
        'Observation',
        'Organization',
        'Patient',
        'Practitioner',
        'PractitionerRole',
        'Schedule',
        'Slot',
      ].sort(),
    );
  });

  it('gives unique ids, and every reference points to a generated resource', () => {
    const keys = new Set(data.map((r) => `${r.resourceType}/${r.id}`));
    expect(keys.size).toBe(data.length);
    const references = JSON.stringify(data).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(1000);
    for (const ref of references) expect(keys.has(ref.slice(13, -1)), ref).toBe(true);
  });

  it('gives patients valid IHI and Medicare identifiers, an AU address, a 04 mobile and active', () => {
    for (const patient of ofType<Patient>(data, 'Patient')) {
      const ihi = patient.identifier?.find((i) => i.system === AuIdentifierSystem.Ihi)?.value ?? '';
      const medicare = patient.identifier?.find((i) => i.system === AuIdentifierSystem.Medicare)?.value ?? '';
      expect(isValidIhi(ihi), ihi).toBe(true);
      expect(isValidMedicareNumber(medicare), medicare).toBe(true);
      expect(patient.address?.[0]).toMatchObject({
        country: 'AU',
        postalCode: expect.stringMatching(/^\d{4}$/),
      });
      expect(patient.telecom?.[0]?.value).toMatch(/^04\d{2} \d{3} \d{3}$/);
      expect(typeof patient.active).toBe('boolean');
    }
  });

  it('makes about inactiveShare of patients inactive', () => {
    const patients = ofType<Patient>(
      generateSiteData({ seed: 5, size: 8000, inactiveShare: 0.2, now }),
      'Patient',
    );
    const share = patients.filter((p) => p.active === false).length / patients.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    const none = ofType<Patient>(generateSiteData({ seed: 5, size: 2000, inactiveShare: 0, now }), 'Patient');
    expect(none.every((p) => p.active === true)).toBe(true);
  });

  it('books many appointments per GP per day, each naming its Patient, Practitioner and Slot', () => {
    const appointments = ofType<Appointment>(data, 'Appointment');
    const perGpDay = new Map<string, number>();
    for (const a of appointments) {
      const actors = a.participant.map((p) => p.actor?.reference ?? '');
      expect(actors.filter((r) => r.startsWith('Patient/'))).toHaveLength(1);
      const gp = actors.find((r) => r.startsWith('Practitioner/')) ?? '';
      expect(gp).not.toBe('');
      expect(a.slot?.[0]?.reference).toMatch(/^Slot\//);
      const key = `${gp} ${a.start?.slice(0, 10)}`;
      perGpDay.set(key, (perGpDay.get(key) ?? 0) + 1);
    }
    expect(Math.min(...perGpDay.values())).toBeGreaterThan(20);
    const future = appointments.filter((a) => Date.parse(a.start ?? '') > Date.parse(now));
    const past = appointments.filter((a) => Date.parse(a.end ?? '') + 3_600_000 < Date.parse(now));
    expect(future.length).toBeGreaterThan(100);
    expect(past.length).toBeGreaterThan(100);
    const share = (list: Appointment[], status: string) =>
      list.filter((a) => a.status === status).length / list.length;
    expect(share(future, 'booked')).toBeGreaterThan(0.85);
    expect(share(past, 'fulfilled')).toBeGreaterThan(0.75);
    expect(share(past, 'booked') + share(past, 'arrived')).toBe(0);
  });

  it('writes appointment times as instants with the site offset, from startDate for days days', () => {
    const sydney = ofType<Appointment>(
      generateSiteData({ seed: 1, size: 600, startDate: '2026-11-26', days: 2, practitioners: 2, now }),
      'Appointment',
    );
    expect(sydney[0]?.start).toMatch(/^2026-11-26T08:00:00\+11:00$/);
    expect(new Set(sydney.map((a) => a.start?.slice(0, 10)))).toEqual(new Set(['2026-11-26', '2026-11-27']));
    for (const a of sydney) expect(Date.parse(a.end ?? '') - Date.parse(a.start ?? '')).toBe(15 * 60_000);
    const perth = ofType<Appointment>(
      generateSiteData({ seed: 1, size: 300, timeZone: 'Australia/Perth', now }),
      'Appointment',
    );
    expect(perth[0]?.start).toMatch(/\+08:00$/);
  });

  it('spreads the requested GPs over the requested practices; only working GPs have a book', () => {
    const site = generateSiteData({ seed: 3, size: 5000, practitioners: 17, practices: 3, now });
    const gps = ofType<Practitioner>(site, 'Practitioner');
    expect(gps).toHaveLength(17);
    expect(gps.every((p) => typeof p.active === 'boolean')).toBe(true);
    expect(ofType(site, 'Organization')).toHaveLength(3);
    const working = gps.filter((p) => p.active).map((p) => `Practitioner/${p.id}`);
    expect(working.length).toBeGreaterThanOrEqual(3);
    expect(
      new Set(ofType<Appointment>(site, 'Appointment').map((a) => a.participant[1]?.actor?.reference)),
    ).toEqual(new Set(working));
  });

  it('counts each change in meta.versionId and stamps the latest, to the second, never after now', () => {
    const versions = new Set(data.map((r) => r.meta?.versionId));
    expect(versions).toEqual(new Set(['1', '2', '3']));
    for (const r of data) {
      expect(r.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(Date.parse(r.meta?.lastUpdated ?? '')).toBeLessThanOrEqual(Date.parse(now));
    }
  });

  it('says which option is wrong', () => {
    expect(() => generateSiteData({ seed: 1, size: 0, now })).toThrowError(/size must be an integer >= 1/);
    expect(() => generateSiteData({ seed: 1, startDate: '26/11/2026', now })).toThrowError(
      /startDate must be YYYY-MM-DD/,
    );
    expect(() => generateSiteData({ seed: 1, inactiveShare: 2, now })).toThrowError(/inactiveShare/);
    expect(() => generateSiteData({ seed: 1, practitioners: 1.5, now })).toThrowError(/practitioners/);
  });

  it('uses an injected random source instead of the seed', () => {
    const constant = () => 0.5;
    expect(generateSiteData({ seed: 1, size: 50, random: constant, now })).toEqual(
      generateSiteData({ seed: 2, size: 50, random: constant, now }),
    );
  });
});

describe('generateSiteData without a size', () => {
  it('gives each of many GPs a full day, enough for several pages', () => {
    const site = generateSiteData({ seed: 8, practitioners: 50, practices: 3, now });
    const perGp = new Map<string, number>();
    for (const a of ofType<Appointment>(site, 'Appointment')) {
      if (!a.start?.startsWith('2026-11-26')) continue;
      const gp =
        a.participant.find((p) => p.actor?.reference?.startsWith('Practitioner/'))?.actor?.reference ?? '';
      perGp.set(gp, (perGp.get(gp) ?? 0) + 1);
    }
    const working = ofType<Practitioner>(site, 'Practitioner').filter((p) => p.active);
    expect(working.length).toBeGreaterThan(40);
    expect(perGp.size).toBe(working.length);
    expect(Math.min(...perGp.values())).toBeGreaterThan(20);
  });
});
