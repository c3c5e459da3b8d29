import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import { isActiveRecord } from '../search/only-active.js';
import type { RouteContext } from './route-context.js';

/** `GET [type]/[id]`: the resource, or 404 (also for an inactive one when Halo hides them). */
export function readResource(context: RouteContext, resourceType: string, id: string): MockResponse {
  const resource = context.site.store.get(resourceType, id);
  if (resource === undefined || (context.quirks.onlyActive && !isActiveRecord(resource))) {
    return operationOutcomeResponse(404, IssueCode.NotFound, `Resource ${resourceType}/${id} is not known.`);
  }
  const headers: Record<string, string> = {};
  if (resource.meta?.versionId !== undefined) headers.etag = `W/"${resource.meta.versionId}"`;
  return fhirJsonResponse(200, context.present(resource), headers);
}
