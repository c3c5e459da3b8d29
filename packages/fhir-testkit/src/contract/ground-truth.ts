import type { Bundle, Resource } from 'fhir/r4.js';
import type { ContractSearch, ContractSearchResult, FhirContractTarget } from './contract-client.js';

/** The largest page the contract asks for when it wants a whole result in one request. */
const onePage = '1000';

/**
 * The whole result of a search in one request (`_count=1000`, no paging), fetched directly: what a
 * client that pages must end up with. Fails when the result does not fit one page.
 */
export async function fetchGroundTruth(
  target: FhirContractTarget,
  search: ContractSearch,
): Promise<ContractSearchResult> {
  const params = new URLSearchParams(
    search.params.filter(([name]) => name !== '_count').map(([n, v]) => [n, v]),
  );
  params.set('_count', onePage);
  const url = `${target.baseUrl.replace(/\/$/, '')}/${search.resourceType}?${params}`;
  const response = await fetch(url, { headers: { 'Ocp-Apim-Subscription-Key': target.subscriptionKey } });
  if (response.status !== 200) {
    throw new Error(
      `Contract ground truth: GET ${search.resourceType}?${params} answered ${response.status}`,
    );
  }
  const bundle = (await response.json()) as Bundle;
  if (bundle.link?.some((link) => link.relation === 'next')) {
    throw new Error(
      `Contract ground truth: ${search.resourceType}?${params} has more than ${onePage} matches`,
    );
  }
  const inMode = (mode: string): Resource[] =>
    (bundle.entry ?? [])
      .filter((e) => e.search?.mode === mode && e.resource)
      .map((e) => e.resource as Resource);
  return { matches: inMode('match'), included: inMode('include') };
}

/** `Type/id` of a resource. */
export const keyOf = (resource: Resource): string => `${resource.resourceType}/${resource.id}`;
