import type { FaultContext } from './fault-context.js';

/** Chooses the requests a fault applies to. */
export type FaultPredicate = (context: FaultContext) => boolean;

/** The common predicates as data: every field given must match. */
export interface FaultMatch {
  /** The site's GUID (any case). */
  readonly siteGuid?: string;
  /** The resource type in the path, e.g. `Appointment`. */
  readonly resourceType?: string;
  /** A practitioner the request names (`practitioner`, `actor`, `performer`, ... or `Practitioner/{id}`). */
  readonly practitionerId?: string;
  /** Text the query string (URL query merged with a `_search` body) contains. */
  readonly queryIncludes?: string;
  /** HTTP method, e.g. `POST`. */
  readonly method?: string;
}

/** A predicate from a {@link FaultMatch}, or the predicate itself. */
export function toPredicate(match: FaultPredicate | FaultMatch): FaultPredicate {
  if (typeof match === 'function') return match;
  const { siteGuid, resourceType, practitionerId, queryIncludes, method } = match;
  return (context) =>
    (siteGuid === undefined || context.siteGuid === siteGuid.toLowerCase()) &&
    (resourceType === undefined || context.resourceType === resourceType) &&
    (practitionerId === undefined || context.practitionerIds.includes(practitionerId)) &&
    (queryIncludes === undefined || context.queryText.includes(queryIncludes)) &&
    (method === undefined || context.method === method.toUpperCase());
}
