import type { Bundle, BundleEntry, BundleLink } from 'fhir/r4.js';
import { countMatches, type PagingContender, type PagingRun, Transport } from '../paging/contender.js';
import { pagePath } from '../servers/prepared-pages.js';
import { createNodeHttpGetText } from '../transport/node-http-fetch.js';

const nextOf = (bundle: Bundle): string | undefined =>
  bundle.link?.find((link: BundleLink) => link.relation === 'next')?.url;

const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((e: BundleEntry) => e.resource);

/** The baseline of the issue: `fetch` + `JSON.parse` following `next`, nothing else. */
export const handWrittenFetchLoop: PagingContender = {
  label: 'hand-written fetch + JSON.parse loop',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  async prepare(target) {
    return async (onPage) => {
      let url: string | undefined = `${target.baseUrl}${pagePath(1)}`;
      let matches = 0;
      let pages = 0;
      while (url) {
        const response = await target.fetch(url, { headers: { accept: 'application/fhir+json' } });
        if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
        const bundle = JSON.parse(await response.text()) as Bundle;
        const n = countMatches(resourcesOf(bundle));
        matches += n;
        pages++;
        onPage(n);
        url = nextOf(bundle);
      }
      return { matches, pages };
    };
  },
};

/** The transport reference: node:http + `JSON.parse`, no `fetch` and no `Response` at all. */
export const nodeHttpLoop: PagingContender = {
  label: 'bare node:http + JSON.parse loop',
  transports: [Transport.NodeHttp],
  transportNote: 'uses node:http directly, never a fetch',
  async prepare(target) {
    const getText = createNodeHttpGetText();
    return async (onPage) => {
      let url: string | undefined = `${target.baseUrl}${pagePath(1)}`;
      let matches = 0;
      let pages = 0;
      while (url) {
        const bundle = JSON.parse(await getText(url)) as Bundle;
        const n = countMatches(resourcesOf(bundle));
        matches += n;
        pages++;
        onPage(n);
        url = nextOf(bundle);
      }
      return { matches, pages };
    };
  },
};

/** The CPU floor: `JSON.parse` of each prepared page and the `next` lookup, with no fetch or Response. */
export const bareParseLoop: PagingContender = {
  label: 'bare JSON.parse loop (no fetch)',
  transports: [Transport.Memory],
  async prepare(target) {
    return async (onPage): Promise<PagingRun> => {
      let page: number | undefined = 1;
      let matches = 0;
      let pages = 0;
      while (page !== undefined) {
        const bundle = JSON.parse(target.body(page)) as Bundle;
        const n = countMatches(resourcesOf(bundle));
        matches += n;
        pages++;
        onPage(n);
        page = nextOf(bundle) ? page + 1 : undefined;
      }
      return { matches, pages };
    };
  },
};
