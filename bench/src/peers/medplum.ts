import { countMatches, type PagingContender, Transport } from '../paging/contender.js';
import { provideWebSocketGlobal } from './medplum-environment.js';
import { searchQuery, searchResourceType } from '../servers/prepared-pages.js';

/**
 * `@medplum/core`'s `MedplumClient.searchResourcePages`: an async generator that rebuilds each request
 * from the resource type and the `next` link's query. Defaults as a Node user gets them (no request
 * cache in Node: `cacheTime` defaults to 0 outside a browser).
 */
export const medplumSearchResourcePages: PagingContender = {
  label: '@medplum/core searchResourcePages',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  async prepare(target) {
    provideWebSocketGlobal();
    const { MedplumClient } = await import('@medplum/core');
    const base = new URL(target.baseUrl);
    const client = new MedplumClient({
      baseUrl: base.origin + '/',
      fhirUrlPath: base.pathname.replace(/^\/|\/$/g, ''),
      fetch: target.fetch,
    });
    return async (onPage) => {
      let matches = 0;
      let pages = 0;
      const query = new URLSearchParams(searchQuery.map(([k, v]) => [k, v]));
      for await (const page of client.searchResourcePages(searchResourceType, query)) {
        const n = countMatches(page);
        matches += n;
        pages++;
        onPage(n);
      }
      return { matches, pages };
    };
  },
};
