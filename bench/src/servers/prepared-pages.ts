/**
 * The searchset Bundle pages every paging contender reads: an Appointment search with `_include` of the
 * patient and the practitioner, 100 matches a page plus their includes, `next` links that keep the
 * `_include`s. Bodies are prepared once as a template and specialised per page by joining the page number
 * into the ids, so every resource id is unique across the run (a client that keeps ids cannot cheat on a
 * repeated page) while serving a page costs one string join.
 */

export interface PagedSearch {
  /** Matches per page. */
  readonly pageSize: number;
  /** Number of pages; the last has no `next` link. */
  readonly pages: number;
}

export const searchResourceType = 'Appointment';

/** The query of the first page, in the order a client sends it. */
export const searchQuery: ReadonlyArray<readonly [string, string]> = [
  ['date', 'ge2026-11-26'],
  ['date', 'lt2026-11-27'],
  ['_include', 'Appointment:patient'],
  ['_include', 'Appointment:practitioner'],
  ['_count', '100'],
];

const queryString = (): string => new URLSearchParams(searchQuery.map(([k, v]) => [k, v])).toString();

/** The path (below the FHIR base) and query of page `page` (1-based). */
export const pagePath = (page: number): string =>
  page === 1
    ? `${searchResourceType}?${queryString()}`
    : `${searchResourceType}?${queryString()}&_page=${page}`;

const PAGE = '~page~';
const patientsPerPage = 60;
const practitioners = 5;

function appointment(i: number): object {
  const start = `2026-11-26T${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 15) % 60).padStart(2, '0')}:00+10:00`;
  return {
    resourceType: 'Appointment',
    id: `appt-${PAGE}-${i}`,
    meta: { lastUpdated: '2026-11-25T21:04:11.000+00:00' },
    status: 'booked',
    serviceType: [
      { coding: [{ system: 'http://snomed.info/sct', code: '11429006', display: 'Consultation' }] },
    ],
    appointmentType: { text: 'Standard consultation' },
    start,
    end: start.replace(':00+10:00', ':15+10:00'),
    minutesDuration: 15,
    participant: [
      {
        actor: { reference: `Patient/pat-${PAGE}-${i % patientsPerPage}`, display: `Patient ${i}` },
        status: 'accepted',
      },
      {
        actor: {
          reference: `Practitioner/gp-${i % practitioners}`,
          display: `Dr Example ${i % practitioners}`,
        },
        status: 'accepted',
      },
    ],
  };
}

function patient(i: number): object {
  return {
    resourceType: 'Patient',
    id: `pat-${PAGE}-${i}`,
    meta: { lastUpdated: '2026-10-02T03:12:44.000+00:00' },
    identifier: [
      {
        system: 'http://ns.electronichealth.net.au/id/medicare-number',
        value: `29501${String(i).padStart(5, '0')}1`,
      },
    ],
    active: true,
    name: [{ use: 'official', family: `Family${i}`, given: [`Given${i}`, 'Middle'] }],
    telecom: [{ system: 'phone', value: `04${String(i).padStart(8, '0')}`, use: 'mobile' }],
    gender: i % 2 === 0 ? 'female' : 'male',
    birthDate: `19${String(40 + (i % 60)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    address: [
      { line: [`${i} Example Street`], city: 'Brisbane', state: 'QLD', postalCode: '4000', country: 'AU' },
    ],
  };
}

function practitioner(i: number): object {
  return {
    resourceType: 'Practitioner',
    id: `gp-${i}`,
    active: true,
    name: [{ family: `Example ${i}`, given: ['Dr'], prefix: ['Dr'] }],
  };
}

const entry = (resource: object, mode: 'match' | 'include'): string => {
  const r = resource as { resourceType: string; id: string };
  return JSON.stringify({
    fullUrl: `https://fhir.example/${r.resourceType}/${r.id}`,
    resource,
    search: { mode },
  });
};

/** Prepared pages: `body(page, base)` is the JSON text of page `page` with links under `base`. */
export interface PreparedPages extends PagedSearch {
  /** `lastPage` ends the search early (warm-up runs); it defaults to `pages`. */
  body(page: number, base: string, lastPage?: number): string;
  /** Resources on every page (matches + includes). */
  readonly resourcesPerPage: number;
  /** Total matches across all pages. */
  readonly totalMatches: number;
}

export function preparePages(search: PagedSearch): PreparedPages {
  const entries: string[] = [];
  for (let i = 0; i < search.pageSize; i++) entries.push(entry(appointment(i), 'match'));
  for (let i = 0; i < Math.min(patientsPerPage, search.pageSize); i++)
    entries.push(entry(patient(i), 'include'));
  for (let i = 0; i < practitioners; i++) entries.push(entry(practitioner(i), 'include'));
  const parts = entries.join(',').split(PAGE);
  const totalMatches = search.pageSize * search.pages;
  return {
    ...search,
    resourcesPerPage: entries.length,
    totalMatches,
    body(page, base, lastPage = search.pages) {
      const links = [{ relation: 'self', url: `${base}${pagePath(page)}` }];
      if (page < lastPage) links.push({ relation: 'next', url: `${base}${pagePath(page + 1)}` });
      return `{"resourceType":"Bundle","type":"searchset","total":${totalMatches},"link":${JSON.stringify(links)},"entry":[${parts.join(String(page))}]}`;
    },
  };
}

/** The page number a request URL asks for (no `_page`: the first). */
export function pageOf(url: URL): number {
  const page = Number(url.searchParams.get('_page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
