import { createRootBuilder, createSearchBuilder } from './create-search-builder.js';
import { isResourceTypeName, readSearchQuery, resourceTypeOfPath } from './parse.js';
import type { SearchBuilder } from './search-builder.js';
import { resolveSearchOptions, type SearchOptions } from './search-options.js';
import type { SearchQuery } from './search-query.js';
import type { SearchResourceType } from './typed-parameters.js';

/**
 * Starts a search on `resourceType`: an immutable builder whose parameter names and values are typed for
 * that resource type.
 *
 * @example
 * search('Patient', { dates: 'halo' }).string('family', 'smith').date('birthdate', { ge: '1980-01-01' }).count(50)
 * // Patient?family=smith&birthdate=ge1980-01-01&_count=50
 * @throws SearchBuildError for an unknown time zone.
 */
export function search<RT extends SearchResourceType>(
  resourceType: RT,
  options?: SearchOptions,
): SearchBuilder<RT> {
  // A plain type name is the common case; anything else gets the path rules (and their error).
  if (!isResourceTypeName(resourceType)) resourceTypeOfPath(resourceType, resourceType);
  return createRootBuilder<RT>(resourceType, resolveSearchOptions(options));
}

/**
 * Reads a search URL back into a builder: `Type?query`, `/Type?query`, or an absolute URL such as
 * `https://host/fhir/R4/Type?query` (a trailing `/_search` is allowed). The inverse of `toString()`.
 * Dates of known date parameters (including `_lastUpdated`) are checked against the date profile;
 * unknown parameters are kept as they are.
 * @throws SearchBuildError for a missing resource type or a date the profile does not accept.
 */
export function parseSearch(url: string, options?: SearchOptions): SearchBuilder<string> {
  const resolved = resolveSearchOptions(options);
  return createSearchBuilder<string>({ query: readSearchQuery(url, resolved), options: resolved });
}

/**
 * Reads a search URL into plain data, with the same rules as {@link parseSearch}.
 * @throws SearchBuildError for a missing resource type or a date the profile does not accept.
 */
export function parseSearchQuery(url: string, options?: SearchOptions): SearchQuery {
  return readSearchQuery(url, resolveSearchOptions(options));
}
