import { beforeAll, describe, expect, it } from 'vitest';
import { generateSiteVersions } from '../data/generate-site-data.js';
import { createManualClock } from '../server/clock.js';
import { createMockFhirFetch } from '../server/create-mock-fhir-fetch.js';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

describe('every version the testkit makes', () => {
  it('is valid R4 JSON with no empty values, every version of a day of changes', () => {
    const clock = createManualClock('2026-11-26T06:00:00+11:00');
    const mock = createMockFhirFetch({ clock, live: { seed: 5, ratePerHour: 40 } });
    clock.advance(14 * 3_600_000);
    const changes = mock.live().changes();
    expect(changes.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const change of changes) {
      const version = mock.store().getVersion(change.resourceType, change.id, change.versionId);
      if (version === undefined) {
        problems.push(`${change.resourceType}/${change.id}/_history/${change.versionId}: not in the store`);
        continue;
      }
      for (const error of [...schema.errorsOf(version), ...emptyValuePaths(version)])
        problems.push(`${change.resourceType}/${change.id}/_history/${change.versionId}: ${error}`);
    }
    expect(problems).toEqual([]);
  });

  it('is valid R4 JSON with no empty values, every version of the generated practice (generateSiteVersions)', () => {
    const versions = generateSiteVersions({ seed: 2, size: 3000, now: '2026-11-26T12:00:00+11:00' });
    expect(versions.length).toBeGreaterThan(3500);
    const problems = versions.flatMap((r) =>
      [...schema.errorsOf(r), ...emptyValuePaths(r)].map(
        (e) => `${r.resourceType}/${r.id}/_history/${r.meta?.versionId}: ${e}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
