import type { MockResponse } from './mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from './operation-outcome.js';

/**
 * Content negotiation (R4 http.html#mime-type): the mock writes JSON only. `_format` overrides
 * `Accept`; a format it cannot write (XML, Turtle, HTML…) answers 406 Not Acceptable with an
 * OperationOutcome, as R4 asks, instead of JSON the client did not ask for.
 */

/** The media types the mock writes, first the FHIR one. */
export const JsonMediaType = {
  Fhir: 'application/fhir+json',
  Plain: 'application/json',
} as const;
export type JsonMediaType = (typeof JsonMediaType)[keyof typeof JsonMediaType];

/** The FHIR versions a `fhirVersion` media-type parameter may name for this R4 server. */
const servedFhirVersions = new Set(['4.0', '4.0.1']);

/** `_format` shorthands and media types that mean JSON, with the type answered. */
const formatValues: ReadonlyMap<string, JsonMediaType> = new Map([
  ['json', JsonMediaType.Fhir],
  ['application/fhir+json', JsonMediaType.Fhir],
  ['application/json+fhir', JsonMediaType.Fhir],
  ['application/json', JsonMediaType.Plain],
]);

/** Accept ranges that JSON satisfies. */
const acceptRanges: ReadonlyMap<string, JsonMediaType> = new Map([
  ['*/*', JsonMediaType.Fhir],
  ['application/*', JsonMediaType.Fhir],
  ...formatValues,
]);

interface MediaRange {
  readonly type: string;
  readonly q: number;
  readonly fhirVersion: string | undefined;
}

function parseMediaRange(text: string): MediaRange {
  const [type = '', ...parameters] = text.split(';').map((part) => part.trim());
  let q = 1;
  let fhirVersion: string | undefined;
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().replace(/^"|"$/g, ''));
    if (name.toLowerCase() === 'q') q = Number.isNaN(Number(value)) ? 0 : Number(value);
    if (name.toLowerCase() === 'fhirversion') fhirVersion = value;
  }
  return { type: type.toLowerCase(), q, fhirVersion };
}

/** The JSON media type a range accepts, if any: it must be one we write, for R4, with q > 0. */
function servedBy(range: MediaRange, table: ReadonlyMap<string, JsonMediaType>): JsonMediaType | undefined {
  if (range.q <= 0) return undefined;
  if (range.fhirVersion !== undefined && !servedFhirVersions.has(range.fhirVersion)) return undefined;
  return table.get(range.type);
}

function notAcceptable(asked: string, via: string): MockResponse {
  return operationOutcomeResponse(
    406,
    IssueCode.NotSupported,
    `This server writes FHIR R4 JSON only (application/fhir+json or application/json, fhirVersion=4.0); ${via} asked for ${asked}. Send Accept: application/fhir+json or _format=json.`,
  );
}

/** The outcome of negotiation: the media type to answer with, or the 406 to send instead. */
export type Negotiated = { readonly mediaType: JsonMediaType } | { readonly refusal: MockResponse };

/**
 * Picks the media type of the answer from `_format` (when given) or the `Accept` header (the most
 * preferred range JSON satisfies); no `Accept` at all means anything goes.
 */
export function negotiateFormat(accept: string | undefined, formats: readonly string[]): Negotiated {
  const format = formats[formats.length - 1];
  if (format !== undefined) {
    const mediaType = servedBy(parseMediaRange(format), formatValues);
    return mediaType === undefined ? { refusal: notAcceptable(format, '_format') } : { mediaType };
  }
  if (accept === undefined || accept.trim() === '') return { mediaType: JsonMediaType.Fhir };
  const ranges = accept
    .split(',')
    .filter((part) => part.trim() !== '')
    .map(parseMediaRange)
    .sort((a, b) => b.q - a.q);
  for (const range of ranges) {
    const mediaType = servedBy(range, acceptRanges);
    if (mediaType !== undefined) return { mediaType };
  }
  return { refusal: notAcceptable(accept, 'Accept') };
}

/** `response` labelled with the negotiated media type (JSON either way; only the label differs). */
export function withMediaType(response: MockResponse, mediaType: JsonMediaType): MockResponse {
  const contentType = response.headers['content-type'];
  if (mediaType === JsonMediaType.Fhir || contentType?.startsWith(JsonMediaType.Fhir) !== true)
    return response;
  return { ...response, headers: { ...response.headers, 'content-type': `${mediaType}; charset=utf-8` } };
}
