import { validateSearchDate } from './dates.js';
import { recalledEntry, rememberEntry } from './entry-memo.js';
import { isWellFormed, parseValues } from './escaping.js';
import {
  type ComparedParameter,
  comparedParameter,
  compositeDateComponentPositions,
  splitEntryName,
} from './parameter-types.js';
import { checkResourceType } from './r4-resource-types.js';
import { checkEntry } from './rules/check-entry.js';
import { SearchBuildError } from './search-build-error.js';
import type { ResolvedSearchOptions } from './search-options.js';
import { SearchParameterType } from './search-parameter-definition.js';
import {
  freezeQuery,
  type SearchParameterEntry,
  type SearchQuery,
  type SearchValue,
} from './search-query.js';
import { type DateProfile, type Prefix, prefixes, type SearchRules } from './vocabulary.js';

const prefixed: ReadonlySet<SearchParameterType> = new Set([
  SearchParameterType.Date,
  SearchParameterType.Number,
  SearchParameterType.Quantity,
]);
const prefixSet: ReadonlySet<string> = new Set(prefixes);
const resourceTypePattern = /^[A-Z][A-Za-z]*$/;
const searchUrlForms = ['Type?query', '/Type?query', 'https://host/fhir/R4/Type?query'];

/**
 * Reads one `name=text` pair (already URL-decoded) into an entry: splits the name, the OR values, the
 * composite components and parts, takes the prefix off where the value type takes one, checks the pair
 * against the search rules in force (the same check every builder step runs) and the dates against the
 * profile. This is the one normal form that formatting and the builder agree on. An accepted pair is
 * remembered (entry-memo.ts), so the same pair under the same rules and date profile is not parsed twice;
 * the entry returned is then frozen and shared.
 */
export function parseEntry(
  resourceType: string,
  name: string,
  text: string,
  options: ResolvedSearchOptions,
): SearchParameterEntry {
  const recalled = recalledEntry(resourceType, name, text, options);
  if (recalled !== undefined) return recalled;
  return rememberEntry(resourceType, name, text, options, parseNewEntry(resourceType, name, text, options));
}

function parseNewEntry(
  resourceType: string,
  name: string,
  text: string,
  options: ResolvedSearchOptions,
): SearchParameterEntry {
  checkPair(name, text);
  const parsedName = splitEntryName(name);
  const compared = comparedParameter(resourceType, parsedName);
  const values = takePrefixes(parseValues(text), compared?.type);
  const entry = { ...parsedName, values };
  checkEntry(resourceType, entry, { rules: options.rules, name, text });
  if (compared !== undefined) checkDates(values, compared, { parameter: name, profile: options.dates });
  return entry;
}

function checkPair(name: string, text: string): void {
  if (name === '') {
    throw new SearchBuildError({
      parameter: name,
      value: text,
      accepted: ['name=value'],
      problem: 'a parameter has no name',
    });
  }
  if (!isWellFormed(name) || !isWellFormed(text)) {
    throw new SearchBuildError({
      parameter: name,
      value: text,
      accepted: ['well-formed Unicode text'],
      problem: 'a lone UTF-16 surrogate cannot be URL-encoded and would be replaced by U+FFFD',
    });
  }
}

// Only date, number and quantity values carry a prefix; `ge` alone is a value, not an empty prefixed one.
function takePrefixes(values: SearchValue[], valueType: SearchParameterType | undefined): SearchValue[] {
  if (valueType === undefined || !prefixed.has(valueType)) return values;
  return values.map((value) =>
    value.map((component) => {
      const [first = '', ...rest] = component.parts;
      const prefix = first.slice(0, 2);
      if (!prefixSet.has(prefix) || first.length === 2) return component;
      return { prefix: prefix as Prefix, parts: [first.slice(2), ...rest] };
    }),
  );
}

function checkDates(
  values: readonly SearchValue[],
  compared: ComparedParameter,
  context: { parameter: string; profile: DateProfile },
): void {
  if (compared.type === SearchParameterType.Date) {
    for (const component of values.flat()) validateSearchDate(component.parts.join('|'), context);
  }
  if (compared.type !== SearchParameterType.Composite) return;
  // Composite components keep their prefix in the text (the normal form); check the date after it.
  for (const position of compositeDateComponentPositions(compared.resourceType, compared.code)) {
    for (const value of values) {
      const dateText = value[position]?.parts.join('|');
      if (dateText === undefined) continue;
      validateSearchDate(prefixSet.has(dateText.slice(0, 2)) ? dateText.slice(2) : dateText, context);
    }
  }
}

function pathOf(url: string, rawPath: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(rawPath)) return rawPath;
  try {
    return new URL(rawPath).pathname;
  } catch (cause) {
    throw new SearchBuildError(
      {
        parameter: 'resourceType',
        value: url,
        accepted: searchUrlForms,
        problem: 'not a valid absolute URL',
      },
      { cause },
    );
  }
}

/** True for text shaped like a resource type name (`Patient`), checked against no table. */
export const isResourceTypeName = (text: string): boolean => resourceTypePattern.test(text);

/**
 * The resource type named by the path of a search URL (`Patient`, `/Patient`, `.../R4/Patient/_search`).
 * With `rules` other than `'lenient'`, a name in the wrong case (`patient`) is refused as an
 * `UnknownResourceTypeError` that names the R4 type meant.
 */
export function resourceTypeOfPath(url: string, path: string, rules?: SearchRules): string {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.at(-1) === '_search') segments.pop();
  const resourceType = segments.at(-1) ?? '';
  if (!resourceTypePattern.test(resourceType)) {
    if (rules !== undefined && /^[a-z][A-Za-z]*$/.test(resourceType)) checkResourceType(resourceType, rules);
    throw new SearchBuildError({
      parameter: 'resourceType',
      value: url,
      accepted: searchUrlForms,
      problem: 'no resource type before the query',
    });
  }
  return resourceType;
}

/**
 * Reads a search URL (`Type?query`, `/Type?query`, or an absolute URL) into a query. The inverse of
 * `formatSearch`: what was formatted parses back to the same query.
 * @throws SearchBuildError for a missing resource type or a date the profile does not accept;
 * UnknownResourceTypeError for a type R4 does not define (unless the rules are `'lenient'`).
 */
export function readSearchQuery(url: string, options: ResolvedSearchOptions): SearchQuery {
  const withoutFragment = url.split('#', 1)[0]!;
  const question = withoutFragment.indexOf('?');
  const rawPath = question === -1 ? withoutFragment : withoutFragment.slice(0, question);
  const query = question === -1 ? '' : withoutFragment.slice(question + 1);
  const resourceType = resourceTypeOfPath(url, pathOf(url, rawPath), options.rules);
  checkResourceType(resourceType, options.rules);
  const parameters: SearchParameterEntry[] = [];
  for (const [name, text] of new URLSearchParams(query)) {
    parameters.push(parseEntry(resourceType, name, text, options));
  }
  return freezeQuery({ resourceType, parameters });
}
