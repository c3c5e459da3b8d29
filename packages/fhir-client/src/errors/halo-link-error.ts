import { catalogEntry } from './catalog.js';
import { FhirRequestError, type FhirRequestErrorInit, isFhirRequestError } from './fhir-request-error.js';

/**
 * One of Halo Link's error codes 0-5 (ClientConnectionFailure, SqlExecutionFailed,
 * PrepForUploadFailed, QueryOrphaned, QueryMissingProperties, QueryUploadFailed), reported by the
 * agent at the practice. Immediate and FHIR queries get it as a 400; async and registered queries
 * carry it in a 200 result.
 */
export class HaloLinkError extends FhirRequestError {
  /** Always `'HaloLinkError'`. */
  override name = 'HaloLinkError';
  /** The Halo Link code, 0-5. */
  readonly haloLinkCode: number;

  constructor(init: FhirRequestErrorInit) {
    super(init);
    this.haloLinkCode = catalogEntry(init.category).haloLinkCode ?? Number(init.code);
  }
}

/** True when `value` is a {@link HaloLinkError}, from this or any other copy of the library. */
export function isHaloLinkError(value: unknown): value is HaloLinkError {
  return value instanceof HaloLinkError || (isFhirRequestError(value) && value.name === 'HaloLinkError');
}
