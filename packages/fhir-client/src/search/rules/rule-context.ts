import { SearchBuildError } from '../search-build-error.js';
import type { SearchRules } from '../vocabulary.js';

/** What every rule needs to say where it failed: the rules in force and the pair as written. */
export interface RuleContext {
  readonly rules: SearchRules;
  /** The parameter name as written, e.g. `subject:Patient.name`. */
  readonly parameter: string;
  /** The value text as written (FHIR-escaped, URL-decoded). */
  readonly value: string;
}

/** The error for a pair the rules refuse: what was wrong, and what would have been accepted. */
export function refusal(
  context: RuleContext,
  problem: string,
  accepted: readonly string[],
): SearchBuildError {
  return new SearchBuildError({ parameter: context.parameter, value: context.value, accepted, problem });
}
