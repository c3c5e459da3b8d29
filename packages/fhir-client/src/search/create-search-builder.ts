import { checkVocabulary, includeValue, list, orText, withModifier } from './builder-arguments.js';
import { escapePart, formatValues } from './escaping.js';
import { formatSearch, formatSearchFormBody, formatSearchParams } from './format.js';
import { parseEntry } from './parse.js';
import { SearchBuildError } from './search-build-error.js';
import type {
  CompositeComponentInput,
  DateParameterOptions,
  IncludeOptions,
  SearchBuilder,
} from './search-builder.js';
import type { SearchableResourceType } from './typed-parameters.js';
import { type ResolvedSearchOptions, resolveSearchOptions, type SearchOptions } from './search-options.js';
import {
  entryName,
  freezeEntry,
  freezeQuery,
  type SearchParameterEntry,
  type SearchQuery,
} from './search-query.js';
import {
  type ComparableInput,
  type DateInput,
  emptyValues,
  encodeComparable,
  encodeCompositeComponent,
  encodeDate,
  encodeNumber,
  encodeQuantity,
  encodeToken,
  isDateInput,
  isNumberInput,
  isQuantityInput,
  type QuantityInput,
  type TokenInput,
} from './value-encoders.js';
import {
  ContainedMode,
  ContainedType,
  type DatePrecision,
  ReferenceModifier,
  SingleResultParameter,
  StringModifier,
  SummaryMode,
  TokenModifier,
  TotalMode,
  UriModifier,
} from './vocabulary.js';

interface BuilderState {
  readonly query: SearchQuery;
  readonly options: ResolvedSearchOptions;
}

// Result parameters belong to the whole search, never to a chained or reverse-chained one.
const resultParameters: ReadonlySet<string> = new Set([
  ...Object.values(SingleResultParameter),
  '_include',
  '_revinclude',
]);

/** Makes a builder over `state`; every method returns a new one. */
export function createSearchBuilder<RT extends string>(state: BuilderState): SearchBuilder<RT> {
  // One untyped implementation serves every resource type: the types only narrow what callers may pass.
  return new LooseSearchBuilder(state.query, state.options) as unknown as SearchBuilder<RT>;
}

type Build = (target: SearchBuilder<string>) => SearchBuilder<string>;

// Methods live on the prototype so that each step only allocates the frozen builder and its query.
class LooseSearchBuilder implements SearchBuilder<string> {
  readonly resourceType: string;

  constructor(
    readonly query: SearchQuery,
    readonly options: ResolvedSearchOptions,
  ) {
    this.resourceType = query.resourceType;
    Object.freeze(this);
  }

  private next(parameters: readonly SearchParameterEntry[]): SearchBuilder<string> {
    return new LooseSearchBuilder(
      freezeQuery({ resourceType: this.resourceType, parameters: [...parameters] }),
      this.options,
    );
  }

  // Every value goes through the parser, so the query holds exactly what parsing its URL would give.
  private entry(name: string, text: string): SearchParameterEntry {
    return freezeEntry(parseEntry(this.resourceType, name, text, this.options));
  }

  private append(name: string, texts: readonly string[]): SearchBuilder<string> {
    return this.next([...this.query.parameters, ...texts.map((text) => this.entry(name, text))]);
  }

  // Single result parameters (`_count`, `_sort`, ...) are replaced where they stand, keeping the order.
  private replaced(
    parameters: readonly SearchParameterEntry[],
    name: string,
    text: string,
  ): readonly SearchParameterEntry[] {
    const replacement = this.entry(name, text);
    const index = parameters.findIndex((existing) => entryName(existing) === name);
    if (index === -1) return [...parameters, replacement];
    return parameters
      .filter((existing, position) => position <= index || entryName(existing) !== name)
      .map((existing, position) => (position === index ? replacement : existing));
  }

  private replace(name: string, text: string): SearchBuilder<string> {
    return this.next(this.replaced(this.query.parameters, name, text));
  }

