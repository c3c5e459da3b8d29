import { FhirClientError } from '../errors/fhir-client-error.js';

/** `createFhirClient` / `extend` was given options it cannot work with; the message says which and why. */
export class InvalidClientOptionsError extends FhirClientError {
  /** Always `'InvalidClientOptionsError'`. */
  override name = 'InvalidClientOptionsError';
  /** The option at fault, e.g. `baseUrl` or `halo.siteId`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid FHIR client option ${option}: ${problem}`);
    this.option = option;
  }
}

/** True for an {@link InvalidClientOptionsError} (checks `name` too, so it works across copies of the library). */
export function isInvalidClientOptionsError(value: unknown): value is InvalidClientOptionsError {
  return (
    value instanceof InvalidClientOptionsError ||
    (value instanceof Error && value.name === 'InvalidClientOptionsError' && 'option' in value)
  );
}
