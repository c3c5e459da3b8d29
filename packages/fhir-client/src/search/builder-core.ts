import { formatValues, isWellFormed } from './escaping.js';
import { extendUrl, pairsToSearchParams, pairsToUrl } from './format.js';
import { searchParameterType } from './parameter-types.js';
import { parseEntry } from './parse.js';
import { SearchBuildError } from './search-build-error.js';
import type { SearchBuilder } from './search-builder.js';
import type { ResolvedSearchOptions } from './search-options.js';
import type { SearchParameterType } from './search-parameter-definition.js';
import { SureText, sureTexts } from './sure-values.js';
import { howWritten, recalledStep, rememberStep, type StepMemo } from './step-memo.js';
import { entryName, freezeQuery, type SearchQuery } from './search-query.js';
import { emptyValues } from './value-encoders.js';
import { SearchRules, SingleResultParameter } from './vocabulary.js';
import {
  type AppendOptions,
  applyStep,
  type Build,
  type BuilderPair,
  type StepChange,
  StepKind,
} from './builder-steps.js';

// The steps every builder method is made of: append or replace parameters, check what the typed methods
// cannot, nest chained searches, and write the outputs. The parameter methods are in
// create-search-builder.ts.

// Result parameters belong to the whole search, never to a chained or reverse-chained one.
const resultParameters: ReadonlySet<string> = new Set([
  ...Object.values(SingleResultParameter),
  '_include',
  '_revinclude',
]);

// A builder is a persistent list: its parent plus the one step it adds. A step allocates the builder and
// its pair and copies nothing, so a scheduler that rebuilds its queries on every poll pays for each list
// of pairs once, when an output is first read (and then never again for that builder). Methods live on
// the prototype.
export abstract class SearchBuilderCore {
  readonly #parent: SearchBuilderCore | undefined;
  readonly #kind: StepKind;
  readonly #change: StepChange;
  // Private caches: never handed out, so they stay outside Object.freeze without making the builder mutable
  // in any way a caller can see. Each is computed from the (immutable) parent chain at most once.
  #pairs: readonly BuilderPair[] | undefined;
  #query: SearchQuery | undefined;
  #url: string | undefined;
  // Steps taken from this builder before, and the builders they returned (see step-memo.ts). Only a root
  // or a builder its parent kept keeps its steps: one a step returned unkept (`false`) is not asked again.
  #steps: StepMemo | undefined | false;

  constructor(
    readonly resourceType: string,
    readonly options: ResolvedSearchOptions,
    parent: SearchBuilderCore | undefined,
    kind: StepKind,
    change: StepChange,
  ) {
    this.#parent = parent;
    this.#kind = kind;
    this.#change = change;
    this.#pairs = kind === StepKind.Root ? (change as readonly BuilderPair[]) : undefined;
    this.#steps = kind === StepKind.Root ? undefined : false;
  }

  /** A builder of the concrete kind (possibly on another resource type or options). */
  protected abstract create(
    resourceType: string,
    options: ResolvedSearchOptions,
    parent: SearchBuilderCore | undefined,
    kind: StepKind,
    change: StepChange,
  ): SearchBuilder<string>;

