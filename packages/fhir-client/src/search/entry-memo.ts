import { NotedTexts } from './noted-texts.js';
import type { ResolvedSearchOptions } from './search-options.js';
import { freezeEntry, type SearchParameterEntry } from './search-query.js';

// A pair's parse is a pure function of the resource type, the pair and the options it reads (rules and
// date profile): the R4 table is fixed, and no check reads a clock. So a pair parsed once is not parsed
// again: a scheduler that rebuilds its queries on every poll writes the same pairs each time. Only
// successes are kept (frozen, as they are shared); a refusal is thrown afresh on every call. The bounds
// keep a program that writes ever-new values from growing the maps without end. Nested maps, one level
// per input, so a lookup builds no key string.
//
// A kept entry lives on into the old generation, which then has to be collected; for a name whose values
// change on every call (a GP, a changed-since instant) that costs more than parsing again. So once a name
// holds `eagerLimit` texts, a new text is first only noted (noted-texts.ts) and its entry kept the second
// time. The notes are a small fixed table per name, outside the kept count.
type Level<T> = Map<string, T>;
/** The entries kept for one name, by text, and the texts noted once. */
interface Kept {
  readonly entries: Level<SearchParameterEntry>;
  noted: NotedTexts | undefined;
}
const parsed: Level<Level<Level<Level<Kept>>>> = new Map();
const keptLimit = 4096;
const eagerLimit = 8;
const longestKeptText = 512;
let kept = 0;

// The names of the last search's resource type and options: a builder's steps all share them, so most
// lookups start here rather than three maps down.
let last: { rules: string; dates: string; resourceType: string; names: Level<Kept> } | undefined;

/** The names kept for one resource type under `options`, created when `create` is true. */
function namesOf(
  resourceType: string,
  options: ResolvedSearchOptions,
  create: boolean,
): Level<Kept> | undefined {
  if (
    last !== undefined &&
    last.resourceType === resourceType &&
    last.rules === options.rules &&
    last.dates === options.dates
  ) {
    return last.names;
  }
  let byDates = parsed.get(options.rules);
  if (byDates === undefined) {
    if (!create) return undefined;
    byDates = new Map();
    parsed.set(options.rules, byDates);
  }
  let byType = byDates.get(options.dates);
  if (byType === undefined) {
    if (!create) return undefined;
    byType = new Map();
    byDates.set(options.dates, byType);
  }
  let names = byType.get(resourceType);
  if (names === undefined) {
    if (!create) return undefined;
    names = new Map();
    byType.set(resourceType, names);
  }
  last = { rules: options.rules, dates: options.dates, resourceType, names };
  return names;
}

/** The pairs kept for one resource type and name under `options`, created when `create` is true. */
function textsOf(
  resourceType: string,
  name: string,
  options: ResolvedSearchOptions,
  create: boolean,
): Kept | undefined {
  const names = namesOf(resourceType, options, create);
  if (names === undefined) return undefined;
  let texts = names.get(name);
  if (texts === undefined) {
    if (!create) return undefined;
    texts = { entries: new Map(), noted: undefined };
    names.set(name, texts);
  }
  return texts;
}

/** The entry `name=text` parsed to before on `resourceType` under `options`, if it is still kept. */
export function recalledEntry(
  resourceType: string,
  name: string,
  text: string,
  options: ResolvedSearchOptions,
): SearchParameterEntry | undefined {
  return textsOf(resourceType, name, options, false)?.entries.get(text);
}

/**
 * Keeps the entry `name=text` parsed to (frozen, as it is shared) and returns it; or, for a name with
 * many texts and a text not noted before, only notes the text and returns the entry as it is.
 */
export function rememberEntry(
  resourceType: string,
  name: string,
  text: string,
  options: ResolvedSearchOptions,
  entry: SearchParameterEntry,
): SearchParameterEntry {
  if (name.length + text.length > longestKeptText) return entry;
  if (kept >= keptLimit) {
    parsed.clear();
    last = undefined;
    kept = 0;
  }
  const texts = textsOf(resourceType, name, options, true)!;
  if (texts.entries.size >= eagerLimit) {
    texts.noted ??= new NotedTexts();
    if (!texts.noted.seenBefore(text)) return entry;
  }
  kept++;
  const frozen = freezeEntry(entry);
  texts.entries.set(text, frozen);
  return frozen;
}
