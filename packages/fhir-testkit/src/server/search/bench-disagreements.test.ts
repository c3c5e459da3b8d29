import type { Appointment, Patient, Resource, Slot } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSiteData } from '../../data/generate-site-data.js';
import {
  type Disagreement,
  disagreementRules,
  practiceZoneRules,
} from './test-support/differential/disagreement-rules.js';
import { createMedplumOracle, type MedplumOracle } from './test-support/differential/medplum-repository.js';
import { searchFixture } from './test-support/search-fixture.js';

/**
 * The benchmark's five queries (bench/src/search/queries.ts) returned different entry counts on the
 * mock and on Medplum's in-memory repository (47 vs 45 and 53 vs 48 for a GP's appointments today,
 * 10 vs 11 and 10 vs 13 for a GP's free slots today, at 10,000 and 100,000 resources). Every one
 * of those differences is one R4 rule: a date search value with no zone is read in the server's
 * local time zone (§3.1.1.4.1), the practice's for a Halo site, where Medplum reads it as UTC. The
 * mock follows R4; the rule is recorded in `practiceZoneRules`. These tests pin it on hand-made data,
 * then show that on generated data it is the only difference, and that with the offset written in
 * the query both return the very same entries, includes too.
 */

const zone = 'Australia/Sydney';
const allRules = [...disagreementRules, ...practiceZoneRules];

const patient = (id: string): Patient => ({ resourceType: 'Patient', id, active: true });

/** A 15-minute appointment of GP `gp` for patient `p-{id}`, starting at `start` (practice offset). */
function appointment(id: string, start: string): Appointment {
  const end = new Date(Date.parse(start) + 15 * 60_000).toISOString();
  return {
    resourceType: 'Appointment',
    id,
    status: 'booked',
    start,
    end,
    participant: [
      { actor: { reference: `Patient/p-${id}` }, status: 'accepted' },
      { actor: { reference: 'Practitioner/gp' }, status: 'accepted' },
    ],
  };
}

const slot = (id: string, start: string): Slot => ({
  resourceType: 'Slot',
  id,
  schedule: { reference: 'Schedule/s' },
  status: 'free',
  start,
  end: new Date(Date.parse(start) + 15 * 60_000).toISOString(),
});

/** One practice day in Sydney (UTC+11 in November), with times either side of UTC's midnights. */
const handMade: Resource[] = [
  appointment('early', '2026-11-26T08:00:00+11:00'), // 25 Nov 21:00 UTC
  appointment('noon', '2026-11-26T12:00:00+11:00'), // 26 Nov 01:00 UTC
  appointment('late', '2026-11-26T23:30:00+11:00'), // 26 Nov 12:30 UTC
  appointment('next', '2026-11-27T08:00:00+11:00'), // 26 Nov 21:00 UTC
  ...['early', 'noon', 'late', 'next'].map((id) => patient(`p-${id}`)),
  slot('s-early', '2026-11-26T08:15:00+11:00'),
  slot('s-next', '2026-11-27T08:15:00+11:00'),
];

const today = 'date=ge2026-11-26T00:00:00&date=lt2026-11-27T00:00:00';
const todayWithOffset = 'date=ge2026-11-26T00:00:00%2B11:00&date=lt2026-11-27T00:00:00%2B11:00';

