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
 * @throws SearchBuildError for an unknown time zone or rule set. Each method throws it for what the
 * search rules (`rules`, default `'r4'`) refuse, the same check `parseSearch` runs.
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
 * Every pair is checked by the search rules the builder runs (`rules`, default `'r4'`): parameter,
 * modifier, prefix and value by the R4 table, result parameters, `_include`, chains and `_has`; dates
 * (including `_lastUpdated`) against the date profile. Under `'r4'` a parameter R4 does not define on
 * the type is kept as written.
 * @throws SearchBuildError for a missing resource type, or a pair the rules or the date profile refuse.
 */
export function parseSearch(url: string, options?: SearchOptions): SearchBuilder<string> {
  const resolved = resolveSearchOptions(options);
  return createSearchBuilder<string>({ query: readSearchQuery(url, resolved), options: resolved });
}

/**
 * Reads a search URL into plain data, with the same rules as {@link parseSearch}.
 * @throws SearchBuildError for a missing resource type, or a pair the rules or the date profile refuse.
 */
export function parseSearchQuery(url: string, options?: SearchOptions): SearchQuery {
  return readSearchQuery(url, resolveSearchOptions(options));
}