  /** The parameters so far, materialised from the chain of steps on first read. */
  protected get pairs(): readonly BuilderPair[] {
    if (this.#pairs === undefined) {
      const steps: SearchBuilderCore[] = [];
      let node: SearchBuilderCore = this;
      while (node.#pairs === undefined) {
        steps.push(node);
        node = node.#parent!;
      }
      // A copy: the ancestor's list is shared with it and with every other branch.
      const pairs = node.#pairs.slice();
      for (let index = steps.length - 1; index >= 0; index--) {
        const step = steps[index]!;
        applyStep(pairs, step.#kind, step.#change);
      }
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

  protected next(kind: StepKind, change: StepChange): SearchBuilder<string> {
    return this.create(this.resourceType, this.options, this, kind, change);
  }

  // Typed steps run the search rules as the parser does. The exception is a plain R4 parameter of the
  // step's own type (what a scheduler writes on every poll): its name resolves to itself, and its values
  // are surely accepted (see sureTexts), so its parse is left until `query` is read. Anything the rules
  // might refuse is parsed now, so the refusal and its message are the parser's. A builder no step kept
  // (see step-memo.ts) is not asked again, so its steps are neither looked up nor remembered.
  protected append(name: string, texts: readonly string[], options?: AppendOptions): SearchBuilder<string> {
    if (this.#steps === false) return this.appendNew(name, texts, options);
    const how = howWritten('append', options);
    return (
      recalledStep(this.#steps, how, name, texts) ??
      this.remember(how, name, texts, this.appendNew(name, texts, options))
    );
  }

  private appendNew(name: string, texts: readonly string[], options?: AppendOptions): SearchBuilder<string> {
    const type = options?.type;
    const actual = type === undefined ? undefined : this.expectType(name, type);
    const sure =
      actual === type
        ? sureTexts(name, texts, actual, options?.plain === true, options?.sure === true)
        : SureText.Unsure;
    if (sure === SureText.Unsure && this.options.rules !== SearchRules.Lenient) {
      return this.appendParsedNew(name, texts);
    }
    const plain = sure === SureText.Plain || options?.plain === true;
    const added =
      texts.length === 1
        ? this.trustedPair(name, texts[0]!, plain)
        : texts.map((text) => this.trustedPair(name, text, plain));
    return this.next(StepKind.Append, added);
  }

  protected trustedPair(name: string, text: string, plain = false): BuilderPair {
    if (name === '' || !isWellFormed(name) || !isWellFormed(text)) {
      // The parser says precisely what is wrong.
      parseEntry(this.resourceType, name, text, this.options);
    }
    return { name, text, plain, entry: undefined };
  }

  // Untyped steps (`param`, chains, composites): parsed now, so a bad value fails at the call.
  protected appendParsed(name: string, texts: readonly string[]): SearchBuilder<string> {
    if (this.#steps === false) return this.appendParsedNew(name, texts);
    return (
      recalledStep(this.#steps, 'parsed', name, texts) ??
      this.remember('parsed', name, texts, this.appendParsedNew(name, texts))
    );
  }

  private appendParsedNew(name: string, texts: readonly string[]): SearchBuilder<string> {
    const added =
      texts.length === 1
        ? this.parsedPair(name, texts[0]!)
        : texts.map((text) => this.parsedPair(name, text));
    return this.next(StepKind.Append, added);
  }

  protected parsedPair(name: string, text: string): BuilderPair {
    // Not frozen here: the pair is private, and `query` freezes every entry it hands out.
    const entry = parseEntry(this.resourceType, name, text, this.options);
    return { name, text, plain: false, entry };
  }

  // A typed method used on a parameter R4 gives another type (possible without types, e.g. after
  // parseSearch) would write a value the server reads differently. Returns the code's R4 type, if any.
  protected expectType(name: string, expected: SearchParameterType): SearchParameterType | undefined {
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
    return actual;
  }

  // Single result parameters (`_count`, `_sort`, ...) are replaced where they stand, keeping the order.
  protected replace(name: string, text: string, options?: AppendOptions): SearchBuilder<string> {
    if (this.#steps === false) return this.replaceNew(name, text, options);
    const how = howWritten('replace', options);
    return (
      recalledStep(this.#steps, how, name, text) ??
      this.remember(how, name, text, this.replaceNew(name, text, options))
    );
  }

  private replaceNew(name: string, text: string, options?: AppendOptions): SearchBuilder<string> {
    if (this.options.rules !== SearchRules.Lenient && options?.sure !== true)
      return this.next(StepKind.Replace, this.parsedPair(name, text));
    return this.next(StepKind.Replace, this.trustedPair(name, text, options?.plain === true));
  }

  /** Drops every pair named `name`. */
  protected remove(name: string): SearchBuilder<string> {
    return this.next(StepKind.Remove, name);
  }

  // `innerOptions` lets an untyped chain build on `Resource` without its names checked there: the outer
  // check resolves them against every type the reference may point to.
  protected nested(
    prefix: string,
    targetType: string,
    build: Build,
    innerOptions: ResolvedSearchOptions = this.options,
  ): SearchBuilder<string> {
    const inner = build(this.create(targetType, innerOptions, undefined, StepKind.Root, noPairs));
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
    return this.next(StepKind.Append, added);
  }

  private remember(
    how: string,
    name: string,
    texts: string | readonly string[],
    child: SearchBuilder<string>,
  ): SearchBuilder<string> {
    const steps = rememberStep(this.#steps === false ? undefined : this.#steps, how, name, texts, child);
    this.#steps = steps;
    if (steps.last?.child === child) (child as unknown as SearchBuilderCore).#steps = undefined;
    return child;
  }

  // A step that appends writes its URL as its parent's and its new pairs, so the part of a chain built
  // before (kept steps) is not written again; other steps write theirs from their pairs.
  toString() {
    if (this.#url !== undefined) return this.#url;
    const steps: SearchBuilderCore[] = [];
    let node: SearchBuilderCore = this;
    while (node.#url === undefined && node.appendsToParent()) {
      steps.push(node);
      node = node.#parent!;
    }
    node.#url ??= pairsToUrl(node.resourceType, node.pairs);
    let url = node.#url;
    for (let index = steps.length - 1; index >= 0; index--) {
      const step = steps[index]!;
      url = extendUrl(url, step.resourceType, step.#change as BuilderPair | readonly BuilderPair[]);
      step.#url = url;
    }
    return url;
  }

  // True for an append, and for a replace of a name its parent does not have (which appends too).
  private appendsToParent(): boolean {
    if (this.#kind === StepKind.Append) return true;
    if (this.#kind !== StepKind.Replace) return false;
    const name = (this.#change as BuilderPair).name;
    for (let node = this.#parent; node !== undefined; node = node.#parent) {
      if (node.#pairs !== undefined) return !node.#pairs.some((pair) => pair.name === name);
      const change = node.#change;
      if (node.#kind === StepKind.Remove) {
        if (change === name) return true;
      } else if (Array.isArray(change)) {
        if ((change as readonly BuilderPair[]).some((pair) => pair.name === name)) return false;
      } else if ((change as BuilderPair).name === name) {
        return false;
      }
    }
    return true;
  }

  toSearchParams() {
    return pairsToSearchParams(this.pairs);
  }

  toFormBody() {
    return this.toSearchParams().toString();
  }
}

const noPairs: readonly BuilderPair[] = Object.freeze([]);
