/** What a fault predicate can see of a request. */
export interface FaultContext {
  /** The request's HTTP method. */
  readonly method: string;
  /** Path without the query, e.g. `/integrator/sites/{guid}/fhir/R4/Appointment`. */
  readonly path: string;
  /** The site's Halo GUID (lower case), or undefined for paths outside any site. */
  readonly siteGuid: string | undefined;
  /** The resource type in the path, or undefined (e.g. `metadata`). */
  readonly resourceType: string | undefined;
  /** The id in the path for read and update. */
  readonly id: string | undefined;
  /** Search parameters: the URL query merged with a `_search` form body. */
  readonly params: URLSearchParams;
  /** The query as text (`params.toString()`), for predicates that match on substrings. */
  readonly queryText: string;
  /**
   * Practitioner ids the request names (`practitioner`, `actor`, `performer`,
   * `general-practitioner`, `participant` or the `Practitioner/{id}` path), without the `Practitioner/` prefix.
   */
  readonly practitionerIds: readonly string[];
  /** The clock's time when the request arrived, in epoch milliseconds. */
  readonly now: number;
  /** The site's IANA time zone, for "today at the practice". */
  readonly timeZone: string;
}

const practitionerParameters = new Set([
  'practitioner',
  'actor',
  'performer',
  'general-practitioner',
  'participant',
]);

/** Practitioner ids named by the request, for per-GP faults. */
export function practitionerIdsOf(
  params: URLSearchParams,
  resourceType: string | undefined,
  id: string | undefined,
): string[] {
  const ids = new Set<string>();
  if (resourceType === 'Practitioner' && id !== undefined) ids.add(id);
  for (const [name, value] of params) {
    const [code = '', modifier] = name.split(':');
    if (!practitionerParameters.has(code) || (modifier !== undefined && modifier !== 'Practitioner'))
      continue;
    for (const reference of value.split(',')) {
      // `prac-1`, `Practitioner/prac-1` or an absolute `.../Practitioner/prac-1`.
      const parts = reference.split('/');
      const referenced = parts[parts.length - 1];
      const type = parts.length > 1 ? parts[parts.length - 2] : undefined;
      if (!referenced || (type !== undefined && type !== 'Practitioner')) continue;
      // A bare id in `actor`/`participant` could be anyone; count it only when typed or unambiguous.
      const typed = type === 'Practitioner' || modifier === 'Practitioner' || code === 'practitioner';
      if (typed || code === 'general-practitioner' || code === 'performer') ids.add(referenced);
    }
  }
  return [...ids];
}
