import { FhirClientError } from '../errors/fhir-client-error.js';

/**
 * A search that cannot be built as asked: a date Halo would reject, a number that is not a number, a
 * `Date` with no time zone to render it in. Raised while building or parsing, before any request is sent.
 */
export class SearchBuildError extends FhirClientError {
  /** Always `'SearchBuildError'`. */
  override name = 'SearchBuildError';
  /** The parameter name as it would be written, e.g. `birthdate` or `_count`. */
  readonly parameter: string;
  /** The offending value as given (a `Date` is shown as its ISO instant). */
  readonly value: string;
  /** The forms that would have been accepted, e.g. `YYYY-MM-DD`. */
  readonly accepted: readonly string[];

  constructor(
    details: { parameter: string; value: string; accepted: readonly string[]; problem: string },
    options?: { cause?: unknown },
  ) {
    const accepted = details.accepted.length > 0 ? ` Accepted: ${details.accepted.join('; ')}.` : '';
    super(
      `Search parameter "${details.parameter}": ${details.problem} (got "${details.value}").${accepted}`,
      options,
    );
    this.parameter = details.parameter;
    this.value = details.value;
    this.accepted = Object.freeze([...details.accepted]);
  }
}

/** True when `value` is a {@link SearchBuildError}, also across copies of this library. */
export function isSearchBuildError(value: unknown): value is SearchBuildError {
  return value instanceof SearchBuildError || (value instanceof Error && value.name === 'SearchBuildError');
}
