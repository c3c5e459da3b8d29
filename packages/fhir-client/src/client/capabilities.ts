import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4.js';

/** What to look for in a CapabilityStatement; every field given must be supported. */
export interface SupportQuery {
  /** A resource type, e.g. `Appointment`. */
  readonly resourceType?: string;
  /**
   * An interaction: on a resource type `read`, `vread`, `update`, `patch`, `delete`, `history-instance`,
   * `history-type`, `create`, `search-type` (`search` is read as `search-type`); without a resource
   * type a system interaction such as `transaction`, `batch`, `search-system`.
   */
  readonly interaction?: string;
  /** A search parameter of `resourceType` (modifiers ignored: `name:exact` checks `name`), or a system-wide one. */
  readonly searchParam?: string;
}

/**
 * True when the server's CapabilityStatement declares everything asked for. What a Halo site supports
 * varies with its Halo Link version, so check before relying on a resource, interaction or parameter.
 */
export function capabilityStatementSupports(statement: CapabilityStatement, query: SupportQuery): boolean {
  const rests = (statement.rest ?? []).filter((rest) => rest.mode === 'server');
  if (query.resourceType === undefined) {
    return rests.some(
      (rest) =>
        (query.interaction === undefined ||
          (rest.interaction ?? []).some((item) => item.code === query.interaction)) &&
        (query.searchParam === undefined ||
          (rest.searchParam ?? []).some((param) => param.name === baseName(query.searchParam!))),
    );
  }
  return rests.some((rest) => {
    const resource = (rest.resource ?? []).find((candidate) => candidate.type === query.resourceType);
    if (resource === undefined) return false;
    if (query.interaction !== undefined && !hasInteraction(resource, query.interaction)) return false;
    if (query.searchParam !== undefined) {
      const name = baseName(query.searchParam);
      const declared = [...(resource.searchParam ?? []), ...(rest.searchParam ?? [])];
      if (!declared.some((param) => param.name === name)) return false;
    }
    return true;
  });
}

function hasInteraction(resource: CapabilityStatementRestResource, interaction: string): boolean {
  const code = interaction === 'search' ? 'search-type' : interaction;
  return (resource.interaction ?? []).some((item) => item.code === code);
}

function baseName(searchParam: string): string {
  return searchParam.split(':', 1)[0] ?? searchParam;
}

/**
 * CapabilityStatements by FHIR base, shared by a client and the clients `extend` makes from it, so
 * `metadata` is fetched once per base. A failed fetch is forgotten, so the next call tries again.
 */
export class CapabilitiesCache {
  readonly #byBase = new Map<string, Promise<CapabilityStatement>>();

  get(
    base: string,
    load: () => Promise<CapabilityStatement>,
    options: { refresh?: boolean } = {},
  ): Promise<CapabilityStatement> {
    const cached = options.refresh ? undefined : this.#byBase.get(base);
    if (cached !== undefined) return cached;
    const loading = load();
    this.#byBase.set(base, loading);
    loading.catch(() => {
      if (this.#byBase.get(base) === loading) this.#byBase.delete(base);
    });
    return loading;
  }
}
