import type { Bundle, Resource } from 'fhir/r4.js';
import type { MockFhirServer } from '../create-mock-fhir-server.js';
import { fetchWithKey } from './test-server.js';

/** The URL of a Bundle link, or undefined. */
export const linkOf = (bundle: Bundle, relation: string): string | undefined =>
  bundle.link?.find((l) => l.relation === relation)?.url;

/** Fetches a Bundle, failing the test on a non-200 answer. */
export async function getBundle(server: MockFhirServer, url: string): Promise<Bundle> {
  const response = await fetchWithKey(server, url);
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Bundle;
}

/** Every page from `url` by following `next` links as given, without repair. */
export async function allPages(server: MockFhirServer, url: string): Promise<Bundle[]> {
  const pages: Bundle[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const page = await getBundle(server, next);
    pages.push(page);
    next = linkOf(page, 'next');
  }
  return pages;
}

export const resourcesIn = (bundle: Bundle, mode: 'match' | 'include'): Resource[] =>
  (bundle.entry ?? []).filter((e) => e.search?.mode === mode).map((e) => e.resource as Resource);

export const keyOf = (resource: Resource): string => `${resource.resourceType}/${resource.id}`;
