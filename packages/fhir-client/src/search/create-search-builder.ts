import { escapePart, formatValues } from './escaping.js';
import { formatSearch, formatSearchFormBody, formatSearchParams } from './format.js';
import { parseEntry } from './parse.js';
import { SearchBuildError } from './search-build-error.js';
import type { CompositeComponentInput, SearchBuilder } from './search-builder.js';
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

function list<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function checkVocabulary(parameter: string, value: string | undefined, vocabulary: object): void {
  const accepted = Object.values(vocabulary) as string[];
  if (value !== undefined && !accepted.includes(value)) {
    throw new SearchBuildError({ parameter, value, accepted, problem: 'not one of the accepted values' });
  }
}

/** Joins already-escaped OR alternatives into one value text, refusing empty ones. */
function orText(parameter: string, alternatives: readonly string[]): string {
  if (alternatives.length === 0) throw emptyValues(parameter);
  if (alternatives.some((alternative) => alternative === '')) {
    throw new SearchBuildError({
      parameter,
      value: '',
      accepted: ['a non-empty value'],
      problem: 'an empty value matches nothing useful; leave the parameter out instead',
    });
  }
  return alternatives.join(',');
}

function encodeCompositeComponent(
  parameter: string,
  component: CompositeComponentInput,
  options: ResolvedSearchOptions,
): string {
  if (typeof component === 'string') return escapePart(component);
  if (typeof component === 'number') return encodeNumber(parameter, component);
  if (!('value' in component)) return encodeToken(parameter, component);
  const { prefix = '', value, system, code } = component;
  const head =
    value instanceof Date
      ? encodeDate(parameter, value, options, 'dateTime')
      : typeof value === 'number'
        ? encodeNumber(parameter, value)
        : escapePart(value);
  return system === undefined && code === undefined
    ? prefix + head
    : `${prefix}${head}|${escapePart(system ?? '')}|${escapePart(code ?? '')}`;
}

/** Makes a builder over `state`; every method returns a new one. */
export function createSearchBuilder<RT extends string>(state: BuilderState): SearchBuilder<RT> {
  // One untyped implementation serves every resource type: the types only narrow what callers may pass.
  return createLooseBuilder(state) as unknown as SearchBuilder<RT>;
}

type Build = (target: SearchBuilder<string>) => SearchBuilder<string>;

