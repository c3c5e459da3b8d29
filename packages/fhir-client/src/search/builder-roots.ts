import { type BuilderPair, StepKind } from './builder-steps.js';
import { LooseSearchBuilder } from './create-search-builder.js';
import { formatValues } from './escaping.js';
import type { SearchBuilder } from './search-builder.js';
import type { ResolvedSearchOptions } from './search-options.js';
import { entryName, type SearchQuery } from './search-query.js';
import { sharedRoot } from './step-memo.js';

// Where builders start: a parsed query (`parseSearch`) or no parameters (`search`, shared per resource
// type and options while the step memo's epoch lasts).

interface BuilderState {
  readonly query: SearchQuery;
  readonly options: ResolvedSearchOptions;
}

/** Makes a builder over a (parsed) query; every method returns a new one. */
export function createSearchBuilder<RT extends string>(state: BuilderState): SearchBuilder<RT> {
  const pairs = state.query.parameters.map(
    (entry): BuilderPair => ({
      name: entryName(entry),
      text: formatValues(entry.values),
      plain: false,
      entry,
    }),
  );
  // One untyped implementation serves every resource type: the types only narrow what callers may pass.
  return new LooseSearchBuilder(
    state.query.resourceType,
    state.options,
    undefined,
    StepKind.Root,
    pairs,
  ) as unknown as SearchBuilder<RT>;
}

/** Makes a builder with no parameters yet. */
export function createRootBuilder<RT extends string>(
  resourceType: string,
  options: ResolvedSearchOptions,
): SearchBuilder<RT> {
  return sharedRoot(
    resourceType,
    options,
    () => new LooseSearchBuilder(resourceType, options, undefined, StepKind.Root, noPairs),
  ) as unknown as SearchBuilder<RT>;
}

const noPairs: readonly BuilderPair[] = Object.freeze([]);
