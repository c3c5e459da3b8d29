// Public names of @halo-fhir/fhir-testkit/nock (needs the optional peer dependency nock 14).
export { mockFhirWithNock } from './mock-fhir-with-nock.js';
export type { MockFhirWithNockOptions, NockFhirMock } from './mock-fhir-with-nock.js';
