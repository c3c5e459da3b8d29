import { type PagingTarget, Transport } from '../paging/contender.js';
import { pageOf, type PreparedPages, preparePages } from '../servers/prepared-pages.js';

/** The base URL the in-memory fetch pretends to serve. */
export const memoryBaseUrl = 'http://memory.invalid/fhir/';

/**
 * A `fetch` that answers from prepared pages without any I/O, so a contender's time is its own CPU
 * (plus building a `Response`, which every fetch-based client pays). Used to report client CPU per
 * resource separately from transport.
 */
export function createMemoryFetch(pages: PreparedPages): typeof fetch {
  const memoryFetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    return new Response(pages.body(pageOf(url), memoryBaseUrl), {
      status: 200,
      headers: { 'content-type': 'application/fhir+json; charset=utf-8' },
    });
  };
  return memoryFetch as typeof fetch;
}

/** A paging target over `pages` prepared pages of `pageSize` matches served by the in-memory fetch. */
export function memoryTarget(pageSize: number, pages: number): PagingTarget {
  const prepared = preparePages({ pageSize, pages });
  return {
    baseUrl: memoryBaseUrl,
    transport: Transport.Memory,
    fetch: createMemoryFetch(prepared),
    pageSize,
    body: (page) => prepared.body(page, memoryBaseUrl),
  };
}
