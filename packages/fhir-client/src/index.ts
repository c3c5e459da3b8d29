/**
 * `@halo-fhir/fhir-client`: the search builder, the client and its paging, the error model and the
 * resilience policy. Its public names are listed here explicitly; each part keeps its own block.
 * @module @halo-fhir/fhir-client
 */

// --- search ---
export type {
  SearchParameterComponent,
  SearchParameterDefinition,
} from './search/search-parameter-definition.js';
export { SearchParameterType } from './search/search-parameter-definition.js';
export { parseSearch, parseSearchQuery, search } from './search/search.js';
export type {
  BuiltSearch,
  ChainOptions,
  CompositeComponentInput,
  ContainedOptions,
  DateParameterOptions,
  IncludeOptions,
  ReferenceOptions,
  SearchBuilder,
  StringOptions,
  TokenOptions,
  UriOptions,
} from './search/search-builder.js';
export type { ResolvedSearchOptions, SearchOptions } from './search/search-options.js';
export type {
  SearchComponent,
  SearchParameterEntry,
  SearchQuery,
  SearchValue,
} from './search/search-query.js';
export { entryName } from './search/search-query.js';
export { formatSearch, formatSearchFormBody, formatSearchParams } from './search/format.js';
export { isSearchBuildError, SearchBuildError } from './search/search-build-error.js';
export {
  isUnknownResourceTypeError,
  UnknownResourceTypeError,
} from './search/unknown-resource-type-error.js';
export { isR4ResourceType, r4ResourceTypes } from './search/r4-resource-types.js';
export { closestMatch, editDistance } from './suggest/closest-match.js';
export type {
  ComparableInput,
  ComparisonRange,
  DateInput,
  PrefixedValue,
  QuantityInput,
  TokenInput,
} from './search/value-encoders.js';
export type {
  ParameterCode,
  ParameterCodeOfType,
  R4ResourceType,
  ReferenceTarget,
  ReferenceTo,
  SearchableResourceType,
  SearchResourceType,
  SortKey,
} from './search/typed-parameters.js';
export {
  ContainedMode,
  ContainedType,
  DatePrecision,
  DateProfile,
  Prefix,
  ReferenceModifier,
  SearchRules,
  StringModifier,
  SummaryMode,
  TokenModifier,
  TotalMode,
  UriModifier,
} from './search/vocabulary.js';
export { acceptedDateForms } from './search/dates.js';

// --- errors ---
export { FhirClientError, isFhirClientError } from './errors/fhir-client-error.js';
export { ModuleLoadError, isModuleLoadError } from './errors/module-load-error.js';
export { ErrorCategory, ErrorScope, ErrorSource } from './errors/vocabulary.js';
export { FhirRequestError, isFhirRequestError } from './errors/fhir-request-error.js';
export type { FhirRequestErrorInit } from './errors/fhir-request-error.js';
export { AccessDeniedError, isAccessDeniedError } from './errors/access-denied-error.js';
export { HaloLinkError, isHaloLinkError } from './errors/halo-link-error.js';
export { NetworkError, isNetworkError } from './errors/network-error.js';
export type { NetworkErrorOptions, NetworkErrorReading } from './errors/network-error.js';
export { NetworkBlockedError, isNetworkBlockedError } from './errors/network-blocked-error.js';
export type { NetworkBlockedErrorOptions } from './errors/network-blocked-error.js';
export {
  PractitionerUnavailableError,
  isPractitionerUnavailableError,
} from './errors/practitioner-unavailable-error.js';
export type { PractitionerUnavailableErrorInit } from './errors/practitioner-unavailable-error.js';
export {
  FBSQL_QUERY_ERROR_CODES,
  MSSQL_QUERY_ERROR_CODES,
  isQueryErrorCode,
} from './errors/query-error-codes.js';
export { RateLimitError, isRateLimitError } from './errors/rate-limit-error.js';
export { SiteUnavailableError, isSiteUnavailableError } from './errors/site-unavailable-error.js';
export { TimeoutError, isTimeoutError } from './errors/timeout-error.js';
export type { TimeoutErrorOptions } from './errors/timeout-error.js';
export { ResponseTooLargeError, isResponseTooLargeError } from './errors/response-too-large-error.js';
export type { ResponseTooLargeErrorOptions } from './errors/response-too-large-error.js';
export { InvalidResponseError, isInvalidResponseError } from './errors/invalid-response-error.js';
export type { InvalidResponseErrorOptions } from './errors/invalid-response-error.js';
export { parseErrorResponse } from './errors/parse-error-response.js';
export type { ErrorResponse, FailedRequest } from './errors/parse-error-response.js';
export { parseErrorBody } from './errors/parse-error-body.js';
export { ErrorBodyKind, QueryErrorFormat, RawBodyReason } from './errors/parsed-error-body.js';
export type {
  EnvelopeErrorBody,
  JsonErrorBody,
  OperationOutcomeErrorBody,
  ParsedErrorBody,
  ParsedOutcomeIssue,
  QueryErrorBody,
  RawErrorBody,
} from './errors/parsed-error-body.js';
export { HALO_OPERATION_OUTCOME_SYSTEM } from './errors/classify-error.js';
export { catalogAdvice, catalogEntry, errorCatalog } from './errors/catalog.js';
export type { ErrorCatalogAdvice, ErrorCatalogEntry, FailureSite } from './errors/catalog.js';
export { PRACTITIONER_AWAY_PATTERN, practitionerAwayFrom } from './errors/practitioner-away.js';
export { REDACTED, SECRET_QUERY_PARAMETERS, redactSecrets, redactUrl } from './errors/redact.js';
export { REDACT_MAX_DEPTH, redactEverywhere, VOCABULARY_FIELDS } from './errors/redact-everywhere.js';
export type { RedactEverywhereOptions } from './errors/redact-everywhere.js';
export { EXCERPT_MAX_LENGTH } from './errors/excerpt.js';
export { parseRetryAfter } from './errors/retry-after.js';

