import { formatValues, isWellFormed } from './escaping.js';
import { pairsToSearchParams, pairsToUrl } from './format.js';
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

/**
 * What one step did to its parent's pairs: append some, replace a single result parameter where it
 * stands (dropping later repeats), or remove every pair of a name.
 */
export type Step =
  | { readonly kind: 'append'; readonly pairs: readonly BuilderPair[] }
  | { readonly kind: 'replace'; readonly pair: BuilderPair }
  | { readonly kind: 'remove'; readonly name: string };

/** Where a builder's pairs come from: a list of its own (a root), or a parent and one step. */
export type BuilderOrigin =
  | readonly BuilderPair[]
  | { readonly parent: SearchBuilderCore; readonly step: Step };

// A builder is a persistent list: its parent plus the one step it adds. A step allocates one small object
// and copies nothing, so a scheduler that rebuilds its queries on every poll pays for each list of pairs
// once, when an output is first read (and then never again for that builder). Methods live on the
// prototype.
export abstract class SearchBuilderCore {
  readonly #parent: SearchBuilderCore | undefined;
  readonly #step: Step | undefined;
  // Private caches: never handed out, so they stay outside Object.freeze without making the builder mutable
  // in any way a caller can see. Each is computed from the (immutable) parent chain at most once.
  #pairs: readonly BuilderPair[] | undefined;
  #query: SearchQuery | undefined;
  #url: string | undefined;

  constructor(
    readonly resourceType: string,
    readonly options: ResolvedSearchOptions,
    origin: BuilderOrigin,
  ) {
    if (Array.isArray(origin)) {
      this.#pairs = origin as readonly BuilderPair[];
    } else {
      const link = origin as { readonly parent: SearchBuilderCore; readonly step: Step };
      this.#parent = link.parent;
      this.#step = link.step;
    }
  }

  /** A builder of the concrete kind over other pairs (and possibly another resource type or options). */
  protected abstract create(
    resourceType: string,
    options: ResolvedSearchOptions,
    origin: BuilderOrigin,
  ): SearchBuilder<string>;

  /** The parameters so far, materialised from the chain of steps on first read. */
  protected get pairs(): readonly BuilderPair[] {
    if (this.#pairs === undefined) {
      const steps: Step[] = [];
      let node: SearchBuilderCore = this;
      while (node.#pairs === undefined) {
        steps.push(node.#step!);
        node = node.#parent!;
      }
      // A copy: the ancestor's list is shared with it and with every other branch.
      const pairs = node.#pairs.slice();
      for (let index = steps.length - 1; index >= 0; index--) applyStep(pairs, steps[index]!);
      this.#pairs = pairs;
    }
    return this.#pairs;
  }

  /** The search as plain, frozen data (parsed on first read). */
  get query(): SearchQuery {
    this.#query ??= freezeQuery({
      resourceType: this.resourceType,
      parameters: this.pairs.map(
        (pair) => pair.entry ?? parseEntry(this.resourceType, pair.name, pair.text, this.options),
      ),
    });
    return this.#query;
  }

  protected next(step: Step): SearchBuilder<string> {
    return this.create(this.resourceType, this.options, { parent: this, step });
  }

  // Typed steps: the encoders have checked the values, so only what they cannot know is checked here.
  protected append(
    name: string,
    texts: readonly string[],
    type?: SearchParameterType,
  ): SearchBuilder<string> {
    if (type !== undefined) this.expectType(name, type);
    const added =
      texts.length === 1
        ? [this.trustedPair(name, texts[0]!)]
        : texts.map((text) => this.trustedPair(name, text));
    return this.next({ kind: 'append', pairs: added });
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
    return this.next({ kind: 'append', pairs: added });
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
  protected replace(name: string, text: string): SearchBuilder<string> {
    return this.next({ kind: 'replace', pair: this.trustedPair(name, text) });
  }

  /** Drops every pair named `name`. */
  protected remove(name: string): SearchBuilder<string> {
    return this.next({ kind: 'remove', name });
  }

  protected nested(prefix: string, targetType: string, build: Build): SearchBuilder<string> {
    const inner = build(this.create(targetType, this.options, noPairs));
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
    return this.next({ kind: 'append', pairs: added });
  }

  toString() {
    this.#url ??= pairsToUrl(this.resourceType, this.pairs);
    return this.#url;
  }

  toSearchParams() {
    return pairsToSearchParams(this.pairs);
  }

  toFormBody() {
    return this.toSearchParams().toString();
  }
}

const noPairs: readonly BuilderPair[] = Object.freeze([]);

function applyStep(pairs: BuilderPair[], step: Step): void {
  if (step.kind === 'append') {
    for (const pair of step.pairs) pairs.push(pair);
  } else if (step.kind === 'replace') {
    const name = step.pair.name;
    const index = pairs.findIndex((existing) => existing.name === name);
    if (index === -1) {
      pairs.push(step.pair);
      return;
    }
    pairs[index] = step.pair;
    removeNamed(pairs, name, index + 1);
  } else {
    removeNamed(pairs, step.name, 0);
  }
}

/** Removes, in place, the pairs named `name` from position `from` on. */
function removeNamed(pairs: BuilderPair[], name: string, from: number): void {
  let kept = from;
  for (let index = from; index < pairs.length; index++) {
    const pair = pairs[index]!;
    if (pair.name !== name) pairs[kept++] = pair;
  }
  pairs.length = kept;
}