/** The differences between the mock's and Medplum's matches, each with the rule that decides it. */
async function differences(
  oracle: MedplumOracle,
  mockIds: (type: string, query: string) => string[],
  resourceType: string,
  query: string,
) {
  const byKey = new Map(oracle.stored.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const mock = mockIds(resourceType, query);
  const medplum = await oracle.matchingIds(resourceType, query);
  const onlyIn = (side: 'mock' | 'medplum', ids: string[], others: string[]) =>
    ids
      .filter((id) => !others.includes(id))
      .map(
        (id): Disagreement => ({
          resourceType,
          query,
          onlyIn: side,
          resource: byKey.get(`${resourceType}/${id}`) as Resource,
          read: (type, readId) => byKey.get(`${type}/${readId}`),
          timeZone: zone,
        }),
      );
  return [...onlyIn('mock', mock, medplum), ...onlyIn('medplum', medplum, mock)].map((d) => ({
    id: d.resource.id,
    onlyIn: d.onlyIn,
    rule: allRules.find((rule) => rule.explains(d))?.name,
  }));
}

const zoneRule = practiceZoneRules[0]?.name;

describe('settled: a zone-less date search value is read in the practice’s zone (R4 §3.1.1.4.1)', () => {
  let oracle: MedplumOracle;
  let mock: ReturnType<typeof searchFixture>;
  beforeAll(async () => {
    oracle = await createMedplumOracle(handMade);
    mock = searchFixture(oracle.stored, { timeZone: zone });
  });

  it("takes the practice's day for date=ge…T00:00:00&date=lt…T00:00:00; Medplum takes UTC's", async () => {
    expect(mock.ids('Appointment', today).sort()).toEqual(['early', 'late', 'noon']);
    expect(await oracle.matchingIds('Appointment', today)).toEqual(['late', 'next', 'noon']);
    expect(await differences(oracle, mock.ids, 'Appointment', today)).toEqual([
      { id: 'early', onlyIn: 'mock', rule: zoneRule },
      { id: 'next', onlyIn: 'medplum', rule: zoneRule },
    ]);
  });

  it('agrees with Medplum once the offset is in the query, and on the patients each includes', async () => {
    const query = `${todayWithOffset}&_include=Appointment:patient`;
    expect(mock.ids('Appointment', query).sort()).toEqual(['early', 'late', 'noon']);
    expect(await oracle.matchingIds('Appointment', query)).toEqual(['early', 'late', 'noon']);
    const result = mock.search('Appointment', query);
    const included = result.includesFor(result.matches).map((r) => `${r.resourceType}/${r.id}`);
    expect(included.sort()).toEqual(await oracle.includedKeys('Appointment', query));
    expect(included.sort()).toEqual(['Patient/p-early', 'Patient/p-late', 'Patient/p-noon']);
  });

  it('reads a zone-less date (date=2026-11-26) and Slot.start the same way', async () => {
    expect(mock.ids('Appointment', 'date=2026-11-26').sort()).toEqual(['early', 'late', 'noon']);
    expect(await oracle.matchingIds('Appointment', 'date=2026-11-26')).toEqual(['late', 'next', 'noon']);
    const slots = 'start=ge2026-11-26T00:00:00&start=lt2026-11-27T00:00:00';
    expect(mock.ids('Slot', slots)).toEqual(['s-early']);
    expect(await oracle.matchingIds('Slot', slots)).toEqual(['s-next']);
    expect(await differences(oracle, mock.ids, 'Slot', slots)).toEqual([
      { id: 's-early', onlyIn: 'mock', rule: zoneRule },
      { id: 's-next', onlyIn: 'medplum', rule: zoneRule },
    ]);
  });

  it('does not explain a difference the zone cannot decide', async () => {
    // Same query with the offset written: the rule must not claim a difference there.
    const d: Disagreement = {
      resourceType: 'Appointment',
      query: todayWithOffset,
      onlyIn: 'mock',
      resource: handMade[0] as Resource,
      read: () => undefined,
      timeZone: zone,
    };
    expect(practiceZoneRules.some((rule) => rule.explains(d))).toBe(false);
    expect(practiceZoneRules.some((rule) => rule.explains({ ...d, query: today, onlyIn: 'medplum' }))).toBe(
      false,
    );
  });
});

const medicare = 'http://ns.electronichealth.net.au/id/medicare-number';

/** The benchmark's five queries, on the first day GP prac-1 works in the data, zone-less or with `offset`. */
function benchQueries(data: readonly Resource[], offset: string): [string, string][] {
  const starts = data
    .filter((r): r is Appointment => r.resourceType === 'Appointment')
    .filter((a) => a.participant.some((p) => p.actor?.reference === 'Practitioner/prac-1'))
    .map((a) => a.start as string)
    .sort();
  const day = (starts[0] as string).slice(0, 10);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const patients = data.filter((r): r is Patient => r.resourceType === 'Patient');
  const someone = patients[Math.floor(patients.length / 2)] as Patient;
  const number = someone.identifier?.find((i) => i.system === medicare)?.value ?? '0';
  const range = (name: string) => `${name}=ge${day}T00:00:00${offset}&${name}=lt${next}T00:00:00${offset}`;
  return [
    [
      'Appointment',
      `${range('date')}&practitioner=Practitioner/prac-1&_include=Appointment:patient&_count=100`,
    ],
    ['Patient', `identifier=${encodeURIComponent(`${medicare}|${number}`)}`],
    [
      'Patient',
      `family=${encodeURIComponent(someone.name?.[0]?.family ?? '')}&birthdate=${someone.birthDate}`,
    ],
    ['Observation', 'patient=Patient/pat-1&category=vital-signs&_sort=-date&_count=50'],
    ['Slot', `schedule=Schedule/sched-1&status=free&${range('start')}&_count=50`],
  ];
}

describe("the benchmark's queries on generated data against Medplum", () => {
  let oracle: MedplumOracle;
  let mock: ReturnType<typeof searchFixture>;
  let offset: string;
  beforeAll(async () => {
    const data = generateSiteData({ seed: 6, size: 3_000, timeZone: zone });
    oracle = await createMedplumOracle(data);
    mock = searchFixture(oracle.stored, { timeZone: zone });
    const first = benchQueries(data, '')[0]?.[1] ?? '';
    const day = /date=ge(\d{4}-\d{2}-\d{2})/.exec(first)?.[1] as string;
    const start = data
      .filter((r): r is Appointment => r.resourceType === 'Appointment')
      .find((a) => a.start?.startsWith(day) === true)?.start as string;
    offset = encodeURIComponent(start.slice(19));
  }, 120_000);

  it('differs only where the zone-less dates are read in different zones', async () => {
    const decided: string[] = [];
    for (const [type, query] of benchQueries(oracle.stored, '')) {
      for (const difference of await differences(oracle, mock.ids, type, query)) {
        expect(
          difference.rule,
          `${type}?${query}: ${difference.id} only in ${difference.onlyIn}`,
        ).toBeDefined();
        decided.push(difference.rule as string);
      }
    }
    // The morning's appointments and slots differ, as in the benchmark, and nothing else does.
    expect(decided.length).toBeGreaterThan(0);
    expect(new Set(decided)).toEqual(new Set([zoneRule]));
  });

  it('returns the very same entries, matches and includes, once the offset is written', async () => {
    for (const [type, query] of benchQueries(oracle.stored, offset)) {
      // Every match (not one page), and everything its includes add, on both sides.
      const result = mock.search(type, query);
      const ids = result.matches.map((r) => r.id).sort();
      expect(ids, `${type}?${query}`).toEqual(await oracle.matchingIds(type, query));
      const included = result.includesFor(result.matches).map((r) => `${r.resourceType}/${r.id}`);
      expect(included.sort(), `${type}?${query}`).toEqual(await oracle.includedKeys(type, query));
      expect(ids.length, `${type}?${query} finds something`).toBeGreaterThan(0);
    }
  });
});