// --- resilience ---
export type { RequestDescriptor, ResiliencePolicyRunner } from './resilience/request-descriptor.js';
export { PausedError, isPausedError } from './errors/paused-error.js';
export type { PausedRequest } from './errors/paused-error.js';
export type { Clock, ManualClock, RandomSource } from './resilience/clock.js';
export { createManualClock, systemClock } from './resilience/clock.js';
export { backoffCeiling, fullJitterDelay } from './resilience/backoff.js';
export type { BackoffBounds } from './resilience/backoff.js';
export { CircuitState } from './resilience/circuit-breaker.js';
export type {
  CircuitBreakerSettings,
  CircuitRecord,
  CircuitTransition,
} from './resilience/circuit-breaker.js';
export { createMemoryResilienceStore, matchesRemoval } from './resilience/memory-store.js';
export type { MemoryResilienceStore } from './resilience/memory-store.js';
export type {
  BreakerAdmission,
  MaybePromise,
  PauseRemoval,
  PauseWrite,
  ResilienceStore,
  StoreAttachment,
  StoreStatus,
} from './resilience/store.js';
export type { RetryBudgetSettings } from './resilience/retry-budget.js';
export { FailureEffect, RetryRule, failureHandling } from './resilience/failure-handling.js';
export type { FailureHandling } from './resilience/failure-handling.js';
export type { Failure } from './resilience/failure.js';
export { PauseCause, PauseScope } from './resilience/pauses.js';
export type { EndedPause, Pause, PauseReason, ScopeTarget } from './resilience/pauses.js';
export {
  defaultPractitionerRules,
  pausePractitionerFor,
  pausePractitionerUntilNextDay,
  pausePractitionerUntilResumed,
  practitionerAwayRule,
  RuleScope,
  startOfNextDay,
} from './resilience/practitioner-rules.js';
export type {
  PractitionerMatch,
  PractitionerPauseRule,
  PractitionerRuleContext,
  PractitionerRuleRequest,
} from './resilience/practitioner-rules.js';
export { GP_AWAY_WORDING } from './resilience/database-error-signs.js';
export type { ManualPause } from './resilience/manual-pause.js';
export { FinalOutcome, ResilienceEventType } from './resilience/events.js';
export type {
  ErrorEvent as ResilienceErrorEvent,
  EventScope,
  PauseEvent,
  RequestEvent,
  ResilienceEvent,
  ResilienceListener,
  ResponseEvent,
  ResumeEvent,
  RetryEvent,
  StoreEvent,
} from './resilience/events.js';
export { InvalidResilienceOptionError, resilienceDefaults } from './resilience/options.js';
export type { ResilienceOptions } from './resilience/options.js';
export { InvalidResilienceStateError, RESILIENCE_STATE_VERSION } from './resilience/state.js';
export type { ResilienceState } from './resilience/state.js';
export type { ResilienceStats } from './resilience/stats.js';
export { ResiliencePolicy, createResiliencePolicy, restoreResiliencePolicy } from './resilience/policy.js';
export type { PauseStatus, ResetTarget } from './resilience/policy.js';

