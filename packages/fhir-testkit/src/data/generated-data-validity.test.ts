import type { Resource } from 'fhir/r4.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';
import { generateSiteData } from './generate-site-data.js';

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

/**
 * What is wrong with generated data, one line per resource (at most `limit`): the schema's complaints
 * and the paths of empty values. The message names seed and size so the failing data can be regenerated.
 */
function problemsOf(resources: readonly Resource[], limit = 10): string[] {
  const problems: string[] = [];
  for (const resource of resources) {
    const errors = [
      ...schema.errorsOf(resource),
      ...emptyValuePaths(resource).map((p) => `empty value at ${p}`),
    ];
    if (errors.length > 0) problems.push(`${resource.resourceType}/${resource.id}: ${errors.join('; ')}`);
    if (problems.length >= limit) break;
  }
  return problems;
}

const advice =
  'generated data must be valid R4 JSON (HL7 schema) with no empty array, object or string: fix the generator in src/data';

describe('generated data against the R4 JSON schema and FHIR JSON rules', () => {
  it('is valid and has no empty values for any seed, size and time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 1_500 }),
        fc.constantFrom('Australia/Sydney', 'Australia/Perth', 'UTC', 'Pacific/Auckland'),
        (seed, size, timeZone) => {
          const data = generateSiteData({ seed, size, timeZone });
          expect(problemsOf(data), `${advice} (seed ${seed}, size ${size}, ${timeZone})`).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it.each([
    [1, 10_000],
    [6, 100_000],
  ])(
    'is valid and has no empty values at seed %i, size %i',
    (seed, size) => {
      const data = generateSiteData({ seed, size });
      expect(data.length).toBeGreaterThan(size * 0.9);
      expect(problemsOf(data), `${advice} (seed ${seed}, size ${size})`).toEqual([]);
    },
    120_000,
  );

  it('finds what it is meant to find: a schema error and an empty value in a spoilt resource', () => {
    const [first] = generateSiteData({ seed: 1, size: 20 });
    const spoilt = { ...first, id: 'has space', meta: {}, unknownField: 1 } as unknown as Resource;
    const [problem] = problemsOf([spoilt]);
    expect(problem).toContain('/id');
    expect(problem).toContain('unknownField');
    expect(problem).toContain('empty value at $.meta');
  });
});
