import type { Bundle, BundleEntry, Resource } from 'fhir/r4.js';

/** The base the synthetic pages are served from (never contacted: {@link syntheticFetch} answers in memory). */
export const syntheticBase = 'http://synthetic.invalid/fhir/';

/** What page `n` (1-based) of a synthetic search holds, as entries; the `next` link is added for it. */
export type PageContent = (n: number) => BundleEntry[];

/** One page: `matches` Appointments with a patient each, the practitioner on every page, one contained resource. */
export function appointmentPage(matches: number): PageContent {
  return (n) =>
    Array.from({ length: matches }, (_, i): BundleEntry[] => {
      const id = `${n}-${i}`;
      return [
        {
          fullUrl: `${syntheticBase}Appointment/a${id}`,
          search: { mode: 'match' },
          resource: {
            resourceType: 'Appointment',
            id: `a${id}`,
            status: 'booked',
            contained: [{ resourceType: 'Location', id: 'room', status: 'active' }],
            participant: [
              { status: 'accepted', actor: { reference: `Patient/p${id}` } },
              { status: 'accepted', actor: { reference: 'Practitioner/gp' } },
            ],
          } as Resource,
        },
        {
          fullUrl: `${syntheticBase}Patient/p${id}`,
          search: { mode: 'include' },
          resource: { resourceType: 'Patient', id: `p${id}` },
        },
      ];
    })
      .flat()
      .concat({
        fullUrl: `${syntheticBase}Practitioner/gp`,
        search: { mode: 'include' },
        resource: { resourceType: 'Practitioner', id: 'gp' },
      });
}

/**
 * An in-memory `fetch` serving `pages` pages of an Appointment search, page `n` at `Appointment?_page=n`
 * (the first page is whatever query the client sends). Each Bundle is built fresh, as a real server's
 * would be parsed fresh, so nothing is shared between pages.
 */
export function syntheticFetch(pages: number, content: PageContent): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const n = Number(url.searchParams.get('_page') ?? '1');
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      link: n < pages ? [{ relation: 'next', url: `${syntheticBase}Appointment?_page=${n + 1}` }] : [],
      entry: content(n),
    };
    return new Response(JSON.stringify(bundle), { headers: { 'content-type': 'application/fhir+json' } });
  };
}
