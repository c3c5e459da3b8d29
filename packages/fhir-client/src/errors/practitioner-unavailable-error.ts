import { FhirRequestError, type FhirRequestErrorInit, isFhirRequestError } from './fhir-request-error.js';

/**
 * The practice's database refused a query about one practitioner (e.g. the GP is away today and has
 * no appointment book). Pause queries for that practitioner only; the rest of the site is fine.
 */
export class PractitionerUnavailableError extends FhirRequestError {
  override name = 'PractitionerUnavailableError';
  /** The practitioner id as the server wrote it. */
  declare readonly practitioner: string;

  constructor(init: FhirRequestErrorInit & { readonly practitioner: string }) {
    super(init);
  }
}

/** True when `value` is a {@link PractitionerUnavailableError}, from this or any other copy of the library. */
export function isPractitionerUnavailableError(value: unknown): value is PractitionerUnavailableError {
  return (
    value instanceof PractitionerUnavailableError ||
    (isFhirRequestError(value) && value.name === 'PractitionerUnavailableError')
  );
}
