import { createResourceStore, createSearchEngine } from '@halo-fhir/fhir-testkit';
import type { Resource } from 'fhir/r4.js';
import type { BenchQuery } from './queries.js';

/** A search over the testkit's engine: resolves with the number of entries it returned. */
export type OursSearch = (query: BenchQuery) => number;

/**
 * The testkit's `createSearchEngine` over a `ResourceStore` seeded with `data`. Each search does what
 * the mock server does for one page (the part Medplum's repository also does): match, sort, take the
 * first `_count`, add the `_include`d resources and shape each resource.
 */
export function createOursSearch(data: readonly Resource[]): OursSearch {
  const store = createResourceStore({ resources: data });
  const engine = createSearchEngine(store);
  return (query) => {
    const result = engine.search({
      resourceType: query.resourceType,
      params: new URLSearchParams(query.query),
    });
    const page = result.matches.slice(0, result.count ?? 100);
    const included = result.includesFor(page);
    let entries = 0;
    for (const resource of page) if (result.shape(resource)) entries++;
    for (const resource of included) if (result.shape(resource)) entries++;
    return entries;
  };
}
