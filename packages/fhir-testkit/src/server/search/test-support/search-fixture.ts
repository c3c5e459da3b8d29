import type { FhirResource, Resource } from 'fhir/r4.js';
import { createResourceStore, type ResourceStore } from '../../store/resource-store.js';
import { createSearchEngine } from '../create-search-engine.js';
import type { SearchEngineOptions, SearchResult } from '../search-engine.js';

/** A store seeded with `resources` and an engine over it (UTC unless told, so expectations read plainly). */
export function searchFixture(
  resources: readonly (FhirResource | Resource)[],
  options: SearchEngineOptions = {},
) {
  const store: ResourceStore = createResourceStore({ resources: resources.map((r) => structuredClone(r)) });
  const engine = createSearchEngine(store, { timeZone: 'UTC', ...options });
  const search = (resourceType: string, query: string): SearchResult =>
    engine.search({ resourceType, params: new URLSearchParams(query) });
  /** Ids of the matches, in result order. */
  const ids = (resourceType: string, query: string): string[] =>
    search(resourceType, query).matches.map((r) => r.id ?? '');
  return { store, engine, search, ids };
}
