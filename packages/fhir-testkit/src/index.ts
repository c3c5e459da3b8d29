/**
 * `@halo-fhir/fhir-testkit`: the mock Halo practice (HTTP server, in-process fetch, standalone bin),
 * its data, quirks and fault schedule, and fixtures for every documented error. Its public names are
 * listed here explicitly; each part keeps its own block.
 * @module @halo-fhir/fhir-testkit
 */

// --- fixtures ---
export type { ErrorFixture } from './fixtures/error-fixture.js';
export { ErrorShape, httpErrorShapes, queryErrorShapes } from './fixtures/error-shape.js';
export { HALO_OUTCOME_SYSTEM, SUPERSEDED_ROOT_FIELDS, renderError } from './fixtures/render-error.js';
export type { ErrorSpec } from './fixtures/render-error.js';
export { haloErrors, haloMessages, practitionerAway, practitionerAwaySpec } from './fixtures/halo-errors.js';
export type { PractitionerAwayWording, RetryAfterOption, ShapeOption } from './fixtures/halo-errors.js';
export { haloLinkCodes, haloLinkErrors, haloLinkShapes } from './fixtures/halo-link-errors.js';
export type { HaloLinkCode } from './fixtures/halo-link-errors.js';
export { operationOutcomes } from './fixtures/operation-outcomes.js';
export { gatewayBodies } from './fixtures/gateway-bodies.js';
export { FailedQueryStatus, failedQueries } from './fixtures/failed-queries.js';
export { sqlErrors, sqlMessages } from './fixtures/sql-errors.js';
export { sqlErrorFixtures } from './fixtures/sql-error-fixtures.js';
export { expectedFor } from './fixtures/expected-classification.js';
export type { Expectation, ExpectedClassification } from './fixtures/expected-classification.js';
export { RETRY_AFTER_NOW, allErrorFixtures } from './fixtures/all-error-fixtures.js';
export type { ErrorFixtureCase } from './fixtures/all-error-fixtures.js';

// --- data ---
export { generateSiteData, generateSiteVersions } from './data/generate-site-data.js';
export type { SiteDataOptions } from './data/generate-site-data.js';
export { HistoryInvariant, checkHistory } from './data/history-invariants.js';
export type { HistoryCheckOptions, HistoryViolation } from './data/history-invariants.js';
export { createSeededRandom } from './data/random.js';
export type { RandomSource } from './data/random.js';
export {
  AuIdentifierSystem,
  isValidHpii,
  isValidIhi,
  isValidMedicareNumber,
  luhnCheckDigit,
  medicareCheckDigit,
} from './data/au-identifiers.js';
export { createResourceStore } from './server/store/resource-store.js';
export type {
  ResourceStore,
  ResourceStoreOptions,
  StoreClock,
  Stored,
  UpdateOptions,
  UpdateResult,
} from './server/store/resource-store.js';
export {
  InvalidResourceError,
  ResourceNotFoundError,
  VersionConflictError,
} from './server/store/store-errors.js';
export { createSearchEngine } from './server/search/create-search-engine.js';
export { SearchRejectedError } from './server/search/search-engine.js';
export type {
  SearchEngine,
  SearchEngineOptions,
  SearchRequest,
  SearchResult,
} from './server/search/search-engine.js';
export { isActiveRecord } from './server/search/only-active.js';

// --- live practice ---
export { LiveChangeKind } from './live/live-schedule.js';
export type { LiveChange, LivePractice, LivePracticeOptions } from './live/live-practice.js';
export { changesControlPath } from './live/live-sites.js';
export type { LiveOption } from './live/live-sites.js';

// --- server ---
export { createMockFhirServer } from './server/create-mock-fhir-server.js';
export { createMockFhirFetch } from './server/create-mock-fhir-fetch.js';
export type { MockFhirFetch, MockFhirFetchOptions } from './server/create-mock-fhir-fetch.js';
export type { MockFhirServer, MockFhirServerOptions } from './server/create-mock-fhir-server.js';
export { corsAllowedHeaders, corsExposedHeaders, MockCorsOptionError } from './server/cors.js';
export type { CorsOption } from './server/cors.js';
export { defaultSiteGuid } from './server/mock-fhir-backend.js';
export type { MockFhirOptions, MockFhirView, MockSiteOptions } from './server/mock-fhir-backend.js';
export { createManualClock, systemClock } from './server/clock.js';
export type { Clock, ManualClock } from './server/clock.js';
export { Quirk, quirkTable, resolveQuirks, ServerProfile } from './server/quirks/quirks.js';
export type { QuirkSettings } from './server/quirks/quirks.js';
export { LastUpdatedForm, lastUpdatedFormByResourceType } from './server/quirks/last-updated-forms.js';
export { FaultKind } from './server/faults/fault-kind.js';
export type {
  FaultHandle,
  FaultPredicate,
  FaultSchedule,
  FaultScope,
  RandomFaultOptions,
} from './server/faults/fault-schedule.js';
export type { FaultContext } from './server/faults/fault-context.js';
export type { FaultMatch } from './server/faults/fault-match.js';
export { controlPathPrefix } from './server/control-api.js';
export { MAX_CONTROL_DELAY_MS, MAX_CONTROL_OUTAGE_MS } from './server/control-fields.js';
export { MAX_REQUEST_HEAD_BYTES, MAX_URL_LENGTH } from './server/url-limit.js';
export type { FaultDecision, FaultOutcome, FixtureSource } from './server/faults/fault-rule.js';
export type { Interaction } from './server/routing.js';
export type { RequestLogEntry } from './server/request-log.js';
export { cursorParameter } from './server/paging.js';
export { quirkExtensionUrl } from './server/capability-statement.js';
export type { MockRequest, MockResponse } from './server/mock-exchange.js';
export { TransportFault } from './server/mock-exchange.js';

// --- SQL passthrough mock ---
export { AsyncFailure, PmsType, SiteAvailability } from './server/sql/sql-mock-types.js';
export type {
  MockSqlOptions,
  MockSqlView,
  SqlCall,
  SqlCallParameter,
  SqlCatalogue,
  SqlDatabaseDefinition,
  SqlDatabaseError,
  SqlHandler,
  SqlHandlerResult,
  SqlLifecycleDurations,
  SqlMatch,
  SqlOutputs,
  SqlQueryMode,
  SqlQueryRecord,
  SqlValue,
} from './server/sql/sql-mock-types.js';
export { SqlInteraction } from './server/sql/sql-routing.js';
export type { SignedSqlWebhook, SqlWebhookPayload } from './server/sql/webhooks.js';
export { demoQueries } from './server/sql/demo-database.js';
export type { DemoQuery } from './server/sql/demo-database.js';
