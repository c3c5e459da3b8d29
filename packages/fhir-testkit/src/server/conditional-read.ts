import type { Resource } from 'fhir/r4.js';
import type { MockResponse } from './mock-exchange.js';

/**
 * Version headers and conditional reads (RFC 9110 §13): `ETag: W/"vid"` and `Last-Modified` on reads
 * and vreads, and 304 Not Modified for `If-None-Match` / `If-Modified-Since`.
 */

/** The request headers a conditional read looks at. */
export interface ConditionalHeaders {
  readonly ifNoneMatch: string | undefined;
  readonly ifModifiedSince: string | undefined;
}

/** `W/"3"` for version 3: FHIR versions are weak validators (R4 http.html#versioning). */
export function weakEtag(versionId: string): string {
  return `W/"${versionId}"`;
}

/** `meta.lastUpdated` as an HTTP-date (`Thu, 26 Nov 2026 09:15:00 GMT`), or undefined without one. */
export function httpDateOf(resource: Resource): string | undefined {
  const lastUpdated = resource.meta?.lastUpdated;
  const epochMs = lastUpdated === undefined ? Number.NaN : Date.parse(lastUpdated);
  return Number.isNaN(epochMs) ? undefined : new Date(epochMs).toUTCString();
}

/** `ETag` and `Last-Modified` of a stored version (each only when the resource carries it). */
export function versionHeaders(resource: Resource): Record<string, string> {
  const headers: Record<string, string> = {};
  if (resource.meta?.versionId !== undefined) headers.etag = weakEtag(resource.meta.versionId);
  const lastModified = httpDateOf(resource);
  if (lastModified !== undefined) headers['last-modified'] = lastModified;
  return headers;
}

/** The opaque tag of an entity tag, weak or strong: `W/"3"` and `"3"` both give `3`. */
function opaqueTag(etag: string): string | undefined {
  return /^(?:W\/)?"([^"]*)"$/.exec(etag.trim())?.[1];
}

/**
 * True when the client's copy is current, so the answer is 304:
 * - `If-None-Match` (a list of entity tags, or `*`) compared weakly with the version's ETag; when it is
 *   given, `If-Modified-Since` is ignored (RFC 9110 §13.2.2).
 * - `If-Modified-Since`: an HTTP-date at second precision; the version is unmodified when its
 *   `lastUpdated`, truncated to the second, is not after it. An unparseable date is ignored (§13.1.3).
 */
export function isNotModified(resource: Resource, conditions: ConditionalHeaders): boolean {
  if (conditions.ifNoneMatch !== undefined) {
    const versionId = resource.meta?.versionId;
    if (conditions.ifNoneMatch.trim() === '*') return true;
    if (versionId === undefined) return false;
    return conditions.ifNoneMatch.split(',').some((tag) => opaqueTag(tag) === versionId);
  }
  if (conditions.ifModifiedSince === undefined) return false;
  // IMF-fixdate or the obsolete RFC 850 form, both in GMT; anything else is not an HTTP-date.
  const since = /GMT$/.test(conditions.ifModifiedSince.trim())
    ? Date.parse(conditions.ifModifiedSince)
    : Number.NaN;
  const lastUpdated = resource.meta?.lastUpdated;
  const modified = lastUpdated === undefined ? Number.NaN : Date.parse(lastUpdated);
  if (Number.isNaN(since) || Number.isNaN(modified)) return false;
  return Math.floor(modified / 1000) * 1000 <= since;
}

/** 304 with the version's validators and no body. */
export function notModifiedResponse(resource: Resource): MockResponse {
  return { status: 304, headers: versionHeaders(resource), body: '' };
}
