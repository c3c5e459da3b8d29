import type { Bundle, Resource } from 'fhir/r4.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLastUpdatedInPlace } from '../normalize/last-updated.js';
import { bundleLinks, classifyEntries } from '../paging/page.js';
import { ResourceIndex } from '../paging/resource-index.js';
import type { EventHub } from './events.js';
import type { OperationContext } from './operations/operation-context.js';
import { warnAboutSearchOutcomes } from './operations/search.js';
import { responseShapeProblem } from './response-shape.js';

// "Every response shape is either used or a typed error": for any Bundle-like JSON, either the
// shape check names a problem, or everything the client does with a search page runs without
// throwing. And a well-formed Bundle is never refused.

const anything = fc.jsonValue({ maxDepth: 3 });
/** Mostly the well-formed value, sometimes any JSON at all: one broken field among good ones. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 6 }, { arbitrary: anything, weight: 1 });

const resource = fc.record(
  {
    resourceType: maybe(fc.constantFrom('Patient', 'Practitioner', 'OperationOutcome')),
    id: maybe(fc.string({ maxLength: 5 })),
    meta: maybe(fc.record({ lastUpdated: maybe(fc.constant('2026-03-02T09:15:00')) }, { requiredKeys: [] })),
    contained: maybe(
      fc.array(maybe(fc.record({ resourceType: fc.constant('Patient'), id: maybe(fc.string()) }))),
    ),
    issue: maybe(
      fc.array(maybe(fc.record({ severity: anything, diagnostics: anything }, { requiredKeys: [] }))),
    ),
  },
  { requiredKeys: [] },
);
const entry = fc.record(
  {
    resource: maybe(resource),
    fullUrl: maybe(fc.string({ maxLength: 8 })),
    search: maybe(
      fc.record({ mode: maybe(fc.constantFrom('match', 'include', 'outcome')) }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);
const bundleLike = fc.record(
  {
    resourceType: fc.constant('Bundle'),
    entry: maybe(fc.array(maybe(entry), { maxLength: 4 })),
    link: maybe(
      fc.array(maybe(fc.record({ relation: maybe(fc.constant('next')), url: maybe(fc.string()) }))),
    ),
    total: maybe(fc.nat()),
  },
  { requiredKeys: ['resourceType'] },
);

const silentContext = {
  config: { site: 'site' },
  events: { emit: () => undefined, on: () => () => undefined } satisfies EventHub,
} as unknown as OperationContext;

/** Everything the client does with a search page it accepted. */
function useAsSearchPage(value: unknown): void {
  const bundle = value as Bundle;
  const entries = classifyEntries(bundle, 'Patient');
  // The pager resolves `next` as a URL string and shows every link's relation and url as text.
  const { links, next } = bundleLinks(bundle);
  if (next !== undefined && typeof next !== 'string') throw new TypeError('next is not text');
  for (const link of links) {
    if (typeof link.relation !== 'string' || typeof link.url !== 'string')
      throw new TypeError('link is not text');
  }
  const index = new ResourceIndex(new URL('https://h/fhir/'));
  for (const classified of entries) index.add(classified.resource, classified.fullUrl, classified.key);
  for (const classified of entries)
    index.resolve(`#${classified.resource.id ?? ''}`, { from: classified.resource });
  warnAboutSearchOutcomes(silentContext, bundle, 'Patient', undefined);
  normalizeLastUpdatedInPlace(bundle, { timeZone: 'Australia/Sydney' });
}

describe('Bundle shapes', () => {
  it('are either refused with a problem, or safe for everything paging does with them', () => {
    fc.assert(
      fc.property(bundleLike, (value) => {
        const problem = responseShapeProblem(value, 'Bundle');
        if (problem === undefined) expect(() => useAsSearchPage(value)).not.toThrow();
        else expect(problem).toMatch(/^(Bundle|the body)/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never refuses a well-formed Bundle', () => {
    const patient = fc.record({
      resourceType: fc.constant('Patient'),
      id: fc.string({ minLength: 1, maxLength: 8 }),
    });
    const wellFormed = fc.record({
      resourceType: fc.constant('Bundle' as const),
      type: fc.constant('searchset' as const),
      total: fc.nat(),
      link: fc.array(fc.record({ relation: fc.constantFrom('self', 'next'), url: fc.webUrl() }), {
        maxLength: 3,
      }),
      entry: fc.array(
        fc.record({
          fullUrl: fc.webUrl(),
          resource: patient.map((p) => p as Resource),
          search: fc.record({ mode: fc.constantFrom('match' as const, 'include' as const) }),
        }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(wellFormed, (bundle) => {
        expect(responseShapeProblem(bundle, 'Bundle')).toBeUndefined();
      }),
    );
  });

  it('refuses any JSON that is not an object of the expected type, without throwing', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom('Bundle', 'Patient'), (value, expected) => {
        const problem = responseShapeProblem(value, expected);
        const isExpected =
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          value.resourceType === expected;
        if (!isExpected) expect(problem).toMatch(/^the body is /);
      }),
    );
  });
});
