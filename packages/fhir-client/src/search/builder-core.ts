import { formatValues, isWellFormed } from './escaping.js';
import { pairsToSearchParams, pairsToUrl, type SearchPair } from './format.js';
import { searchParameterType } from './parameter-types.js';
import { parseEntry } from './parse.js';
import { SearchBuildError } from './search-build-error.js';
import type { SearchBuilder } from './search-builder.js';
import type { ResolvedSearchOptions } from './search-options.js';
import type { SearchParameterType } from './search-parameter-definition.js';
import {
  entryName,
  freezeEntry,
  freezeQuery,
  type SearchParameterEntry,
  type SearchQuery,
} from './search-query.js';
import { emptyValues } from './value-encoders.js';
import { SingleResultParameter } from './vocabulary.js';

// The steps every builder method is made of: append or replace parameters, check what the typed methods
// cannot, nest chained searches, and write the outputs. The parameter methods are in
// create-search-builder.ts.

// Result parameters belong to the whole search, never to a chained or reverse-chained one.
const resultParameters: ReadonlySet<string> = new Set([
  ...Object.values(SingleResultParameter),
  '_include',
  '_revinclude',
]);

/**
 * One parameter of a builder: its name, its FHIR-escaped value text, and its parsed entry once known.
 * Typed steps write text whose parse is known to succeed, so they leave parsing until `query` is read.
 */
export interface BuilderPair {
  readonly name: string;
  readonly text: string;
  readonly entry?: SearchParameterEntry;
}

/** Builds a chained or reverse-chained search on its target type. */
export type Build = (target: SearchBuilder<string>) => SearchBuilder<string>;

// Methods live on the prototype, and a step only copies the list of pairs: building stays cheap enough
// for a scheduler that rebuilds its queries on every poll.
export abstract class SearchBuilderCore {
  readonly #pairs: readonly BuilderPair[];
  #query: SearchQuery | undefined;

  constructor(
    readonly resourceType: string,
    readonly options: ResolvedSearchOptions,
    pairs: readonly BuilderPair[],
  ) {
    // The pairs are private and never handed out, so only the builder itself needs freezing (which the
    // concrete builder does once constructed).
    this.#pairs = pairs;
  }

  /** A builder of the concrete kind over other pairs (and possibly another resource type or options). */
  protected abstract create(
    resourceType: string,
    options: ResolvedSearchOptions,
    pairs: readonly BuilderPair[],
  ): SearchBuilder<string>;

  /** The parameters so far. */
  protected get pairs(): readonly BuilderPair[] {
    return this.#pairs;
  }

  /** The search as plain, frozen data (parsed on first read). */
  get query(): SearchQuery {
    this.#query ??= freezeQuery({
      resourceType: this.resourceType,
      parameters: this.#pairs.map(
        (pair) => pair.entry ?? parseEntry(this.resourceType, pair.name, pair.text, this.options),
      ),
    });
    return this.#query;
  }

  protected next(pairs: readonly BuilderPair[]): SearchBuilder<string> {
    return this.create(this.resourceType, this.options, pairs);
  }

  // Typed steps: the encoders have checked the values, so only what they cannot know is checked here.
  protected append(
    name: string,
    texts: readonly string[],
    type?: SearchParameterType,
  ): SearchBuilder<string> {
    if (type !== undefined) this.expectType(name, type);
    const added = texts.map((text) => this.trustedPair(name, text));
    return this.next([...this.#pairs, ...added]);
  }

  protected trustedPair(name: string, text: string): BuilderPair {
    if (name === '' || !isWellFormed(name) || !isWellFormed(text)) {
      // The parser says precisely what is wrong.
      parseEntry(this.resourceType, name, text, this.options);
    }
    return { name, text };
  }

  // Untyped steps (`param`, chains, composites): parsed now, so a bad value fails at the call.
  protected appendParsed(name: string, texts: readonly string[]): SearchBuilder<string> {
    const added = texts.map((text) => this.parsedPair(name, text));
    return this.next([...this.#pairs, ...added]);
  }

  protected parsedPair(name: string, text: string): BuilderPair {
    const entry = freezeEntry(parseEntry(this.resourceType, name, text, this.options));
    return { name, text, entry };
  }

  // A typed method used on a parameter R4 gives another type (possible without types, e.g. after
  // parseSearch) would write a value the server reads differently.
  protected expectType(name: string, expected: SearchParameterType): void {
    const colon = name.indexOf(':');
    const code = colon === -1 ? name : name.slice(0, colon);
    const actual = searchParameterType(this.resourceType, code);
    if (actual !== undefined && actual !== expected) {
      throw new SearchBuildError({
        parameter: code,
        value: `.${expected}()`,
        accepted: [`.${actual}()`, '.param() for a server-specific meaning'],
        problem: `${this.resourceType} ${code} is a ${actual} parameter, not a ${expected} one`,
      });
    }
  }

  // Single result parameters (`_count`, `_sort`, ...) are replaced where they stand, keeping the order.
  protected replaced(pairs: readonly BuilderPair[], name: string, text: string): readonly BuilderPair[] {
    const replacement = this.trustedPair(name, text);
    const index = pairs.findIndex((existing) => existing.name === name);
    if (index === -1) return [...pairs, replacement];
    return pairs
      .filter((existing, position) => position <= index || existing.name !== name)
      .map((existing, position) => (position === index ? replacement : existing));
  }

  protected replace(name: string, text: string): SearchBuilder<string> {
    return this.next(this.replaced(this.#pairs, name, text));
  }

  protected nested(prefix: string, targetType: string, build: Build): SearchBuilder<string> {
    const inner = build(this.create(targetType, this.options, []));
    if (inner.query.parameters.length === 0) throw emptyValues(prefix);
    const added = inner.query.parameters.map((innerEntry) => {
      if (resultParameters.has(innerEntry.code)) {
        throw new SearchBuildError({
          parameter: `${prefix}${entryName(innerEntry)}`,
          value: formatValues(innerEntry.values),
          accepted: ['search parameters of the target resource'],
          problem: 'result parameters apply to the whole search; set them on the outer builder',
        });
      }
      return this.parsedPair(`${prefix}${entryName(innerEntry)}`, formatValues(innerEntry.values));
    });
    return this.next([...this.#pairs, ...added]);
  }

  toString() {
    return pairsToUrl(this.resourceType, this.#searchPairs());
  }

  toSearchParams() {
    return pairsToSearchParams(this.#searchPairs());
  }

  toFormBody() {
    return this.toSearchParams().toString();
  }

  #searchPairs(): SearchPair[] {
    return this.#pairs.map((pair) => [pair.name, pair.text] as const);
  }
}