  private comparableDate(
    code: string,
    value: ComparableInput<DateInput>,
    precision: DatePrecision = 'dateTime',
  ): SearchBuilder<string> {
    const texts = encodeComparable(code, value, isDateInput, (one) =>
      encodeDate(code, one, this.options, precision),
    );
    return this.append(code, texts);
  }

  private nested(prefix: string, targetType: string, build: Build): SearchBuilder<string> {
    const empty = new LooseSearchBuilder(
      freezeQuery({ resourceType: targetType, parameters: [] }),
      this.options,
    );
    const inner = build(empty);
    if (inner.query.parameters.length === 0) throw emptyValues(prefix);
    const entries = inner.query.parameters.map((innerEntry) => {
      if (resultParameters.has(innerEntry.code)) {
        throw new SearchBuildError({
          parameter: `${prefix}${entryName(innerEntry)}`,
          value: formatValues(innerEntry.values),
          accepted: ['search parameters of the target resource'],
          problem: 'result parameters apply to the whole search; set them on the outer builder',
        });
      }
      return this.entry(`${prefix}${entryName(innerEntry)}`, formatValues(innerEntry.values));
    });
    return this.next([...this.query.parameters, ...entries]);
  }

  string(code: string, value: string | readonly string[], options?: { readonly modifier?: StringModifier }) {
    checkVocabulary(code, options?.modifier, StringModifier);
    return this.append(withModifier(code, options?.modifier), [orText(code, list(value).map(escapePart))]);
  }

  token(
    code: string,
    value: TokenInput | readonly TokenInput[],
    options?: { readonly modifier?: TokenModifier },
  ) {
    checkVocabulary(code, options?.modifier, TokenModifier);
    const texts = list<TokenInput>(value).map((one) => encodeToken(code, one));
    return this.append(withModifier(code, options?.modifier), [orText(code, texts)]);
  }

  date(code: string, value: ComparableInput<DateInput>, options?: DateParameterOptions) {
    return this.comparableDate(code, value, options?.precision);
  }

  lastUpdated(value: ComparableInput<DateInput>, options?: DateParameterOptions) {
    return this.comparableDate('_lastUpdated', value, options?.precision);
  }

  number(code: string, value: ComparableInput<number | string>) {
    return this.append(
      code,
      encodeComparable(code, value, isNumberInput, (one) => encodeNumber(code, one)),
    );
  }

  quantity(code: string, value: ComparableInput<QuantityInput>) {
    const texts = encodeComparable<QuantityInput>(code, value, isQuantityInput, (one) =>
      encodeQuantity(code, one),
    );
    return this.append(code, texts);
  }

  reference(
    code: string,
    value: string | readonly string[] | { readonly identifier: TokenInput },
    options?: { readonly type?: string; readonly modifier?: ReferenceModifier },
  ) {
    if (typeof value === 'object' && !Array.isArray(value) && 'identifier' in value) {
      return this.append(`${code}:identifier`, [encodeToken(code, value.identifier)]);
    }
    checkVocabulary(code, options?.modifier, ReferenceModifier);
    if (options?.type !== undefined && options.modifier !== undefined) {
      throw new SearchBuildError({
        parameter: code,
        value: `:${options.type} and :${options.modifier}`,
        accepted: ['one modifier: :[type], :above or :below'],
        problem: 'a parameter takes one modifier at a time',
      });
    }
    const texts = list(value as string | readonly string[]).map(escapePart);
    return this.append(withModifier(code, options?.type ?? options?.modifier), [orText(code, texts)]);
  }

  uri(code: string, value: string | readonly string[], options?: { readonly modifier?: UriModifier }) {
    checkVocabulary(code, options?.modifier, UriModifier);
    return this.append(withModifier(code, options?.modifier), [orText(code, list(value).map(escapePart))]);
  }