// --- client ---
export { createFhirClient } from './client/create-fhir-client.js';
export type { CapabilitiesOptions, FhirClient } from './client/fhir-client.js';
export type { FhirClientOptions, PagingDefaults } from './client/options.js';
export {
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  SUBSCRIPTION_KEY_HEADER,
} from './client/resolve-options.js';
export { MAX_RESPONSE_DEPTH } from './client/json-depth.js';
export { HaloEnvironment, haloFhirBaseUrl, haloOrigins, haloSiteIdOf } from './client/halo-preset.js';
export type { HaloSiteOptions } from './client/halo-preset.js';
export type { RequestOptions } from './client/operations/operation-context.js';
export type { WriteOptions } from './client/operations/write.js';
export type {
  ResourceOf,
  ResourceType,
  RuntimeSearchText,
  SearchInput,
  SearchLike,
} from './client/resource-types.js';
export { FhirClientWarningCode } from './client/events.js';
export type {
  ClientEventScope,
  FhirClientEvent,
  FhirClientEventListener,
  LinkRepairedEvent,
  WarningEvent,
} from './client/events.js';
export { capabilityStatementSupports } from './client/capabilities.js';
export type { SupportQuery } from './client/capabilities.js';
export { PostSearchWhen, isPersonalDataParameter, personalDataParameters } from './client/personal-data.js';
export { inactiveRecordParameters, inactiveStatusValues } from './client/only-active-warning.js';
export { practitionerOfSearch } from './client/search-input.js';
export {
  InvalidClientOptionsError,
  isInvalidClientOptionsError,
} from './client/invalid-client-options-error.js';
export { InvalidArgumentError, isInvalidArgumentError } from './client/invalid-argument-error.js';
export { FHIR_JSON } from './client/transport.js';
export {
  LastUpdatedForm,
  LastUpdatedProblem,
  normalizeInstant,
  normalizeLastUpdatedInPlace,
} from './normalize/last-updated.js';
export type { LastUpdatedIssue, NormalizedInstant } from './normalize/last-updated.js';

// --- paging ---
export type {
  CollectedSearch,
  CollectOptions,
  PageIterator,
  PagingOptions,
  ResourceIterator,
} from './paging/pages.js';
export { DEFAULT_COLLECT_MAX } from './paging/pages.js';
export type { Page, PageLink } from './paging/page.js';
export { EntryRole, classifyEntries } from './paging/page.js';
export type { ClassifiedEntry } from './paging/page.js';
export type { PagingCursor } from './paging/cursor.js';
export { readPagingCursor } from './paging/cursor.js';
export { RepairedParameter, repairNextLink } from './paging/link-repair.js';
export type { LinkRepair, RepairNextLinkOptions } from './paging/link-repair.js';
export { confineToBase } from './paging/same-origin.js';
export type { ConfinedLink } from './paging/same-origin.js';
export { PagingError, isPagingError } from './paging/errors/paging-error.js';
export { PagingLoopError } from './paging/errors/paging-loop-error.js';
export { ForeignLinkError } from './paging/errors/foreign-link-error.js';
export {
  AlteredSearchLinkError,
  isAlteredSearchLinkError,
} from './paging/errors/altered-search-link-error.js';
export { DEFAULT_PAGE_TOKEN_PARAMETERS, DEFAULT_PAGING_PARAMETERS } from './paging/paging-parameters.js';
export { ContinuationKind, checkSameSearch } from './paging/same-search.js';
export type { SearchIdentity } from './paging/same-search.js';
export type { PagingParameterRules } from './paging/paging-parameters.js';
export { PageLimitError } from './paging/errors/page-limit-error.js';
export { PagingDeadlineError } from './paging/errors/paging-deadline-error.js';
export { CollectLimitError } from './paging/errors/collect-limit-error.js';
export { InvalidCursorError } from './paging/errors/invalid-cursor-error.js';
