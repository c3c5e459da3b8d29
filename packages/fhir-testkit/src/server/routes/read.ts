import type { Resource } from 'fhir/r4.js';
import { isNotModified, notModifiedResponse, versionHeaders } from '../conditional-read.js';
import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import { isActiveRecord } from '../search/only-active.js';
import type { RouteContext } from './route-context.js';

/**
 * The current version of a resource the client may see, or undefined: under Halo's `onlyActive`
 * an inactive record is never served, nor any of its versions.
 */
export function visibleCurrent(
  context: RouteContext,
  resourceType: string,
  id: string,
): Resource | undefined {
  const resource = context.site.store.get(resourceType, id);
  if (resource === undefined || (context.quirks.onlyActive && !isActiveRecord(resource))) return undefined;
  return resource;
}

/** 404 OperationOutcome for a record the client may not see (unknown, or hidden by Halo's only-active rule). */
export const unknownResource = (resourceType: string, id: string): MockResponse =>
  operationOutcomeResponse(404, IssueCode.NotFound, `Resource ${resourceType}/${id} is not known.`);

/** One version as served: 304 when the client's copy is current, else the resource with its validators. */
function serveVersion(context: RouteContext, resource: Resource): MockResponse {
  if (isNotModified(resource, context.conditions)) return notModifiedResponse(resource);
  return fhirJsonResponse(200, context.present(resource), versionHeaders(resource));
}

/** `GET [type]/[id]`: the current version, or 404 (also for an inactive one when Halo hides them). */
export function readResource(context: RouteContext, resourceType: string, id: string): MockResponse {
  const resource = visibleCurrent(context, resourceType, id);
  return resource === undefined ? unknownResource(resourceType, id) : serveVersion(context, resource);
}

/** `GET [type]/[id]/_history/[vid]`: one version, or 404 naming what is missing. */
export function vreadResource(
  context: RouteContext,
  resourceType: string,
  id: string,
  versionId: string,
): MockResponse {
  if (visibleCurrent(context, resourceType, id) === undefined) return unknownResource(resourceType, id);
  const version = context.site.store.getVersion(resourceType, id, versionId);
  if (version === undefined) {
    return operationOutcomeResponse(
      404,
      IssueCode.NotFound,
      `${resourceType}/${id} has no version ${versionId}; GET ${resourceType}/${id}/_history lists its versions.`,
    );
  }
  return serveVersion(context, version);
}
