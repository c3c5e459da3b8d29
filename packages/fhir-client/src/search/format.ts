import { formatValues } from './escaping.js';
import { SearchBuildError } from './search-build-error.js';
import { entryName, type SearchQuery } from './search-query.js';

/** A parameter as written: its name and its FHIR-escaped value text, before URL encoding. */
export interface SearchPair {
  readonly name: string;
  readonly text: string;
  /** Set where the writer knows the text has only URL-plain characters (a Halo date, a count). */
  readonly plain?: boolean;
}

/** The query's parameters as name/text pairs, in the query's own order. */
export function searchPairs(query: SearchQuery): SearchPair[] {
  return query.parameters.map((entry) => ({ name: entryName(entry), text: formatValues(entry.values) }));
}

/** Pairs as `URLSearchParams`, which URL-encode them once when serialised. */
export function pairsToSearchParams(pairs: readonly SearchPair[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const { name, text } of pairs) params.append(name, text);
  return params;
}

// Characters RFC 3986 allows as they are in a query, which form decoding also reads literally, are
// written plainly so URLs stay readable (`subject:Patient.name`, `http://loinc.org`); `|` and `\` are
// encoded. encodeURI leaves `:/,$@` alone already; the query delimiters it also leaves are encoded after.
// A lookup table, not a regex: this runs for every name and value of every URL a scheduler writes.
const plainCharacterList = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.!~*'():/,$@";
const plainCharacters = new Uint8Array(128);
for (const character of plainCharacterList) {
  plainCharacters[character.charCodeAt(0)] = 1;
}
/** True for the UTF-16 code of a character a query value is written with as it is (not %-encoded). */
export const isUrlPlainCode = (code: number): boolean => code < 128 && plainCharacters[code] === 1;

// `%XX` of every ASCII character that is not plain (uppercase hex, as encodeURI writes it).
const asciiEscapes: readonly string[] = Array.from({ length: 128 }, (_, code) =>
  plainCharacters[code] === 1 ? '' : `%${code.toString(16).toUpperCase().padStart(2, '0')}`,
);

/**
 * `text` URL-encoded as encodeURI writes it, with the query delimiters it leaves (`? & = + # ;`) escaped
 * too, in one pass: plain runs kept, an ASCII character written as its `%XX`, any other character (or
 * surrogate pair) as encodeURIComponent writes its UTF-8, which throws a URIError for a lone surrogate.
 */
export function encodeComponent(text: string): string {
  let encoded = '';
  let plainFrom = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128 && plainCharacters[code] === 1) continue;
    // A high surrogate is written with the character after it (a lone one throws).
    const end = code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
    encoded +=
      text.slice(plainFrom, index) +
      (code < 128 ? asciiEscapes[code] : encodeURIComponent(text.slice(index, end)));
    plainFrom = end;
    index = end - 1;
  }
  return plainFrom === 0 ? text : encoded + text.slice(plainFrom);
}

// Names come from a small set (the parameter codes a program uses), so each is written once, as the
// `&name=` that puts its pair after another, followed by the last two texts URL-encoded under it and their
// encodings: a scheduler writes the same values of a name on every poll (its `_include`s, a
// `system|code`), which are then compared, not encoded again. The bound keeps a program that invents names
// (`.param()` with generated ones) from growing it without end.
const writtenNames = new Map<string, string[]>();
const writtenNamesLimit = 1024;

/** `[&name=, text, its encoding, older text, its encoding]` of `name`. */
function writtenName(name: string): string[] {
  let written = writtenNames.get(name);
  if (written === undefined) {
    written = [`&${encodeComponent(name)}=`, '', '', '', ''];
    if (writtenNames.size >= writtenNamesLimit) writtenNames.clear();
    writtenNames.set(name, written);
  }
  return written;
}

/** {@link encodeComponent} of `text`, a value of the name `written` is of (see {@link writtenName}). */
function encodedValue(written: string[], text: string): string {
  if (text === written[1]) return written[2]!;
  if (text === written[3]) return written[4]!;
  const encoded = encodeComponent(text);
  written[3] = written[1]!;
  written[4] = written[2]!;
  written[1] = text;
  written[2] = encoded;
  return encoded;
}

/**
 * The relative URL `Type?name=value&...` of pairs (just `Type` with none), each URL-encoded once.
 * Spaces are `%20`, never `+`: every server decodes `%20` as a space, not every one decodes `+` in a URL.
 */
export function pairsToUrl(resourceType: string, pairs: readonly SearchPair[]): string {
  return extendUrl(resourceType, resourceType, pairs);
}

/**
 * `url`, the relative URL of a search on `resourceType` (as {@link pairsToUrl} wrote it), followed by
 * `added`: the URL of that search with the pairs appended, written without writing `url`'s pairs again.
 */
export function extendUrl(
  url: string,
  resourceType: string,
  added: SearchPair | readonly SearchPair[],
): string {
  // A URL with no pairs yet is the resource type alone; the first pair follows a `?`.
  let extended = url;
  try {
    if (!Array.isArray(added))
      return extended + pairText(added as SearchPair, url.length === resourceType.length);
    const pairs = added as readonly SearchPair[];
    for (let index = 0; index < pairs.length; index++) {
      extended += pairText(pairs[index]!, extended.length === resourceType.length);
    }
  } catch (cause) {
    throw new SearchBuildError(
      {
        parameter: 'query',
        value: '(not shown)',
        accepted: ['well-formed Unicode text'],
        problem: 'a lone UTF-16 surrogate cannot be URL-encoded',
      },
      { cause },
    );
  }
  return extended;
}

/** `&name=value` of a pair, URL-encoded (`?name=value` for the first pair of a URL). */
function pairText(pair: SearchPair, first: boolean): string {
  const written = writtenName(pair.name);
  const name = written[0]!;
  const value = pair.plain === true ? pair.text : encodedValue(written, pair.text);
  return first ? `?${name.slice(1)}${value}` : name + value;
}

/**
 * The query's parameters as `URLSearchParams`, in the query's own order (deterministic: the same query
 * always gives the same pairs). Values are FHIR-escaped here and URL-encoded once, by `URLSearchParams`.
 */
export function formatSearchParams(query: SearchQuery): URLSearchParams {
  return pairsToSearchParams(searchPairs(query));
}

/** The relative search URL, `Type?name=value&...`, encoded once (the same encoding as a `next` link the client repairs). */
export function formatSearch(query: SearchQuery): string {
  return pairsToUrl(query.resourceType, searchPairs(query));
}

/** The `application/x-www-form-urlencoded` body for `POST [base]/[Type]/_search`. */
export function formatSearchFormBody(query: SearchQuery): string {
  return formatSearchParams(query).toString();
}