  composite(
    code: string,
    value: readonly CompositeComponentInput[] | readonly (readonly CompositeComponentInput[])[],
  ) {
    const alternatives = (
      Array.isArray(value[0]) ? value : [value]
    ) as readonly (readonly CompositeComponentInput[])[];
    const texts = alternatives.map((components) => {
      if (components.length === 0) throw emptyValues(code);
      return components.map((component) => encodeCompositeComponent(code, component, this.options)).join('$');
    });
    return this.append(code, [orText(code, texts)]);
  }

  missing(code: string) {
    return this.append(`${code}:missing`, ['true']);
  }

  present(code: string) {
    return this.append(`${code}:missing`, ['false']);
  }

  chain<Target extends string>(
    code: string,
    build: (target: SearchBuilder<Target>) => SearchBuilder<Target>,
    options?: { readonly type?: Target },
  ) {
    const type = options?.type;
    const prefix = type === undefined ? `${code}.` : `${code}:${type}.`;
    return this.nested(prefix, type ?? 'Resource', build as unknown as Build);
  }

  has<Source extends SearchableResourceType>(
    source: Source,
    reference: string,
    build: (source: SearchBuilder<Source>) => SearchBuilder<Source>,
  ) {
    return this.nested(`_has:${source}:${reference}:`, source, build as unknown as Build);
  }

  include(source: string, reference: string, options?: IncludeOptions<string>) {
    const name = options?.iterate === true ? '_include:iterate' : '_include';
    return this.append(name, [includeValue(source, reference, options?.target)]);
  }

  revinclude(source: string, reference: string, options?: IncludeOptions<string>) {
    const name = options?.iterate === true ? '_revinclude:iterate' : '_revinclude';
    return this.append(name, [includeValue(source, reference, options?.target)]);
  }

  id(first: string, ...more: string[]) {
    return this.append('_id', [orText('_id', [first, ...more].map(escapePart))]);
  }

  sort(first: string, ...more: string[]) {
    return this.replace('_sort', orText('_sort', [first, ...more].map(escapePart)));
  }

  count(count: number) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new SearchBuildError({
        parameter: '_count',
        value: String(count),
        accepted: ['a whole number, 0 or more'],
        problem: 'not a page size',
      });
    }
    return this.replace('_count', String(count));
  }

  elements(first: string, ...more: string[]) {
    return this.replace('_elements', orText('_elements', [first, ...more].map(escapePart)));
  }

  summary(mode: SummaryMode) {
    checkVocabulary('_summary', mode, SummaryMode);
    return this.replace('_summary', mode);
  }

  total(mode: TotalMode) {
    checkVocabulary('_total', mode, TotalMode);
    return this.replace('_total', mode);
  }

  contained(mode: ContainedMode, options?: { readonly type?: ContainedType }) {
    checkVocabulary('_contained', mode, ContainedMode);
    checkVocabulary('_containedType', options?.type, ContainedType);
    // `_contained` and `_containedType` are one setting: a call without a type drops an earlier type.
    const withMode = this.replaced(this.query.parameters, '_contained', mode);
    const type = options?.type;
    if (type !== undefined) return this.next(this.replaced(withMode, '_containedType', type));
    return this.next(withMode.filter((existing) => entryName(existing) !== '_containedType'));
  }

  param(name: string, value: string | readonly string[]) {
    return this.append(name, [orText(name, list(value).map(escapePart))]);
  }

  withOptions(options: SearchOptions): SearchBuilder<string> {
    const timeZone = options.timeZone ?? this.options.timeZone;
    const resolved = resolveSearchOptions({
      dates: options.dates ?? this.options.dates,
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    const parameters = this.query.parameters.map((existing) =>
      parseEntry(this.resourceType, entryName(existing), formatValues(existing.values), resolved),
    );
    return new LooseSearchBuilder(freezeQuery({ resourceType: this.resourceType, parameters }), resolved);
  }

  toString() {
    return formatSearch(this.query);
  }

  toSearchParams() {
    return formatSearchParams(this.query);
  }

  toFormBody() {
    return formatSearchFormBody(this.query);
  }
}
