import { closestMatch } from '../suggest/closest-match.js';
import { isKnownResourceType, searchableResourceTypes } from './parameter-types.js';
import { r4ResourceTypesWithoutSearchParameters } from './r4-search-parameters.generated.js';
import { UnknownResourceTypeError } from './unknown-resource-type-error.js';
import { SearchRules } from './vocabulary.js';

// The names come from the packed parameter table the rules already ship, plus one short string of the
// few types without parameters of their own: no second list of names in the bundle.
let withoutParameters: ReadonlySet<string> | undefined;
let all: readonly string[] | undefined;

/** True when `name` is an R4 resource type (case-sensitive), with or without search parameters of its own. */
export function isR4ResourceType(name: string): boolean {
  if (name !== 'DomainResource' && isKnownResourceType(name)) return true;
  withoutParameters ??= new Set(r4ResourceTypesWithoutSearchParameters.split('|'));
  return withoutParameters.has(name);
}

/** Every R4 resource type, in alphabetical order. */
export function r4ResourceTypes(): readonly string[] {
  all ??= Object.freeze(
    [...searchableResourceTypes(), ...r4ResourceTypesWithoutSearchParameters.split('|')].sort(),
  );
  return all;
}

/**
 * Refuses a resource type R4 does not define, naming the nearest one, unless the rules are
 * `'lenient'` (a server's own types).
 * @throws UnknownResourceTypeError
 */
export function checkResourceType(resourceType: string, rules: SearchRules): void {
  if (rules === SearchRules.Lenient || isR4ResourceType(resourceType)) return;
  throw new UnknownResourceTypeError(resourceType, closestMatch(resourceType, r4ResourceTypes()));
}
