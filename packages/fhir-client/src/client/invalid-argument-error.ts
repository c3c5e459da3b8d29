import { FhirClientError } from '../errors/fhir-client-error.js';

/** A client method was called with an argument it cannot send (no request was made); the message says which and why. */
export class InvalidArgumentError extends FhirClientError {
  /** Always `'InvalidArgumentError'`. */
  override name = 'InvalidArgumentError';
  /** The argument at fault, e.g. `id` or `resource.resourceType`. */
  readonly argument: string;

  constructor(argument: string, problem: string) {
    super(`Invalid argument ${argument}: ${problem}`);
    this.argument = argument;
  }
}

/** True for an {@link InvalidArgumentError} (checks `name` too, so it works across copies of the library). */
export function isInvalidArgumentError(value: unknown): value is InvalidArgumentError {
  return (
    value instanceof InvalidArgumentError ||
    (value instanceof Error && value.name === 'InvalidArgumentError' && 'argument' in value)
  );
}

const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;
const resourceTypePattern = /^[A-Z][A-Za-z]{1,63}$/;

/** Checks a FHIR logical id (`[A-Za-z0-9-.]{1,64}`), so it cannot change the request's path. */
export function assertId(argument: string, id: unknown): asserts id is string {
  if (typeof id !== 'string' || !idPattern.test(id)) {
    throw new InvalidArgumentError(
      argument,
      `${JSON.stringify(id)} is not a FHIR id (1-64 letters, digits, '-' or '.').`,
    );
  }
}

/** Checks a resource type name, so it cannot change the request's path. */
export function assertResourceType(argument: string, resourceType: unknown): asserts resourceType is string {
  if (typeof resourceType !== 'string' || !resourceTypePattern.test(resourceType)) {
    throw new InvalidArgumentError(
      argument,
      `${JSON.stringify(resourceType)} is not a FHIR resource type such as 'Patient'.`,
    );
  }
}
