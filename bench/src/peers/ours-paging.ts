import { type PagingContender, Transport } from '../paging/contender.js';

/**
 * `@halo-fhir/fhir-client`'s `client.resources()`: the async iterator over every match of a search,
 * following (and repairing) `next` links, through the client's resilience policy and ky. The paging
 * bound `maxPages` (default 1,000) is lifted so the 2N memory run can go past it.
 */
export const oursResources: PagingContender = oursResourcesFrom(
  '@halo-fhir/fhir-client client.resources()',
  () => import('@halo-fhir/fhir-client'),
);

/** The same contender over another copy of the client (the ablation's patched copies of dist/). */
export function oursResourcesFrom(
  label: string,
  load: () => Promise<typeof import('@halo-fhir/fhir-client')>,
): PagingContender {
  return {
    label,
    transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
    async prepare(target) {
      const { createFhirClient, search } = await load();
      const client = createFhirClient({
        baseUrl: target.baseUrl,
        fetch: target.fetch,
        paging: { maxPages: 1_000_000 },
      });
      const query = search('Appointment')
        .date('date', { ge: '2026-11-26', lt: '2026-11-27' })
        .include('Appointment', 'patient')
        .include('Appointment', 'practitioner')
        .count(target.pageSize);
      return async (onPage) => {
        let matches = 0;
        let sinceLastPage = 0;
        let pages = 0;
        for await (const resource of client.resources(query)) {
          // contender.ts countMatches' test for one resource, without a one-element array per resource.
          const n = resource.resourceType === 'Appointment' ? 1 : 0;
          matches += n;
          sinceLastPage += n;
          // resources() yields one resource at a time; report a page each time a page's worth went by.
          if (sinceLastPage === target.pageSize) {
            pages++;
            onPage(sinceLastPage);
            sinceLastPage = 0;
          }
        }
        if (sinceLastPage > 0) {
          pages++;
          onPage(sinceLastPage);
        }
        return { matches, pages };
      };
    },
  };
}
