import type { Resource } from 'fhir/r4.js';
import { assertId, assertResourceType, InvalidArgumentError } from '../invalid-argument-error.js';
import { FHIR_JSON } from '../transport.js';
import { requestFields, urlOf, type OperationContext, type RequestOptions } from './operation-context.js';

/** Options of `create` and `update`. */
export interface WriteOptions extends RequestOptions {
  /**
   * Update only if the server's current version is this one (`If-Match: W/"{version}"`), so a
   * concurrent change is not overwritten.
   * @default undefined (no version check)
   */
  readonly ifMatchVersion?: string;
}

/**
 * `POST [base]/{type}`: creates a resource (Halo supports it for Patient). Never retried once it may
 * have reached the server. Returns the stored resource, or the one sent when the server returns no body.
 */
export async function createResource<R extends Resource>(
  context: OperationContext,
  resource: R,
  options?: WriteOptions,
): Promise<R> {
  assertResourceType('resource.resourceType', resource?.resourceType);
  const response = await context.transport.send({
    method: 'POST',
    url: urlOf(context, resource.resourceType),
    interaction: 'create',
    resourceType: resource.resourceType,
    body: { contentType: FHIR_JSON, text: JSON.stringify(resource) },
    expect: { resourceType: resource.resourceType, allowEmpty: true },
    ...requestFields(withIfMatch(options)),
  });
  return (response.body as R | undefined) ?? resource;
}

/** `PUT [base]/{type}/{id}`: replaces a resource (Halo supports it for Patient). Never retried once it may have reached the server. */
export async function updateResource<R extends Resource>(
  context: OperationContext,
  resource: R,
  options?: WriteOptions,
): Promise<R> {
  assertResourceType('resource.resourceType', resource?.resourceType);
  if (resource.id === undefined)
    throw new InvalidArgumentError('resource.id', 'an update needs the id of the resource it replaces.');
  assertId('resource.id', resource.id);
  const response = await context.transport.send({
    method: 'PUT',
    url: urlOf(context, `${resource.resourceType}/${resource.id}`),
    interaction: 'update',
    resourceType: resource.resourceType,
    body: { contentType: FHIR_JSON, text: JSON.stringify(resource) },
    expect: { resourceType: resource.resourceType, allowEmpty: true },
    ...requestFields(withIfMatch(options)),
  });
  return (response.body as R | undefined) ?? resource;
}

function withIfMatch(options: WriteOptions | undefined): RequestOptions | undefined {
  if (options?.ifMatchVersion === undefined) return options;
  assertId('ifMatchVersion', options.ifMatchVersion);
  return { ...options, headers: { ...options.headers, 'If-Match': `W/"${options.ifMatchVersion}"` } };
}
