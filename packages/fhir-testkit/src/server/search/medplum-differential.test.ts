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
    const data = generateSiteData({ seed: 1, size: 500, timeZone: 'UTC' });
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
