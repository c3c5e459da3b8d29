import { createRootBuilder, createSearchBuilder } from './builder-roots.js';
import { isResourceTypeName, readSearchQuery, resourceTypeOfPath } from './parse.js';
import { checkResourceType, isR4ResourceType } from './r4-resource-types.js';
import { SearchBuildError } from './search-build-error.js';
import type { SearchBuilder } from './search-builder.js';
import { resolveSearchOptions, type SearchOptions } from './search-options.js';
import type { SearchQuery } from './search-query.js';
import type { SearchResourceType } from './typed-parameters.js';

/**
 * Starts a search on `resourceType`: an immutable builder whose parameter names and values are typed for
 * that resource type. The type must be one R4 defines: `search('Apointment')` does not compile, and in
 * plain JavaScript it throws `UnknownResourceTypeError` naming the nearest R4 type. For a type the server
 * defines itself, use {@link search.custom}.
 *
 * @example
 * search('Patient', { dates: 'halo' }).string('family', 'smith').date('birthdate', { ge: '1980-01-01' }).count(50)
 * // Patient?family=smith&birthdate=ge1980-01-01&_count=50
 * @throws UnknownResourceTypeError for a type R4 does not define (unless `rules` is `'lenient'`);
 * SearchBuildError for an unknown time zone or rule set. Each method throws `SearchBuildError` for what
 * the search rules (`rules`, default `'r4'`) refuse, the same check `parseSearch` runs.
 */
export function search<RT extends SearchResourceType>(
  resourceType: RT,
  options?: SearchOptions,
): SearchBuilder<RT> {
  const resolved = resolveSearchOptions(options);
  // The common case is one lookup; anything else gets the path rules (and their error), then the R4 check.
  if (!isR4ResourceType(resourceType)) {
    if (!isResourceTypeName(resourceType)) resourceTypeOfPath(resourceType, resourceType, resolved.rules);
    checkResourceType(resourceType, resolved.rules);
  }
  return createRootBuilder<RT>(resourceType, resolved);
}

/**
 * Starts a search on a resource type the server defines itself (not in R4), as the escape hatch of
 * {@link search}: the name must look like a resource type (`MyCustomType`) but is not checked against R4.
 * Only the parameters every resource has are typed; write the server's own with `.param(name, value)`.
 *
 * @example
 * search.custom('PracticeRoster').param('practitioner', 'Practitioner/42').count(10)
 * // PracticeRoster?practitioner=Practitioner/42&_count=10
 * @throws SearchBuildError for a name that is not shaped like a resource type (`[A-Z][A-Za-z]*`).
 */
search.custom = function custom<RT extends string>(
  resourceType: RT,
  options?: SearchOptions,
): SearchBuilder<RT> {
  const resolved = resolveSearchOptions(options);
  if (!isResourceTypeName(resourceType)) {
    throw new SearchBuildError({
      parameter: 'resourceType',
      value: resourceType,
      accepted: ['a resource type name: a capital letter, then letters (e.g. PracticeRoster)'],
      problem: 'not shaped like a resource type name',
    });
  }
  return createRootBuilder<RT>(resourceType, resolved);
};

/**
 * Reads a search URL back into a builder: `Type?query`, `/Type?query`, or an absolute URL such as
 * `https://host/fhir/R4/Type?query` (a trailing `/_search` is allowed). The inverse of `toString()`.
 * Every pair is checked by the search rules the builder runs (`rules`, default `'r4'`): parameter,
 * modifier, prefix and value by the R4 table, result parameters, `_include`, chains and `_has`; dates
 * (including `_lastUpdated`) against the date profile. Under `'r4'` a parameter R4 does not define on
 * the type is kept as written.
 * The resource type must be one R4 defines (`UnknownResourceTypeError` names the nearest one otherwise),
 * unless `rules` is `'lenient'`; a text query on a server's own type reads with `rules: 'lenient'`, or
 * build it with {@link search.custom}.
 *
 * @example
 * const text: string = 'Appointment?practitioner=Practitioner/42&date=2026-11-26';
 * parseSearch(text, { dates: 'halo' }).toString(); // the same query, checked
 * @throws SearchBuildError for a missing resource type, or a pair the rules or the date profile refuse;
 * UnknownResourceTypeError for a type R4 does not define.
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
