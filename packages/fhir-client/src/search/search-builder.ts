import type { SearchOptions, ResolvedSearchOptions } from './search-options.js';
import type { SearchQuery } from './search-query.js';
import type {
  ParameterCode,
  ParameterCodeOfType,
  ReferenceTarget,
  ReferenceTo,
  SearchableResourceType,
  SortKey,
} from './typed-parameters.js';
import type { ComparableInput, DateInput, QuantityInput, TokenInput } from './value-encoders.js';
import type {
  ContainedMode,
  ContainedType,
  DatePrecision,
  Prefix,
  ReferenceModifier,
  StringModifier,
  SummaryMode,
  TokenModifier,
  TotalMode,
  UriModifier,
} from './vocabulary.js';

/**
 * One `$`-joined component of a composite value: a plain value (`'8480-6'`), a number, a token
 * `{ system, code }`, or a comparable `{ prefix?, value, system?, code? }` (a number, a quantity with its
 * unit, or a date string / `Date` with a prefix).
 */
export type CompositeComponentInput =
  | string
  | number
  | { readonly system?: string | null; readonly code?: string }
  | {
      readonly prefix?: Prefix;
      readonly value: number | string | Date;
      readonly system?: string;
      readonly code?: string;
    };

/** Options of `.date()` and `.lastUpdated()`. */
export interface DateParameterOptions {
  /**
   * How a JavaScript `Date` is written: `'date'` (the calendar day in the configured time zone) or
   * `'dateTime'` (to the second). Strings are written as given.
   * @default 'dateTime'
   */
  readonly precision?: DatePrecision;
}

/** Options of `.string()`. */
export interface StringOptions {
  /** `exact` (whole value, case and accents) or `contains` (anywhere). @default undefined (starts with) */
  readonly modifier?: StringModifier;
}

/** Options of `.token()`. */
export interface TokenOptions {
  /** `not`, `text`, `in`, `not-in`, `of-type`, `above` or `below`. @default undefined (exact code match) */
  readonly modifier?: TokenModifier;
}

/** Options of `.reference()`; at most one of the two. */
export interface ReferenceOptions<Target extends string> {
  /** Write the `:Type` modifier, e.g. `subject:Patient=123`. @default undefined */
  readonly type?: Target;
  /** Search a hierarchy (`:above`, `:below`). @default undefined */
  readonly modifier?: ReferenceModifier;
}

/** Options of `.uri()`. */
export interface UriOptions {
  /** Partial matching (`:above`, `:below`). @default undefined (the whole URI matches) */
  readonly modifier?: UriModifier;
}

/** Options of `.chain()`. */
export interface ChainOptions<Target extends string> {
  /** The target type, written as `code:Type.`; the inner builder is typed for it. @default undefined */
  readonly type?: Target;
}

/** Options of `.contained()`. */
export interface ContainedOptions {
  /** `_containedType`: return the container or the contained resource. @default undefined (server's choice, `container`) */
  readonly type?: ContainedType;
}

/** Options of `.include()` and `.revinclude()`. */
export interface IncludeOptions<Target extends string> {
  /** Only follow references to this resource type (`Source:param:Target`). @default undefined (any) */
  readonly target?: Target;
  /** Also follow the reference from included resources (`:iterate`). @default false */
  readonly iterate?: boolean;
}

/**
 * What every `SearchBuilder<RT>` is, whatever its resource type: accept this in code that sends, logs or
 * stores searches (`SearchBuilder<'Patient'>` is not a `SearchBuilder<string>`, since their parameter
 * methods accept different names).
 */
export interface BuiltSearch {
  /** The resource type searched. */
  readonly resourceType: string;
  /** The search as plain, frozen data. */
  readonly query: SearchQuery;
  /** The date profile and time zone in force. */
  readonly options: ResolvedSearchOptions;
  /** The relative URL, `Type?name=value&...`. */
  toString(): string;
  /** The parameters, in the query's order, URL-encoded once when serialised. */
  toSearchParams(): URLSearchParams;
  /** The form body for `POST [base]/Type/_search` (`application/x-www-form-urlencoded`). */
  toFormBody(): string;
}

