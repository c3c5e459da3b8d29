import type { Bundle, BundleEntry, BundleLink } from 'fhir/r4.js';
import { countMatches, type PagingContender, Transport } from '../paging/contender.js';
import { pagePath } from '../servers/prepared-pages.js';

/**
 * The floor under any ky-based client: the hand-written loop with ky in place of the bare `fetch`.
 * Each page is one call of a `ky.create` instance with the settings the client's own instance has
 * (`retry: 0`, `throwHttpErrors: false`, `timeout: false`, the `Accept` header, the given `fetch`),
 * called as the client calls it (a fresh `AbortController`'s signal, `redirect: 'manual'`), then
 * `text()` and `JSON.parse`: no deadline timer, size cap, depth check, dedupe or link checks. Ours
 * against this loop is what the client itself costs; this loop against the hand-written one is what
 * ky costs (it builds a `Request`, clones it, merges options and chains `AbortSignal.any` per call).
 */
export const kyFloorLoop: PagingContender = {
  label: 'ky floor loop (ky + text() + JSON.parse)',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  async prepare(target) {
    const { default: ky } = await import('ky');
    const http = ky.create({
      headers: { Accept: 'application/fhir+json' },
      retry: 0,
      throwHttpErrors: false,
      timeout: false,
      fetch: target.fetch,
    });
    return async (onPage) => {
      let url: string | undefined = `${target.baseUrl}${pagePath(1)}`;
      let matches = 0;
      let pages = 0;
      while (url) {
        const controller = new AbortController();
        const response = await http(url, { signal: controller.signal, redirect: 'manual' });
        if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
        const bundle = JSON.parse(await response.text()) as Bundle;
        const n = countMatches((bundle.entry ?? []).map((e: BundleEntry) => e.resource));
        matches += n;
        pages++;
        onPage(n);
        url = bundle.link?.find((link: BundleLink) => link.relation === 'next')?.url;
      }
      return { matches, pages };
    };
  },
};
