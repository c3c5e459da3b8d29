import type { Bundle, Resource } from 'fhir/r4.js';
import type { ContractSearch, FhirContractClient } from './contract-client.js';

/** An error answer, as the fetch client reports it. */
export class FetchContractError extends Error {
  /** Always `'FetchContractError'`. */
  override name = 'FetchContractError';
  constructor(
    /** The HTTP status the server answered. */
    readonly status: number,
    url: string,
  ) {
    super(`GET ${url.replace(/[?#].*$/, '')} answered HTTP ${status}`);
  }
}

/** Options of {@link createFetchContractClient}. */
export interface FetchContractClientOptions {
  /** The FHIR base URL (a target's `baseUrl`). */
  readonly baseUrl: string;
  /** Sent as `Ocp-Apim-Subscription-Key`. */
  readonly subscriptionKey: string;
  /** Put `_include`/`_revinclude` back on `next` links that lost them (Halo's paging issue). @default true */
  readonly repairIncludes?: boolean;
}

const includeParameter = (name: string): boolean =>
  name.startsWith('_include') || name.startsWith('_revinclude');

/**
 * A minimal client over plain `fetch` that follows `next` links and repairs lost includes: the
 * reference the contract is tested with, and a model for adapters of other clients.
 */
export function createFetchContractClient(options: FetchContractClientOptions): FhirContractClient {
  const base = options.baseUrl.replace(/\/$/, '');
  const get = async (url: string): Promise<unknown> => {
    const response = await fetch(url, { headers: { 'Ocp-Apim-Subscription-Key': options.subscriptionKey } });
    if (!response.ok) throw new FetchContractError(response.status, url);
    return response.json();
  };
  return {
    async searchAll(search: ContractSearch) {
      const includes = search.params.filter(([name]) => includeParameter(name));
      const matches: Resource[] = [];
      const included: Resource[] = [];
      let next: string | undefined =
        `${base}/${search.resourceType}?${new URLSearchParams(search.params.map(([n, v]) => [n, v]))}`;
      while (next !== undefined) {
        const bundle = (await get(next)) as Bundle;
        for (const entry of bundle.entry ?? []) {
          if (entry.resource === undefined) continue;
          (entry.search?.mode === 'include' ? included : matches).push(entry.resource);
        }
        next = bundle.link?.find((link) => link.relation === 'next')?.url;
        if (next !== undefined && options.repairIncludes !== false) {
          const url = new URL(next);
          // Idempotent: only parameters the link lost are added back.
          for (const [name, value] of includes) {
            if (!url.searchParams.getAll(name).includes(value)) url.searchParams.append(name, value);
          }
          next = url.toString();
        }
      }
      return { matches, included };
    },
    async read(resourceType, id) {
      return (await get(`${base}/${resourceType}/${encodeURIComponent(id)}`)) as Resource;
    },
  };
}
