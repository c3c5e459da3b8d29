import type { SearchBuilder } from './search-builder.js';
import type { SearchParameterType } from './search-parameter-definition.js';
import type { SearchParameterEntry } from './search-query.js';

// What a builder step is (builder-core.ts): the pairs it adds, how its texts were written, and how a
// chain of steps turns into the list of pairs.

/**
 * One parameter of a builder: its name, its FHIR-escaped value text, and its parsed entry once known.
 * Typed steps write text whose parse is known to succeed, so they leave parsing until `query` is read.
 */
export interface BuilderPair {
  readonly name: string;
  readonly text: string;
  /** The text has only URL-plain characters (known from how it was written), so it is not scanned again. */
  readonly plain: boolean;
  // Every pair has every field, so the code reading them sees one shape.
  readonly entry: SearchParameterEntry | undefined;
}

/** How the texts of a typed step were written. */
export interface AppendOptions {
  /** R4 type the parameter must have on this resource type, where it has one. @default undefined */
  readonly type?: SearchParameterType;
  /** Every text has only URL-plain characters. @default false */
  readonly plain?: boolean;
  /**
   * The caller checked exactly what the search rules check on this text (e.g. `_count`'s digits, or a
   * typed step's plain parts on a parameter of `type` with no modifier), so its parse can wait until
   * `query` is read. @default false
   */
  readonly sure?: boolean;
}

/** Builds a chained or reverse-chained search on its target type. */
export type Build = (target: SearchBuilder<string>) => SearchBuilder<string>;

/**
 * What a builder did to its parent's pairs: nothing (a root, which holds its own list), append one or
 * several, replace a single result parameter where it stands (dropping later repeats), or remove every
 * pair of a name.
 */
export const StepKind = { Root: 0, Append: 1, Replace: 2, Remove: 3 } as const;
export type StepKind = (typeof StepKind)[keyof typeof StepKind];

/** The pairs of a root or an append, the pair of a replace, the name of a remove. */
export type StepChange = BuilderPair | readonly BuilderPair[] | string;

/** Applies one step's change to the pairs of its parent (in place). */
export function applyStep(pairs: BuilderPair[], kind: StepKind, change: StepChange): void {
  if (kind === StepKind.Append) {
    if (Array.isArray(change)) for (const pair of change as readonly BuilderPair[]) pairs.push(pair);
    else pairs.push(change as BuilderPair);
  } else if (kind === StepKind.Replace) {
    const pair = change as BuilderPair;
    const index = pairs.findIndex((existing) => existing.name === pair.name);
    if (index === -1) {
      pairs.push(pair);
      return;
    }
    pairs[index] = pair;
    removeNamed(pairs, pair.name, index + 1);
  } else if (kind === StepKind.Remove) {
    removeNamed(pairs, change as string, 0);
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