/**
 * An immutable, typed FHIR search on resource type `RT`. Every method returns a new builder over frozen
 * data, so a shared base query can be extended in different directions safely. Calling a parameter method
 * again for the same code adds an AND; passing an array gives an OR (comma-joined values).
 *
 * Build one with `search('Patient')`, or read one with `parseSearch('Patient?name=smith')`.
 */
export interface SearchBuilder<RT extends string = string> extends BuiltSearch {
  /** The resource type searched. */
  readonly resourceType: RT;

  /** A string parameter: starts-with by default, `:exact` or `:contains` by option. */
  string(
    code: ParameterCodeOfType<RT, 'string'>,
    value: string | readonly string[],
    options?: StringOptions,
  ): SearchBuilder<RT>;

  /** A token parameter, e.g. `{ system: 'http://loinc.org', code: '1234-5' }`; see {@link TokenInput}. */
  token(
    code: ParameterCodeOfType<RT, 'token'>,
    value: TokenInput | readonly TokenInput[],
    options?: TokenOptions,
  ): SearchBuilder<RT>;

  /**
   * A date parameter, checked against the date profile: `'2026-03-01'`, `{ ge: '2026-01-01', lt: d }`
   * (AND), or `['2026-03-01', { prefix: 'ge', value: d }]` (OR).
   */
  date(
    code: ParameterCodeOfType<RT, 'date'>,
    value: ComparableInput<DateInput>,
    options?: DateParameterOptions,
  ): SearchBuilder<RT>;

  /** `_lastUpdated`, with the same checks as {@link SearchBuilder.date}. */
  lastUpdated(value: ComparableInput<DateInput>, options?: DateParameterOptions): SearchBuilder<RT>;

  /** A number parameter: `5`, `'5.40'` (keeps its precision), `{ gt: 100 }`. */
  number(code: ParameterCodeOfType<RT, 'number'>, value: ComparableInput<number | string>): SearchBuilder<RT>;

  /** A quantity parameter: `{ le: { value: 5.4, system: 'http://unitsofmeasure.org', code: 'mg' } }`. */
  quantity(
    code: ParameterCodeOfType<RT, 'quantity'>,
    value: ComparableInput<QuantityInput>,
  ): SearchBuilder<RT>;

  /**
   * A reference parameter: `'Patient/123'`, `'123'` or an absolute URL (a list is an OR).
   * `{ type: 'Patient' }` writes the `:Patient` modifier; `{ modifier: 'below' }` searches a hierarchy.
   * `{ identifier: { system, code } }` as the value searches `Reference.identifier` (`:identifier`).
   */
  reference<C extends ParameterCodeOfType<RT, 'reference'>>(
    code: C,
    value: string | readonly string[] | { readonly identifier: TokenInput },
    options?: ReferenceOptions<ReferenceTarget<RT, C>>,
  ): SearchBuilder<RT>;

  /** A uri parameter, optionally `:above` or `:below`. */
  uri(
    code: ParameterCodeOfType<RT, 'uri'>,
    value: string | readonly string[],
    options?: UriOptions,
  ): SearchBuilder<RT>;

  /**
   * A composite parameter: one value is a list of components, joined with `$`
   * (`[{ system: 'http://loinc.org', code: '8480-6' }, { prefix: 'lt', value: 60 }]`); a list of such
   * lists is an OR.
   */
  composite(
    code: ParameterCodeOfType<RT, 'composite'>,
    value: readonly CompositeComponentInput[] | readonly (readonly CompositeComponentInput[])[],
  ): SearchBuilder<RT>;

  /** `code:missing=true`: resources with no value for the parameter. */
  missing(code: ParameterCode<RT>): SearchBuilder<RT>;

  /** `code:missing=false`: resources with some value for the parameter. */
  present(code: ParameterCode<RT>): SearchBuilder<RT>;

  /**
   * A chained search through reference `code`: `.chain('subject', (patient) => patient.string('name',
   * 'peter'), { type: 'Patient' })` is `subject:Patient.name=peter`. Without `type`, only parameters that
   * every target has can be used, and the name is written without `:Type`.
   */
  chain<
    C extends ParameterCodeOfType<RT, 'reference'>,
    Target extends ReferenceTarget<RT, C> = ReferenceTarget<RT, C>,
  >(
    code: C,
    build: (target: SearchBuilder<Target>) => SearchBuilder<Target>,
    options?: ChainOptions<Target>,
  ): SearchBuilder<RT>;

