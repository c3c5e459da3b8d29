/**
 * `@halo-fhir/fhir-testkit/nock`: the mock practice behind nock 14 interceptors (needs the optional
 * peer dependency nock).
 * @module @halo-fhir/fhir-testkit/nock
 */
export { mockFhirWithNock } from './mock-fhir-with-nock.js';
export type { MockFhirWithNockOptions, NockFhirMock } from './mock-fhir-with-nock.js';
