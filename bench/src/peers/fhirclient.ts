import type { Bundle } from 'fhir/r4.js';
import { countMatches, type PagingContender, Transport } from '../paging/contender.js';
import { pagePath } from '../servers/prepared-pages.js';

interface FhirClientLike {
  pages(bundleOrUrl: string): AsyncGenerator<Bundle>;
}
type FhirClientConstructor = new (baseUrl: string) => FhirClientLike;

/** The fetch fhirclient's `window.fetch` delegates to (the latest prepared target's). */
let currentFetch: typeof fetch = globalThis.fetch;

/** fhirclient's CommonJS module: `exports.default = FhirClient`, seen through ESM interop. */
async function loadFhirClient(): Promise<FhirClientConstructor> {
  const mod = (await import('fhirclient/lib/FhirClient.js')) as unknown as {
    default: FhirClientConstructor | { default: FhirClientConstructor };
  };
  const exported = mod.default;
  return 'default' in exported ? exported.default : exported;
}

/**
 * fhirclient (SMART on FHIR JS client) 2.6: `FhirClient.pages(url)`, its async generator over `next`
 * links (the same crawl `client.request(url, { pageLimit: 0, onPage })` does, without needing a SMART
 * launch). In Node it fetches with `cross-fetch` (node-fetch) bound at import, so for the other
 * transports the child sets `FHIRCLIENT_PURE`, which makes fhirclient take `window.fetch` instead, and
 * points both at the transport under test before the first import.
 */
export const fhirclientPages: PagingContender = {
  label: 'fhirclient FhirClient.pages',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  transportNote: 'over global-fetch it uses its own cross-fetch (node-fetch)',
  async prepare(target) {
    if (target.transport !== Transport.GlobalFetch) {
      currentFetch = target.fetch;
      const g = globalThis as Record<string, unknown>;
      g.FHIRCLIENT_PURE = true;
      // fhirclient takes `window.fetch` once, when first imported: delegate to the latest target's.
      g.window ??= { fetch: (input: RequestInfo | URL, init?: RequestInit) => currentFetch(input, init) };
    }
    const FhirClient = await loadFhirClient();
    const client = new FhirClient(target.baseUrl);
    return async (onPage) => {
      let matches = 0;
      let pages = 0;
      for await (const bundle of client.pages(`${target.baseUrl}${pagePath(1)}`)) {
        const n = countMatches((bundle.entry ?? []).map((e) => e.resource));
        matches += n;
        pages++;
        onPage(n);
      }
      return { matches, pages };
    };
  },
};
