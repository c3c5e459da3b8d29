import type { OperationOutcome } from 'fhir/r4.js';
import { fhirJsonResponse, type MockResponse } from './mock-exchange.js';

/** The FHIR issue codes this server answers with. */
export const IssueCode = {
  Invalid: 'invalid',
  NotSupported: 'not-supported',
  NotFound: 'not-found',
  TooCostly: 'too-costly',
  Exception: 'exception',
  Processing: 'processing',
  Conflict: 'conflict',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** An error response whose body is a FHIR OperationOutcome with one issue. */
export function operationOutcomeResponse(status: number, code: IssueCode, diagnostics: string): MockResponse {
  const outcome: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics }],
  };
  return fhirJsonResponse(status, outcome);
}