  /**
   * A reverse chain: `.has('Observation', 'patient', (o) => o.token('code', '1234-5'))` is
   * `_has:Observation:patient:code=1234-5` (patients that some Observation refers to by `patient`).
   * `reference` must be a parameter of `source` that can point to this search's resource type.
   */
  has<Source extends SearchableResourceType>(
    source: Source,
    reference: ReferenceTo<Source, RT>,
    build: (source: SearchBuilder<Source>) => SearchBuilder<Source>,
  ): SearchBuilder<RT>;

  /**
   * `_include=Source:param[:Target]`. Without `iterate` the source is this search's resource type;
   * with `{ iterate: true }` (`_include:iterate`) it may be the type of an included resource.
   */
  include<Source extends SearchableResourceType & RT, C extends ParameterCodeOfType<Source, 'reference'>>(
    source: Source,
    reference: C,
    options?: IncludeOptions<ReferenceTarget<Source, C>> & { readonly iterate?: false },
  ): SearchBuilder<RT>;
  /**
   * `_include:iterate=Source:param[:Target]` (`{ iterate: true }`): the source may be the type of a
   * resource another `_include` brought in, not only this search's resource type.
   */
  include<Source extends SearchableResourceType, C extends ParameterCodeOfType<Source, 'reference'>>(
    source: Source,
    reference: C,
    options: IncludeOptions<ReferenceTarget<Source, C>> & { readonly iterate: true },
  ): SearchBuilder<RT>;

  /**
   * `_revinclude=Source:param[:Target]`. Without `iterate`, `param` must be able to point to this
   * search's resource type; with `{ iterate: true }` it may point to an included one.
   */
  revinclude<Source extends SearchableResourceType, C extends ReferenceTo<Source, RT>>(
    source: Source,
    reference: C,
    options?: IncludeOptions<ReferenceTarget<Source, C>> & { readonly iterate?: false },
  ): SearchBuilder<RT>;
  /**
   * `_revinclude:iterate=Source:param[:Target]` (`{ iterate: true }`): `param` may point to a resource
   * another include brought in, not only to this search's resource type.
   */
  revinclude<Source extends SearchableResourceType, C extends ParameterCodeOfType<Source, 'reference'>>(
    source: Source,
    reference: C,
    options: IncludeOptions<ReferenceTarget<Source, C>> & { readonly iterate: true },
  ): SearchBuilder<RT>;

  /** `_id`: one id, or several (OR). */
  id(first: string, ...more: string[]): SearchBuilder<RT>;

  /** `_sort`, replacing any earlier one: keys in order, `-` for descending (`.sort('-date', 'name')`). */
  sort(first: SortKey<RT>, ...more: SortKey<RT>[]): SearchBuilder<RT>;

  /** `_count`, replacing any earlier one: the page size (a whole number, 0 or more). */
  count(count: number): SearchBuilder<RT>;

  /** `_elements`, replacing any earlier one: the elements to return. */
  elements(first: string, ...more: string[]): SearchBuilder<RT>;

  /** `_summary`, replacing any earlier one. */
  summary(mode: SummaryMode): SearchBuilder<RT>;

  /** `_total`, replacing any earlier one. */
  total(mode: TotalMode): SearchBuilder<RT>;

  /**
   * `_contained` (and `_containedType` by option), replacing the earlier setting: a call without `type`
   * also drops an earlier `_containedType`.
   */
  contained(mode: ContainedMode, options?: ContainedOptions): SearchBuilder<RT>;

  /**
   * Any parameter by its full name (e.g. a server-specific one, or `name:exact`), values written
   * literally: FHIR-escaped (`,` `|` `$` `\`), so an array is an OR of literal values. The search rules
   * still apply, as in `parseSearch`: a known parameter's modifier and values are checked by its type,
   * dates by the profile; a parameter R4 does not define on the type is kept under `rules: 'r4'` and
   * refused under `'strict'`.
   * @throws SearchBuildError for what the rules in force refuse.
   */
  param(name: string, value: string | readonly string[]): SearchBuilder<RT>;

  /** The same search under other options; existing parameters are checked again against them (dates, rules). */
  withOptions(options: SearchOptions): SearchBuilder<RT>;
}
