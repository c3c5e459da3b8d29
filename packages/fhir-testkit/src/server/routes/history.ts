import type { Bundle, BundleEntry, Resource } from 'fhir/r4.js';
import { weakEtag } from '../conditional-read.js';
import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import { unknownResource, visibleCurrent } from './read.js';
import type { RouteContext } from './route-context.js';

/** Parameters `_history` takes besides `_since`: representation only. */
export const representationParams = new Set(['_format', '_pretty']);

/** An R4 `instant`: date, time to the second, zone. */
export const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One version as a history entry: the request that made it and the response it got. */
export function historyEntry(context: RouteContext, version: Resource): BundleEntry {
  const { resourceType, id = '', meta } = version;
  const versionId = meta?.versionId ?? '1';
  const first = versionId === '1';
  return {
    fullUrl: `${context.base}/${resourceType}/${id}`,
    resource: context.present(version),
    request: first ? { method: 'POST', url: resourceType } : { method: 'PUT', url: `${resourceType}/${id}` },
    response: {
      status: first ? '201 Created' : '200 OK',
      etag: weakEtag(versionId),
      ...(meta?.lastUpdated === undefined ? {} : { lastModified: meta.lastUpdated }),
    },
  };
}

/**
 * `GET [type]/[id]/_history`: a `history` Bundle of every kept version, newest first, each with the
 * `request` that made it and its `response` (status, ETag, lastModified). `_since` (an instant) keeps
 * the versions last updated at or after it. All versions come in one page (a record has few).
 */
export function instanceHistory(context: RouteContext, resourceType: string, id: string): MockResponse {
  const unsupported = [...context.params.keys()].filter(
    (name) => name !== '_since' && !representationParams.has(name),
  );
  if (unsupported.length > 0) {
    return operationOutcomeResponse(
      400,
      IssueCode.NotSupported,
      `${resourceType}/${id}/_history takes only _since (an instant); not ${unsupported.join(', ')}.`,
    );
  }
  const sinceText = context.params.getAll('_since');
  if (sinceText.length > 1 || (sinceText[0] !== undefined && !instantPattern.test(sinceText[0]))) {
    return operationOutcomeResponse(
      400,
      IssueCode.Invalid,
      `_since must be given once, as an instant with a zone (e.g. 2026-11-26T09:00:00+11:00); got ${sinceText.join(', ')}.`,
    );
  }
  if (visibleCurrent(context, resourceType, id) === undefined) return unknownResource(resourceType, id);
  const since = sinceText[0] === undefined ? Number.NEGATIVE_INFINITY : Date.parse(sinceText[0]);
  const versions = context.site.store
    .history(resourceType, id)
    .filter((v) => Date.parse(v.meta?.lastUpdated ?? '') >= since || sinceText[0] === undefined)
    .reverse();
  const query = context.params.toString();
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'history',
    total: versions.length,
    link: [
      {
        relation: 'self',
        url: `${context.base}/${resourceType}/${id}/_history${query === '' ? '' : `?${query}`}`,
      },
    ],
    ...(versions.length === 0 ? {} : { entry: versions.map((v) => historyEntry(context, v)) }),
  };
  return fhirJsonResponse(200, bundle);
}
