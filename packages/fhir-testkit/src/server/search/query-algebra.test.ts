import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSiteData } from '../../data/generate-site-data.js';
import { generateDifferentialQueries } from './test-support/differential/query-generator.js';
import { searchFixture } from './test-support/search-fixture.js';

const data = generateSiteData({ seed: 4, size: 600, timeZone: 'UTC', now: '2026-11-26T12:00:00Z' });
const { ids } = searchFixture(data);
/** Single-parameter queries drawn from the data, grouped by resource type. */
const byType = new Map<string, string[]>();
for (const q of generateDifferentialQueries(data, 300, 3)) {
  if (new URLSearchParams(q.query).size !== 1) continue;
  byType.set(q.resourceType, [...(byType.get(q.resourceType) ?? []), q.query]);
}
const pairs = [...byType.entries()].flatMap(([type, queries]) =>
  queries.flatMap((a, i) => queries.slice(i + 1, i + 4).map((b) => ({ type, a, b }))),
);

describe('search algebra over the seed data', () => {
  it('repeating parameters intersects their results (AND)', () => {
    expect(pairs.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ({ type, a, b }) => {
        const both = ids(type, `${a}&${b}`);
        const right = new Set(ids(type, b));
        expect(both).toEqual(ids(type, a).filter((id) => right.has(id)));
      }),
      { numRuns: 150 },
    );
  });

  it('a comma unites the results of the same parameter (OR), or intersects them under :not', () => {
    const sameParameter = pairs.filter(
      ({ a, b }) => a.split('=')[0] === b.split('=')[0] && !a.includes(',') && !b.includes(','),
    );
    expect(sameParameter.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...sameParameter), ({ type, a, b }) => {
        const [key] = a.split('=');
        const either = ids(type, `${key}=${a.slice(a.indexOf('=') + 1)},${b.slice(b.indexOf('=') + 1)}`);
        const left = ids(type, a);
        const right = ids(type, b);
        // `:not=a,b` keeps what matches neither: the intersection of `:not=a` and `:not=b`.
        const expected = key?.endsWith(':not')
          ? left.filter((id) => right.includes(id))
          : [...new Set([...left, ...right])];
        expect(new Set(either)).toEqual(new Set(expected));
      }),
      { numRuns: 100 },
    );
  });
});
