import type { Bundle } from 'fhir/r4.js';
import { countMatches, type PagingContender, Transport } from '../paging/contender.js';
import { searchQuery, searchResourceType } from '../servers/prepared-pages.js';

/** Repeated parameters as arrays, the shape fhir-kit-client's `searchParams` takes. */
function groupedQuery(): Record<string, string | string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [k, v] of searchQuery) grouped[k] = [...(grouped[k] ?? []), v];
  return Object.fromEntries(Object.entries(grouped).map(([k, vs]) => [k, vs.length === 1 ? vs[0]! : vs]));
}

/**
 * fhir-kit-client: `search` then `nextPage({ bundle })` until it returns nothing. It calls the global
 * `fetch` itself, so for the other transports this replaces `globalThis.fetch` (each contender runs in a
 * fresh child process, so nothing else sees it).
 */
export const fhirKitClientNextPage: PagingContender = {
  label: 'fhir-kit-client nextPage loop',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  async prepare(target) {
    globalThis.fetch = target.fetch;
    const { Client } = await import('fhir-kit-client');
    const client = new Client({ baseUrl: target.baseUrl });
    return async (onPage) => {
      let bundle = (await client.search({
        resourceType: searchResourceType,
        searchParams: groupedQuery(),
      })) as unknown as Bundle | undefined;
      let matches = 0;
      let pages = 0;
      while (bundle) {
        const n = countMatches((bundle.entry ?? []).map((e) => e.resource));
        matches += n;
        pages++;
        onPage(n);
        bundle = (await client.nextPage({ bundle: bundle as never })) as unknown as Bundle | undefined;
      }
      return { matches, pages };
    };
  },
};
