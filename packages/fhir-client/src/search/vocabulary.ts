/**
 * Closed vocabularies of FHIR R4 search (http://hl7.org/fhir/R4/search.html), as `const` objects with a
 * derived union type: write `Prefix.GreaterThanOrEqual` or `'ge'`, both type-check.
 */

/** Comparison prefixes of date, number and quantity parameters. No prefix means `eq`. */
export const Prefix = {
  Equal: 'eq',
  NotEqual: 'ne',
  GreaterThan: 'gt',
  LessThan: 'lt',
  GreaterThanOrEqual: 'ge',
  LessThanOrEqual: 'le',
  StartsAfter: 'sa',
  EndsBefore: 'eb',
  Approximately: 'ap',
} as const;
export type Prefix = (typeof Prefix)[keyof typeof Prefix];

/** Every prefix, in the order the specification lists them. */
export const prefixes: readonly Prefix[] = Object.freeze(Object.values(Prefix));

/** Modifiers of string parameters. Without a modifier a string matches values that start with it. */
export const StringModifier = {
  Exact: 'exact',
  Contains: 'contains',
} as const;
export type StringModifier = (typeof StringModifier)[keyof typeof StringModifier];

/** Modifiers of token parameters. */
export const TokenModifier = {
  Not: 'not',
  Text: 'text',
  In: 'in',
  NotIn: 'not-in',
  OfType: 'of-type',
  Above: 'above',
  Below: 'below',
} as const;
export type TokenModifier = (typeof TokenModifier)[keyof typeof TokenModifier];

/** Modifiers of reference parameters besides `:[type]`: hierarchy searches (`:above`, `:below`). */
export const ReferenceModifier = {
  Above: 'above',
  Below: 'below',
} as const;
export type ReferenceModifier = (typeof ReferenceModifier)[keyof typeof ReferenceModifier];

/** Modifiers of uri parameters. */
export const UriModifier = {
  Above: 'above',
  Below: 'below',
} as const;
export type UriModifier = (typeof UriModifier)[keyof typeof UriModifier];

/** `_summary` modes. */
export const SummaryMode = {
  True: 'true',
  Text: 'text',
  Data: 'data',
  Count: 'count',
  False: 'false',
} as const;
export type SummaryMode = (typeof SummaryMode)[keyof typeof SummaryMode];

/** `_total` modes: how hard the server should try to count the matches. */
export const TotalMode = {
  None: 'none',
  Estimate: 'estimate',
  Accurate: 'accurate',
} as const;
export type TotalMode = (typeof TotalMode)[keyof typeof TotalMode];

/** `_contained` modes: whether to search contained resources. */
export const ContainedMode = {
  True: 'true',
  False: 'false',
  Both: 'both',
} as const;
export type ContainedMode = (typeof ContainedMode)[keyof typeof ContainedMode];

/** `_containedType`: return the container or the contained resource. */
export const ContainedType = {
  Container: 'container',
  Contained: 'contained',
} as const;
export type ContainedType = (typeof ContainedType)[keyof typeof ContainedType];

/**
 * Which date values a search accepts.
 * - `halo`: only `YYYY-MM-DD` and `YYYY-MM-DDThh:mm:ss` (real calendar dates and times, no offset, no
 *   fraction), which is all Halo Connect's FHIR API understands.
 * - `fhir`: the full R4 date/dateTime/instant grammar.
 */
export const DateProfile = {
  Halo: 'halo',
  Fhir: 'fhir',
} as const;
export type DateProfile = (typeof DateProfile)[keyof typeof DateProfile];

/**
 * How strictly a search is checked against the R4 search rules before anything is sent.
 * - `strict`: refuse what R4 does not define on the resource type, unknown parameters included (the Halo
 *   preset's default: Halo has no parameters of its own, and every query is charged).
 * - `r4`: refuse what R4 forbids, but keep parameters R4 does not define on the searched type literally,
 *   since servers define their own (chains, `_has` and `_include` must still resolve against R4).
 * - `lenient`: check nothing but dates, for servers with their own dialect.
 */
export const SearchRules = {
  Strict: 'strict',
  R4: 'r4',
  Lenient: 'lenient',
} as const;
export type SearchRules = (typeof SearchRules)[keyof typeof SearchRules];

/** How precisely a JavaScript `Date` is written into a search: the calendar day, or to the second. */
export const DatePrecision = {
  Date: 'date',
  DateTime: 'dateTime',
} as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];

/**
 * Result parameters that may appear once: the builder replaces them in place rather than repeating them.
 */
export const SingleResultParameter = {
  Count: '_count',
  Sort: '_sort',
  Summary: '_summary',
  Total: '_total',
  Elements: '_elements',
  Contained: '_contained',
  ContainedType: '_containedType',
} as const;
export type SingleResultParameter = (typeof SingleResultParameter)[keyof typeof SingleResultParameter];
