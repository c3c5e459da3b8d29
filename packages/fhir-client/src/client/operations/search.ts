import type { Bundle, OperationOutcome } from 'fhir/r4.js';
import { inactiveRecordParameters, onlyActiveWarningMessage } from '../only-active-warning.js';
import { FhirClientWarningCode } from '../events.js';
import { shouldPostSearch } from '../personal-data.js';
import { practitionerOfSearch, type SearchParts } from '../search-input.js';
import { requestFields, urlOf, type OperationContext, type RequestOptions } from './operation-context.js';

/** One search Bundle as fetched, with how it was fetched. */
export interface FetchedSearch {
  readonly bundle: Bundle;
  readonly url: string;
  readonly method: 'GET' | 'POST';
}

/**
 * Sends one search: `GET [base]/{type}?query`, or `POST [base]/{type}/_search` with the query as a
 * form body when `postSearchWhen` says so. The practitioner the query names (if any) scopes pauses.
 */
export async function sendSearch(
  context: OperationContext,
  parts: SearchParts,
  options?: RequestOptions,
): Promise<FetchedSearch> {
  await context.checkSearch?.(parts, options?.signal);
  const { resourceType, params } = parts;
  const practitioner = options?.practitioner ?? practitionerOfSearch(params);
  const fields = { ...requestFields(options), ...(practitioner === undefined ? {} : { practitioner }) };
  const query = params.toString();
  const post = shouldPostSearch(context.config.postSearchWhen, params);
  const url = post
    ? urlOf(context, `${resourceType}/_search`)
    : urlOf(context, query ? `${resourceType}?${query}` : resourceType);
  const response = await context.transport.send({
    method: post ? 'POST' : 'GET',
    url,
    interaction: 'search',
    resourceType,
    expect: { resourceType: 'Bundle' },
    ...(post ? { body: { contentType: 'application/x-www-form-urlencoded', text: query } } : {}),
    ...fields,
  });
  const bundle = response.body as Bundle;
  warnAboutSearchOutcomes(context, bundle, resourceType, practitioner);
  return { bundle, url: response.url, method: post ? 'POST' : 'GET' };
}

/**
 * Halo returns only active records: warn (through the event hook) when a query asks for inactive
 * ones, since the empty result would otherwise look like an answer.
 */
export function warnIfOnlyActive(
  context: OperationContext,
  parts: SearchParts,
  practitioner: string | undefined,
): void {
  if (!context.config.haloBehaviours) return;
  const inactive = inactiveRecordParameters(parts.params);
  if (inactive.length === 0) return;
  context.events.emit({
    type: 'warning',
    code: FhirClientWarningCode.OnlyActive,
    message: onlyActiveWarningMessage(parts.resourceType, inactive),
    site: context.config.site,
    practitioner,
    resourceType: parts.resourceType,
  });
}

/**
 * Passes on what the server said about the search (entries with `search.mode = outcome`, e.g. an
 * ignored parameter) as one `search-outcome` warning, so a remark that changes the results is seen.
 */
export function warnAboutSearchOutcomes(
  context: OperationContext,
  bundle: Bundle,
  resourceType: string,
  practitioner: string | undefined,
): void {
  const remarks = (bundle.entry ?? [])
    .filter(
      (entry) => entry.search?.mode === 'outcome' && entry.resource?.resourceType === 'OperationOutcome',
    )
    .flatMap((entry) => (entry.resource as OperationOutcome).issue ?? [])
    .map((issue) => `${issue.severity}: ${issue.diagnostics ?? issue.details?.text ?? issue.code}`);
  if (remarks.length === 0) return;
  context.events.emit({
    type: 'warning',
    code: FhirClientWarningCode.SearchOutcome,
    message: `The server remarked on the ${resourceType} search: ${remarks.join('; ')}`,
    site: context.config.site,
    practitioner,
    resourceType,
  });
}
