/** A read, vread or update named a resource (or version) the store does not hold. */
export class ResourceNotFoundError extends Error {
  /** Always `'ResourceNotFoundError'`. */
  override name = 'ResourceNotFoundError';
  constructor(
    /** The resource type asked for. */
    readonly resourceType: string,
    /** The id asked for. */
    readonly id: string,
    /** The version asked for (a vread), when one was. */
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
  /** Always `'VersionConflictError'`. */
  override name = 'VersionConflictError';
  constructor(
    /** The resource type updated. */
    readonly resourceType: string,
    /** The id updated. */
    readonly id: string,
    /** The version the update expected (`If-Match`). */
    readonly expectedVersionId: string,
    /** The version the store holds. */
    readonly currentVersionId: string,
  ) {
    super(
      `${resourceType}/${id} is at version ${currentVersionId}, not ${expectedVersionId}: read it again and reapply the change`,
    );
  }
}

/** A resource the store cannot take: no resourceType, a bad id, or a type mismatch. */
export class InvalidResourceError extends Error {
  /** Always `'InvalidResourceError'`. */
  override name = 'InvalidResourceError';
}
