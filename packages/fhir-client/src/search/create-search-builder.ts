import {
  checkVocabulary,
  countText,
  dateTexts,
  haloDateTexts,
  escapedText,
  includeValue,
  list,
  orText,
  plainSystemAndCode,
  plainText,
  referenceTexts,
  stringTexts,
  sureReferenceTexts,
  sureStringTexts,
  sureSystemCodeTexts,
  sureTokenTexts,
  sureUriTexts,
  tokenTexts,
  uriTexts,
  withModifier,
} from './builder-arguments.js';
import { SearchBuilderCore } from './builder-core.js';
import { type Build, type StepChange, StepKind } from './builder-steps.js';
import { escapePart, isPlainPart } from './escaping.js';
import { parseEntry } from './parse.js';
import { SearchBuildError } from './search-build-error.js';
import type {
  ChainOptions,
  CompositeComponentInput,
  ContainedOptions,
  DateParameterOptions,
  IncludeOptions,
  ReferenceOptions,
  SearchBuilder,
  StringOptions,
  TokenOptions,
  UriOptions,
} from './search-builder.js';
import type { SearchableResourceType } from './typed-parameters.js';
import { type ResolvedSearchOptions, resolveSearchOptions, type SearchOptions } from './search-options.js';
import { SearchParameterType } from './search-parameter-definition.js';
import { freezeEntry } from './search-query.js';
import {
  type ComparableInput,
  type DateInput,
  emptyValues,
  encodeComparable,
  encodeCompositeComponent,
  encodeDates,
  encodeNumber,
  encodeQuantity,
  encodeToken,
  isNumberInput,
  isQuantityInput,
  type QuantityInput,
  type TokenInput,
} from './value-encoders.js';
import {
  ContainedMode,
  ContainedType,
  type DatePrecision,
  DateProfile,
  ReferenceModifier,
  SearchRules,
  StringModifier,
  SummaryMode,
  TokenModifier,
  TotalMode,
  UriModifier,
} from './vocabulary.js';

/** The builder of every resource type: the generic types only narrow what callers may pass. */
export class LooseSearchBuilder extends SearchBuilderCore implements SearchBuilder<string> {
  constructor(
    resourceType: string,
    options: ResolvedSearchOptions,
    parent: SearchBuilderCore | undefined,
    kind: StepKind,
    change: StepChange,
  ) {
    super(resourceType, options, parent, kind, change);
    Object.freeze(this);
  }

  protected create(
    resourceType: string,
    options: ResolvedSearchOptions,
    parent: SearchBuilderCore | undefined,
    kind: StepKind,
    change: StepChange,
  ): SearchBuilder<string> {
    return new LooseSearchBuilder(resourceType, options, parent, kind, change);
  }

  private comparableDate(
    code: string,
    value: ComparableInput<DateInput>,
    precision: DatePrecision = 'dateTime',
  ): SearchBuilder<string> {
    const texts = encodeDates(code, value, this.options, precision);
    return this.append(code, texts, this.options.dates === DateProfile.Halo ? haloDateTexts : dateTexts);
  }

  string(code: string, value: string | readonly string[], options?: StringOptions) {
    if (options?.modifier === undefined && typeof value === 'string' && isPlainPart(value)) {
      return this.append(code, [value], sureStringTexts);
    }
    checkVocabulary(code, options?.modifier, StringModifier);
    return this.append(withModifier(code, options?.modifier), [escapedText(code, value)], stringTexts);
  }

  token(code: string, value: TokenInput | readonly TokenInput[], options?: TokenOptions) {
    if (options?.modifier === undefined) {
      if (typeof value === 'string') {
        if (isPlainPart(value)) return this.append(code, [value], sureTokenTexts);
      } else {
        const text = plainSystemAndCode(value);
        if (text !== undefined) return this.append(code, [text], sureSystemCodeTexts);
      }
    }
    checkVocabulary(code, options?.modifier, TokenModifier);
    const texts = Array.isArray(value)
      ? (value as readonly TokenInput[]).map((one) => encodeToken(code, one))
      : [encodeToken(code, value as TokenInput)];
    return this.append(withModifier(code, options?.modifier), [orText(code, texts)], tokenTexts);
  }

  date(code: string, value: ComparableInput<DateInput>, options?: DateParameterOptions) {
    return this.comparableDate(code, value, options?.precision);
  }

