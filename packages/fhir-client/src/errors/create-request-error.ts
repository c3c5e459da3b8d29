import { AccessDeniedError } from './access-denied-error.js';
import { FhirRequestError, type FhirRequestErrorInit } from './fhir-request-error.js';
import { HaloLinkError } from './halo-link-error.js';
import { PractitionerUnavailableError } from './practitioner-unavailable-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { SiteUnavailableError } from './site-unavailable-error.js';
import { ErrorCategory } from './vocabulary.js';

const accessDenied = new Set<ErrorCategory>([
  ErrorCategory.LoginFailed,
  ErrorCategory.KeyInvalid,
  ErrorCategory.SiteInactive,
  ErrorCategory.IpNotAllowed,
  ErrorCategory.DeveloperLicence,
  ErrorCategory.NonAuthoritative,
]);

const haloLink = new Set<ErrorCategory>([
  ErrorCategory.ClientConnectionFailure,
  ErrorCategory.SqlExecutionFailed,
  ErrorCategory.PrepForUploadFailed,
  ErrorCategory.QueryOrphaned,
  ErrorCategory.QueryMissingProperties,
  ErrorCategory.QueryUploadFailed,
]);

/** The most specific error class for a category (the base class for the rest). */
export function createRequestError(init: FhirRequestErrorInit): FhirRequestError {
  const { category, practitioner } = init;
  if (category === ErrorCategory.PractitionerUnavailable && practitioner !== undefined) {
    return new PractitionerUnavailableError({ ...init, practitioner });
  }
  if (category === ErrorCategory.RateLimited) return new RateLimitError(init);
  if (category === ErrorCategory.SiteUnavailable || category === ErrorCategory.SiteUnreachable) {
    return new SiteUnavailableError(init);
  }
  if (accessDenied.has(category)) return new AccessDeniedError(init);
  if (haloLink.has(category)) return new HaloLinkError(init);
  return new FhirRequestError(init);
}
