import { assertId, assertResourceType } from '../invalid-argument-error.js';
import type { ResourceOf, ResourceType } from '../resource-types.js';
import { requestFields, urlOf, type OperationContext, type RequestOptions } from './operation-context.js';

/** `GET [base]/{type}/{id}`: one resource, typed by its resource type. */
export async function readResource<T extends ResourceType>(
  context: OperationContext,
  resourceType: T,
  id: string,
  options?: RequestOptions,
): Promise<ResourceOf<T>> {
  assertResourceType('resourceType', resourceType);
  assertId('id', id);
  const response = await context.transport.send({
    method: 'GET',
    url: urlOf(context, `${resourceType}/${id}`),
    interaction: 'read',
    resourceType,
    expect: { resourceType },
    ...requestFields(options),
  });
  return response.body as ResourceOf<T>;
}

/** `GET [base]/{type}/{id}/_history/{versionId}`: one version of a resource. */
export async function vreadResource<T extends ResourceType>(
  context: OperationContext,
  resourceType: T,
  id: string,
  versionId: string,
  options?: RequestOptions,
): Promise<ResourceOf<T>> {
  assertResourceType('resourceType', resourceType);
  assertId('id', id);
  assertId('versionId', versionId);
  const response = await context.transport.send({
    method: 'GET',
    url: urlOf(context, `${resourceType}/${id}/_history/${versionId}`),
    interaction: 'vread',
    resourceType,
    expect: { resourceType },
    ...requestFields(options),
  });
  return response.body as ResourceOf<T>;
}