  lastUpdated(value: ComparableInput<DateInput>, options?: DateParameterOptions) {
    return this.comparableDate('_lastUpdated', value, options?.precision);
  }

  number(code: string, value: ComparableInput<number | string>) {
    const texts = encodeComparable(code, value, isNumberInput, (one) => encodeNumber(code, one));
    return this.append(code, texts, { type: SearchParameterType.Number });
  }

  quantity(code: string, value: ComparableInput<QuantityInput>) {
    const texts = encodeComparable<QuantityInput>(code, value, isQuantityInput, (one) =>
      encodeQuantity(code, one),
    );
    return this.append(code, texts, { type: SearchParameterType.Quantity });
  }

  reference(
    code: string,
    value: string | readonly string[] | { readonly identifier: TokenInput },
    options?: ReferenceOptions<string>,
  ) {
    if (typeof value === 'object' && !Array.isArray(value) && 'identifier' in value) {
      return this.append(`${code}:identifier`, [encodeToken(code, value.identifier)], referenceTexts);
    }
    if (options?.type === undefined && options?.modifier === undefined) {
      if (typeof value === 'string' && isPlainPart(value))
        return this.append(code, [value], sureReferenceTexts);
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
    const name = withModifier(code, options?.type ?? options?.modifier);
    return this.append(name, [escapedText(code, value as string | readonly string[])], referenceTexts);
  }

  uri(code: string, value: string | readonly string[], options?: UriOptions) {
    if (options?.modifier === undefined && typeof value === 'string' && isPlainPart(value)) {
      return this.append(code, [value], sureUriTexts);
    }
    checkVocabulary(code, options?.modifier, UriModifier);
    return this.append(withModifier(code, options?.modifier), [escapedText(code, value)], uriTexts);
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
    this.expectType(code, SearchParameterType.Composite);
    // Parsed now: the parser knows which components are dates (Observation code-value-date).
    return this.appendParsed(code, [orText(code, texts)]);
  }

  missing(code: string) {
    return this.append(`${code}:missing`, ['true'], plainText);
  }

  present(code: string) {
    return this.append(`${code}:missing`, ['false'], plainText);
  }

  chain<Target extends string>(
    code: string,
    build: (target: SearchBuilder<Target>) => SearchBuilder<Target>,
    options?: ChainOptions<Target>,
  ) {
    const type = options?.type;
    if (type !== undefined) return this.nested(`${code}:${type}.`, type, build as unknown as Build);
    const inner = resolveSearchOptions({
      dates: this.options.dates,
      rules: SearchRules.Lenient,
      ...(this.options.timeZone === undefined ? {} : { timeZone: this.options.timeZone }),
    });
    return this.nested(`${code}.`, 'Resource', build as unknown as Build, inner);
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
    // One key (the usual sort) is its own text unless empty, which the list's checks refuse.
    const one = more.length === 0 ? escapePart(first) : '';
    if (one !== '') return this.replace('_sort', one);
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
    return this.replace('_count', String(count), countText);
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

  contained(mode: ContainedMode, options?: ContainedOptions) {
    checkVocabulary('_contained', mode, ContainedMode);
    checkVocabulary('_containedType', options?.type, ContainedType);
    // `_contained` and `_containedType` are one setting: a call without a type drops an earlier type.
    const withMode = this.replace('_contained', mode) as unknown as LooseSearchBuilder;
    const type = options?.type;
    if (type !== undefined) return withMode.replace('_containedType', type);
    return withMode.remove('_containedType');
  }

  param(name: string, value: string | readonly string[]) {
    return this.appendParsed(name, [orText(name, list(value).map(escapePart))]);
  }

  withOptions(options: SearchOptions): SearchBuilder<string> {
    const timeZone = options.timeZone ?? this.options.timeZone;
    const resolved = resolveSearchOptions({
      dates: options.dates ?? this.options.dates,
      rules: options.rules ?? this.options.rules,
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    // Every value is checked again under the new options.
    const pairs = this.pairs.map((pair) => {
      const entry = freezeEntry(parseEntry(this.resourceType, pair.name, pair.text, resolved));
      return { name: pair.name, text: pair.text, plain: false, entry };
    });
    return new LooseSearchBuilder(this.resourceType, resolved, undefined, StepKind.Root, pairs);
  }
}
