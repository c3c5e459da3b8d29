import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { generateSiteData } from '../../data/generate-site-data.js';
import { type Disagreement, disagreementRules } from './test-support/differential/disagreement-rules.js';
import { createMedplumOracle } from './test-support/differential/medplum-repository.js';
import { generateDifferentialQueries } from './test-support/differential/query-generator.js';
import { searchFixture } from './test-support/search-fixture.js';

/**
 * Differential check: the mock's matches must equal those of Medplum's in-memory repository
 * (`@medplum/fhir-router` MemoryRepository) fed the same resources, except where a FHIR rule listed
 * in `disagreement-rules.ts` decides against Medplum. UTC everywhere, as Medplum reads offset-less
 * dates in UTC.
 */
describe('differential check against Medplum', () => {
  it('agrees on at least 200 token, date, reference and string queries over the seed data', async () => {
    // A fixed instant in the working day, with three GPs, so some consults are under way: their
    // Encounters have no period.end, where date prefixes differ most between the mock and Medplum.
    const data = generateSiteData({
      seed: 1,
      size: 500,
      timeZone: 'UTC',
      now: '2026-11-26T13:05:00Z',
      practitioners: 3,
    });
    const oracle = await createMedplumOracle(data);
    const { ids } = searchFixture(oracle.stored, { timeZone: 'UTC' });
    const queries = generateDifferentialQueries(oracle.stored, 240, 7);
    const byKey = new Map(oracle.stored.map((r) => [`${r.resourceType}/${r.id}`, r]));

    const unexplained: string[] = [];
    const rulesUsed = new Set<string>();
    let matchedSomething = 0;
    for (const { resourceType, query } of queries) {
      const mock = ids(resourceType, query).sort();
      const medplum = await oracle.matchingIds(resourceType, query);
      if (mock.length > 0 || medplum.length > 0) matchedSomething += 1;
      const differences: Disagreement[] = [
        ...mock.filter((id) => !medplum.includes(id)).map((id) => ({ id, onlyIn: 'mock' as const })),
        ...medplum.filter((id) => !mock.includes(id)).map((id) => ({ id, onlyIn: 'medplum' as const })),
      ].map(({ id, onlyIn }) => ({
        resourceType,
        query,
        onlyIn,
        resource: byKey.get(`${resourceType}/${id}`) as Resource,
        read: (type: string, readId: string) => byKey.get(`${type}/${readId}`),
      }));
      for (const difference of differences) {
        const rule = disagreementRules.find((r) => r.explains(difference));
        if (rule === undefined)
          unexplained.push(
            `${resourceType}?${query}: ${difference.resource.id} only in ${difference.onlyIn}`,
          );
        else rulesUsed.add(rule.name);
      }
    }

    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['token', 'date', 'reference', 'string']));
    // Most queries must match something, or agreement would prove little.
    expect(matchedSomething).toBeGreaterThan(queries.length * 0.8);
    expect(
      unexplained,
      'a disagreement no rule explains: fix the engine, or add the FHIR rule that decides it to disagreement-rules.ts',
    ).toEqual([]);
    expect(
      [...rulesUsed].sort(),
      'a rule explains no disagreement any more: remove it, or keep queries that exercise it',
    ).toEqual(disagreementRules.map((r) => r.name).sort());
  });
});

describe('differential check of includes against Medplum', () => {
  it('adds the same resources for _include, :Target, _revinclude and :iterate', async () => {
    const data = generateSiteData({ seed: 3, size: 400, timeZone: 'UTC', now: '2026-11-26T13:05:00Z' });
    const oracle = await createMedplumOracle(data);
    const { search } = searchFixture(oracle.stored, { timeZone: 'UTC' });
    const gps = oracle.stored.filter((r) => r.resourceType === 'Practitioner').map((r) => r.id);
    // Patients with conditions and appointments, so every reverse include has something to add.
    const booked = new Set(
      JSON.stringify(oracle.stored.filter((r) => r.resourceType === 'Appointment')).match(/Patient\/[^"]+/g),
    );
    const patients = [
      ...new Set(
        oracle.stored
          .filter((r) => r.resourceType === 'Condition')
          .map((r) => (r as unknown as { subject: { reference: string } }).subject.reference)
          .filter((ref) => booked.has(ref))
          .map((ref) => ref.slice('Patient/'.length)),
      ),
    ].slice(0, 5);
    expect(patients).toHaveLength(5);
    const queries: [string, string][] = [
      ...gps.map((id): [string, string] => [
        'Appointment',
        `practitioner=${id}&_include=Appointment:patient`,
      ]),
      ...gps.map((id): [string, string] => [
        'Appointment',
        `practitioner=${id}&_include=Appointment:actor:Location`,
      ]),
      ...patients.map((id): [string, string] => ['Patient', `_id=${id}&_revinclude=Condition:subject`]),
      ...patients.map((id): [string, string] => [
        'Patient',
        `_id=${id}&_revinclude=Appointment:patient&_include=Patient:general-practitioner`,
      ]),
      ['Encounter', '_include=Encounter:appointment&_include:iterate=Appointment:slot'],
      [
        'Condition',
        'clinical-status=active&_include=Condition:subject&_include:iterate=Patient:organization',
      ],
    ];
    for (const [type, query] of queries) {
      const result = search(type, query);
      const mock = result
        .includesFor(result.matches)
        .map((r) => `${r.resourceType}/${r.id}`)
        .sort();
      expect(mock.length, `${type}?${query} includes something`).toBeGreaterThan(0);
      expect(mock, `${type}?${query}`).toEqual(await oracle.includedKeys(type, query));
    }
  });
});
