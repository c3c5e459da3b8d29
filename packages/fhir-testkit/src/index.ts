// Public names of @halo-fhir/fhir-testkit, listed explicitly. Each part keeps its own block.

// --- fixtures ---
export type { ErrorFixture } from './fixtures/error-fixture.js';
export { ErrorShape, httpErrorShapes, queryErrorShapes } from './fixtures/error-shape.js';
export { HALO_OUTCOME_SYSTEM, SUPERSEDED_ROOT_FIELDS, renderError } from './fixtures/render-error.js';
export type { ErrorSpec } from './fixtures/render-error.js';
export { haloErrors, haloMessages, practitionerAway, practitionerAwaySpec } from './fixtures/halo-errors.js';
export type { RetryAfterOption, ShapeOption } from './fixtures/halo-errors.js';
export { haloLinkCodes, haloLinkErrors, haloLinkShapes } from './fixtures/halo-link-errors.js';
export type { HaloLinkCode } from './fixtures/halo-link-errors.js';
export { operationOutcomes } from './fixtures/operation-outcomes.js';
export { gatewayBodies } from './fixtures/gateway-bodies.js';
export { expectedFor } from './fixtures/expected-classification.js';
export type { ExpectedClassification } from './fixtures/expected-classification.js';
export { RETRY_AFTER_NOW, allErrorFixtures } from './fixtures/all-error-fixtures.js';
export type { ErrorFixtureCase } from './fixtures/all-error-fixtures.js';

// --- data ---

// --- server ---
