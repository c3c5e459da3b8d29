import { FhirRequestError, type FhirRequestErrorInit, isFhirRequestError } from './fhir-request-error.js';

/** What a {@link PractitionerUnavailableError} carries besides a request error's fields. */
export interface PractitionerUnavailableErrorInit extends FhirRequestErrorInit {
  readonly practitioner: string;
  /** When the resilience policy lets queries for this GP run again; undefined until resumed. */
  readonly pausedUntil?: Date | undefined;
  /** The practitioner rule that paused the GP (`practitioner-away` for the default). */
  readonly pauseRule?: string | undefined;
}

/**
 * The practice's database refused a query about one practitioner (e.g. the GP is away today and has
 * no appointment book). Queries for that practitioner are paused; the rest of the site is fine.
 * When the resilience policy paused the GP, `pausedUntil` and `pauseRule` say until when and why,
 * and `action` says "Queries for this GP are paused until …".
 */
export class PractitionerUnavailableError extends FhirRequestError {
  /** Always `'PractitionerUnavailableError'`. */
  override name = 'PractitionerUnavailableError';
  /** The practitioner id as the server wrote it, or as the query named it. */
  declare readonly practitioner: string;
  /** When queries for this GP may run again; undefined when no pause was made or it lasts until resumed. */
  readonly pausedUntil: Date | undefined;
  /** The practitioner rule that paused the GP; undefined when the policy made no pause. */
  readonly pauseRule: string | undefined;

  constructor(init: PractitionerUnavailableErrorInit) {
    super(init);
    this.pausedUntil = init.pausedUntil;
    this.pauseRule = init.pauseRule;
  }
}

/** True when `value` is a {@link PractitionerUnavailableError}, from this or any other copy of the library. */
export function isPractitionerUnavailableError(value: unknown): value is PractitionerUnavailableError {
  return (
    value instanceof PractitionerUnavailableError ||
    (isFhirRequestError(value) && value.name === 'PractitionerUnavailableError')
  );
}
