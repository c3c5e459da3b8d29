import { formatValues } from './escaping.js';
import { entryName, type SearchQuery } from './search-query.js';

/**
 * The query's parameters as `URLSearchParams`, in the query's own order (deterministic: the same query
 * always gives the same pairs). Values are FHIR-escaped here and URL-encoded once, by `URLSearchParams`.
 */
export function formatSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const entry of query.parameters) params.append(entryName(entry), formatValues(entry.values));
  return params;
}

// Characters RFC 3986 allows as they are in a query, which form decoding also reads literally: written
// plainly so URLs stay readable (`subject:Patient.name`, `http://loinc.org`). `|` and `\` stay encoded.
const readable: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%2C': ',',
  '%24': '$',
  '%40': '@',
};

/**
 * The relative search URL, `Type?name=value&...` (just `Type` with no parameters), encoded once. Spaces
 * are written as `%20` rather than `+`: every server decodes `%20` as a space, not every one decodes `+`
 * in a URL.
 */
export function formatSearch(query: SearchQuery): string {
  const encoded = formatSearchParams(query)
    .toString()
    .replaceAll('+', '%20')
    .replace(/%3A|%2F|%2C|%24|%40/g, (sequence) => readable[sequence]!);
  return encoded === '' ? query.resourceType : `${query.resourceType}?${encoded}`;
}

/** The `application/x-www-form-urlencoded` body for `POST [base]/[Type]/_search`. */
export function formatSearchFormBody(query: SearchQuery): string {
  return formatSearchParams(query).toString();
}