function createLooseBuilder(state: BuilderState): SearchBuilder<string> {
  const { query, options } = state;
  const resourceType = query.resourceType;

  const next = (parameters: readonly SearchParameterEntry[]): SearchBuilder<string> =>
    createLooseBuilder({ query: freezeQuery({ resourceType, parameters: [...parameters] }), options });

  // Every value goes through the parser, so the query holds exactly what parsing its URL would give.
  const entry = (name: string, text: string): SearchParameterEntry =>
    freezeEntry(parseEntry(resourceType, name, text, options));

  const append = (name: string, texts: readonly string[]): SearchBuilder<string> =>
    next([...query.parameters, ...texts.map((text) => entry(name, text))]);

  // Single result parameters (`_count`, `_sort`, ...) are replaced where they stand, keeping the order.
  const replaced = (
    parameters: readonly SearchParameterEntry[],
    name: string,
    text: string,
  ): readonly SearchParameterEntry[] => {
    const replacement = entry(name, text);
    const index = parameters.findIndex((existing) => entryName(existing) === name);
    if (index === -1) return [...parameters, replacement];
    return parameters
      .filter((existing, position) => position <= index || entryName(existing) !== name)
      .map((existing, position) => (position === index ? replacement : existing));
  };
  const replace = (name: string, text: string): SearchBuilder<string> =>
    next(replaced(query.parameters, name, text));

  const withModifier = (code: string, modifier: string | undefined): string =>
    modifier === undefined ? code : `${code}:${modifier}`;

  const date = (code: string, value: ComparableInput<DateInput>, precision: DatePrecision = 'dateTime') =>
    append(
      code,
      encodeComparable(code, value, isDateInput, (one) => encodeDate(code, one, options, precision)),
    );

  const nested = (prefix: string, targetType: string, build: Build): SearchBuilder<string> => {
    const inner = build(
      createLooseBuilder({ query: freezeQuery({ resourceType: targetType, parameters: [] }), options }),
    );
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
      return entry(`${prefix}${entryName(innerEntry)}`, formatValues(innerEntry.values));
    });
    return next([...query.parameters, ...entries]);
  };

  const includeValue = (source: string, reference: string, target: string | undefined) =>
    [source, reference, ...(target === undefined ? [] : [target])].map(escapePart).join(':');

  const builder: SearchBuilder<string> = {
    resourceType,
    query,
    options,
    string(code, value, stringOptions) {
      checkVocabulary(code, stringOptions?.modifier, StringModifier);
      return append(withModifier(code, stringOptions?.modifier), [orText(code, list(value).map(escapePart))]);
    },
    token(code, value, tokenOptions) {
      checkVocabulary(code, tokenOptions?.modifier, TokenModifier);
      const texts = list<TokenInput>(value).map((one) => encodeToken(code, one));
      return append(withModifier(code, tokenOptions?.modifier), [orText(code, texts)]);
    },
    date: (code, value, dateOptions) => date(code, value, dateOptions?.precision),
    lastUpdated: (value, dateOptions) => date('_lastUpdated', value, dateOptions?.precision),
    number: (code, value) =>
      append(
        code,
        encodeComparable(code, value, isNumberInput, (one) => encodeNumber(code, one)),
      ),
    quantity: (code, value) =>
      append(
        code,
        encodeComparable<QuantityInput>(code, value, isQuantityInput, (one) => encodeQuantity(code, one)),
      ),
    reference(code, value, referenceOptions) {
      if (typeof value === 'object' && !Array.isArray(value) && 'identifier' in value) {
        return append(`${code}:identifier`, [encodeToken(code, value.identifier)]);
      }
      checkVocabulary(code, referenceOptions?.modifier, ReferenceModifier);
      if (referenceOptions?.type !== undefined && referenceOptions.modifier !== undefined) {
        throw new SearchBuildError({
          parameter: code,
          value: `:${referenceOptions.type} and :${referenceOptions.modifier}`,
          accepted: ['one modifier: :[type], :above or :below'],
          problem: 'a parameter takes one modifier at a time',
        });
      }
      const modifier = referenceOptions?.type ?? referenceOptions?.modifier;
      return append(withModifier(code, modifier), [
        orText(code, list(value as string | readonly string[]).map(escapePart)),
      ]);
    },
    uri(code, value, uriOptions) {
      checkVocabulary(code, uriOptions?.modifier, UriModifier);
      return append(withModifier(code, uriOptions?.modifier), [orText(code, list(value).map(escapePart))]);
    },
    composite(code, value) {
      const alternatives = (
        Array.isArray(value[0]) ? value : [value]
      ) as readonly (readonly CompositeComponentInput[])[];
      const texts = alternatives.map((components) => {
        if (components.length === 0) throw emptyValues(code);
        return components.map((component) => encodeCompositeComponent(code, component, options)).join('$');
      });
      return append(code, [orText(code, texts)]);
    },
    missing: (code) => append(`${code}:missing`, ['true']),
    present: (code) => append(`${code}:missing`, ['false']),
    chain(code, build, chainOptions) {
      const type = chainOptions?.type;
      return nested(
        type === undefined ? `${code}.` : `${code}:${type}.`,
        type ?? 'Resource',
        build as unknown as Build,
      );
    },
    has(source, reference, build) {
      return nested(`_has:${source}:${reference}:`, source, build as unknown as Build);
    },
    include(source, reference, includeOptions) {
      const name = includeOptions?.iterate === true ? '_include:iterate' : '_include';
      return append(name, [includeValue(source, reference, includeOptions?.target)]);
    },
    revinclude(source, reference, includeOptions) {
      const name = includeOptions?.iterate === true ? '_revinclude:iterate' : '_revinclude';
      return append(name, [includeValue(source, reference, includeOptions?.target)]);
    },
    id: (first, ...more) => append('_id', [orText('_id', [first, ...more].map(escapePart))]),
    sort: (first, ...more) => replace('_sort', orText('_sort', [first, ...more].map(escapePart))),
    count(count) {
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new SearchBuildError({
          parameter: '_count',
          value: String(count),
          accepted: ['a whole number, 0 or more'],
          problem: 'not a page size',
        });
      }
      return replace('_count', String(count));
    },
    elements: (first, ...more) => replace('_elements', orText('_elements', [first, ...more].map(escapePart))),
    summary(mode) {
      checkVocabulary('_summary', mode, SummaryMode);
      return replace('_summary', mode);
    },
    total(mode) {
      checkVocabulary('_total', mode, TotalMode);
      return replace('_total', mode);
    },
    contained(mode, containedOptions) {
      checkVocabulary('_contained', mode, ContainedMode);
      checkVocabulary('_containedType', containedOptions?.type, ContainedType);
      const withMode = replaced(query.parameters, '_contained', mode);
      const type = containedOptions?.type;
      return next(type === undefined ? withMode : replaced(withMode, '_containedType', type));
    },
    param: (name, value) => append(name, [orText(name, list(value).map(escapePart))]),
    withOptions(newOptions: SearchOptions) {
      const timeZone = newOptions.timeZone ?? options.timeZone;
      const resolved = resolveSearchOptions({
        dates: newOptions.dates ?? options.dates,
        ...(timeZone === undefined ? {} : { timeZone }),
      });
      const parameters = query.parameters.map((existing) =>
        parseEntry(resourceType, entryName(existing), formatValues(existing.values), resolved),
      );
      return createLooseBuilder({ query: freezeQuery({ resourceType, parameters }), options: resolved });
    },
    toString: () => formatSearch(query),
    toSearchParams: () => formatSearchParams(query),
    toFormBody: () => formatSearchFormBody(query),
  };
  return Object.freeze(builder);
}
