import type { FhirResource, Resource } from 'fhir/r4.js';

/** Every R4 resource type name, from `@types/fhir`. */
export type ResourceType = FhirResource['resourceType'];

/** The `@types/fhir` R4 interface of a resource type name (`'Patient'` → `Patient`); `Resource` for unknown names. */
export type ResourceOf<T extends string> = T extends ResourceType
  ? Extract<FhirResource, { resourceType: T }>
  : Resource;

/** Anything that describes a search: a `SearchBuilder`, or another object with the same two members. */
export interface SearchLike<T extends string = string> {
  /** The resource type searched. */
  readonly resourceType: T;
  /** The search parameters, in order, as they go after `?` (or into a `POST _search` form body). */
  toSearchParams(): URLSearchParams;
}

/**
 * What `search`, `pages`, `resources` and `collect` accept: a `SearchBuilder` (from `search()`), or
 * text `'Type?query'` (or a bare `'Type'`), the type checked at compile time.
 */
export type SearchInput<T extends ResourceType = ResourceType> = SearchLike<T> | T | `${T}?${string}`;

/**
 * Search text known only at run time: a plain `string` (read from a file, a form, a command line)
 * is accepted and checked when the call runs (`parseSearch` under the client's rules: an unknown
 * resource type, parameter or date fails with a `SearchBuildError` before anything is sent). An
 * absolute URL (`https://host/fhir/R4/Patient?…`) must lie under the client's base; one naming another
 * server is an `InvalidArgumentError`, never searched at the client's base. A string literal is checked
 * at compile time instead, so a misspelt literal (`'Apointment?date=…'`) does not compile.
 */
export type RuntimeSearchText<Q extends string> = string extends Q ? Q : never;
