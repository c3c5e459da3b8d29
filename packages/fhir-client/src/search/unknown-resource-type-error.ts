import { SearchBuildError } from './search-build-error.js';

/**
 * A search names a resource type R4 does not define (`Apointment`, or `patient` in lower case): raised by
 * `search()`, `parseSearch` and the client's text queries before anything is sent. A
 * {@link SearchBuildError} whose `parameter` is `resourceType`; `suggestion` is the nearest R4 type, if
 * one is close. For a type the server defines itself, use `search.custom(type)` or `rules: 'lenient'`.
 */
export class UnknownResourceTypeError extends SearchBuildError {
  /** Always `'UnknownResourceTypeError'`. */
  override name = 'UnknownResourceTypeError';
  /** The resource type as written. */
  readonly resourceType: string;
  /** The nearest R4 resource type (`Appointment` for `Apointment`), or undefined when none is close. */
  readonly suggestion: string | undefined;

  constructor(resourceType: string, suggestion: string | undefined) {
    const caseOnly = suggestion !== undefined && suggestion.toLowerCase() === resourceType.toLowerCase();
    const hint =
      suggestion === undefined
        ? ''
        : caseOnly
          ? `; resource types are case-sensitive: did you mean "${suggestion}"?`
          : `; did you mean "${suggestion}"?`;
    super({
      parameter: 'resourceType',
      value: resourceType,
      problem: `"${resourceType}" is not an R4 resource type${hint}`,
      accepted: [
        'an R4 resource type, e.g. Patient or Appointment',
        `search.custom('${resourceType}') or rules: 'lenient' for a type the server defines itself`,
      ],
    });
    this.resourceType = resourceType;
    this.suggestion = suggestion;
  }
}

/** True when `value` is an {@link UnknownResourceTypeError}, also across copies of this library. */
export function isUnknownResourceTypeError(value: unknown): value is UnknownResourceTypeError {
  return (
    value instanceof UnknownResourceTypeError ||
    (value instanceof Error && value.name === 'UnknownResourceTypeError')
  );
}
