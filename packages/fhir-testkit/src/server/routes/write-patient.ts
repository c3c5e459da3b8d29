import type { Resource } from 'fhir/r4.js';
import { versionHeaders } from '../conditional-read.js';
import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import { ResourceNotFoundError, VersionConflictError } from '../store/store-errors.js';
import type { RouteContext } from './route-context.js';

type Parsed = { readonly resource: Resource } | { readonly error: MockResponse };

function parseBody(context: RouteContext, resourceType: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(context.body);
  } catch {
    return { error: operationOutcomeResponse(400, IssueCode.Invalid, 'The request body is not valid JSON.') };
  }
  const type = (value as { resourceType?: unknown } | null)?.resourceType;
  if (typeof value !== 'object' || value === null || type !== resourceType) {
    return {
      error: operationOutcomeResponse(
        400,
        IssueCode.Invalid,
        `The body must be a ${resourceType} resource (got resourceType ${JSON.stringify(type)}).`,
      ),
    };
  }
  return { resource: value as Resource };
}

/** The stored version with `Location` (its vread URL), `ETag` and `Last-Modified`, as R4 asks of a write. */
function written(context: RouteContext, status: 200 | 201, resource: Resource): MockResponse {
  const location = `${context.base}/${resource.resourceType}/${resource.id ?? ''}`;
  const versionId = resource.meta?.versionId ?? '1';
  return fhirJsonResponse(status, context.present(resource), {
    location: `${location}/_history/${versionId}`,
    ...versionHeaders(resource),
  });
}

/** `POST [type]`: stores a new resource; the server assigns the id (any id in the body is ignored, as FHIR says). */
export function createResource(context: RouteContext, resourceType: string): MockResponse {
  const parsed = parseBody(context, resourceType);
  if ('error' in parsed) return parsed.error;
  const { id: _ignoredId, meta: _ignoredMeta, ...fresh } = parsed.resource;
  return written(context, 201, context.site.store.create(fresh as Resource));
}

/** `PUT [type]/[id]`: stores a new version (or creates the resource under that id). */
export function updateResource(context: RouteContext, resourceType: string, id: string): MockResponse {
  const parsed = parseBody(context, resourceType);
  if ('error' in parsed) return parsed.error;
  if (parsed.resource.id !== id) {
    return operationOutcomeResponse(
      400,
      IssueCode.Invalid,
      `The body's id (${JSON.stringify(parsed.resource.id)}) must equal the id in the URL (${id}).`,
    );
  }
  if (!/^[A-Za-z0-9\-.]{1,64}$/.test(id)) {
    return operationOutcomeResponse(
      400,
      IssueCode.Invalid,
      `"${id}" is not a FHIR id: use 1-64 of A-Z a-z 0-9 - .`,
    );
  }
  const { meta: _clientMeta, ...resource } = parsed.resource;
  let ifMatchVersionId: string | undefined;
  if (context.ifMatch !== undefined) {
    ifMatchVersionId = /^(?:W\/)?"([^"]+)"$/.exec(context.ifMatch.trim())?.[1];
    if (ifMatchVersionId === undefined) {
      return operationOutcomeResponse(
        400,
        IssueCode.Invalid,
        `If-Match must look like W/"1", got ${context.ifMatch}.`,
      );
    }
  }
  try {
    // With If-Match the client updates a version it read: a missing resource is a conflict, not a create.
    const { resource: stored, created } = context.site.store.update(resource as Resource, {
      createIfMissing: ifMatchVersionId === undefined,
      ...(ifMatchVersionId === undefined ? {} : { ifMatchVersionId }),
    });
    return written(context, created ? 201 : 200, stored);
  } catch (error) {
    if (error instanceof VersionConflictError || error instanceof ResourceNotFoundError) {
      return operationOutcomeResponse(412, IssueCode.Conflict, error.message);
    }
    throw error;
  }
}
