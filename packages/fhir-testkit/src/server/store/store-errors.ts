/** A read, vread or update named a resource (or version) the store does not hold. */
export class ResourceNotFoundError extends Error {
  override name = 'ResourceNotFoundError';
  constructor(
    readonly resourceType: string,
    readonly id: string,
    readonly versionId?: string,
  ) {
    super(
      versionId === undefined
        ? `${resourceType}/${id} does not exist; create it first or check the id`
        : `${resourceType}/${id} has no version ${versionId}; read the resource for its current versionId`,
    );
  }
}

/** An update carried a version precondition (`If-Match`) that is no longer the current version. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(
    readonly resourceType: string,
    readonly id: string,
    readonly expectedVersionId: string,
    readonly currentVersionId: string,
  ) {
    super(
      `${resourceType}/${id} is at version ${currentVersionId}, not ${expectedVersionId}: read it again and reapply the change`,
    );
  }
}

/** A resource the store cannot take: no resourceType, a bad id, or a type mismatch. */
export class InvalidResourceError extends Error {
  override name = 'InvalidResourceError';
}
