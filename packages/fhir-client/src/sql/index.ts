/**
 * `@halo-fhir/fhir-client/sql`: Halo's SQL passthrough API (immediate, async and registered queries,
 * the storedProcedure rewrite, webhooks). Its public names are listed here explicitly; each part keeps
 * its own block. The main entry never imports this module, so FHIR-only users do not bundle it.
 * @module @halo-fhir/fhir-client/sql
 */

// --- vocabulary ---
export {
  RegisteredQueryStatus,
  SqlCommandType,
  SqlDbType,
  SqlErrorType,
  SqlExecutionMode,
  SqlParameterDirection,
  SqlQueryStatus,
  SqlResultPageStatus,
} from './command.js';
export type { SqlCommand, SqlParameter, SqlQueryRequestBody } from './command.js';

// --- parameters, template and the storedProcedure rewrite ---
export {
  InvalidSqlParameterError,
  isInvalidSqlParameterError,
} from './parameters/invalid-sql-parameter-error.js';
export { normaliseSqlParameterName } from './parameters/parameter-name.js';
export { type SqlParameterOptions, type SqlValue, sqlParameter } from './parameters/sql-parameter.js';
export { validateSqlParameter } from './parameters/validate-sql-parameter.js';
export { type SqlTemplateValue, sqlTemplate, type TypedSqlValue, typed } from './template.js';
export { declareTypes } from './rewrite/declare-types.js';
export {
  type NeedsRewriteOptions,
  needsStoredProcedureRewrite,
  storedProcedureRewriteThresholds,
} from './rewrite/needs-rewrite.js';
export { readRewriteOutputs, type SqlRewriteOutputsRead } from './rewrite/read-rewrite-outputs.js';
export {
  rewriteStoredProcedure,
  type SqlRewrite,
  type SqlRewriteOptions,
  type SqlRewriteOutput,
} from './rewrite/rewrite-stored-procedure.js';
export { isSqlRewriteError, SqlRewriteError, SqlRewriteRefusal } from './rewrite/sql-rewrite-error.js';
export { pmsEngines, type SqlEngine, type SqlRewriteEngineOptions } from './rewrite/sql-server-only.js';

// --- client: immediate, async and registered queries, webhooks ---
export { createHaloSqlClient } from './create-halo-sql-client.js';
export type {
  HaloSqlClient,
  HaloSqlStats,
  SqlQueryTag,
  SqlTagOptions,
} from './halo-sql-client.js';
export {
  type HaloSqlClientOptions,
  type SqlPollingOptions,
  SqlRewriteMode,
} from './sql-client-options.js';
export type { SqlQueryOptions } from './immediate.js';
export type { SqlResult } from './sql-result.js';
export type { DecodedSqlData, SqlRawData, SqlRow } from './decode-result.js';
export { decodeSqlData, shapeSqlJson } from './decode-result.js';
export {
  DEFAULT_WAIT_MS,
  type SqlQueryHandle,
  type SqlReadOptions,
  type SqlWaitOptions,
} from './query-handle.js';
export type { SqlResultPage } from './read-result-page.js';
export type { SqlPageInfo, SqlQueryState } from './query-state.js';
export { SAVED_SQL_QUERY_KIND, type SavedSqlQuery } from './saved-query.js';
export type { RewriteOutputs } from './rewrite-port.js';
export {
  REGISTERED_MAX_DURATION_S,
  REGISTERED_MIN_FREQUENCY_S,
  type RegisteredCreateOptions,
  type RegisteredLatest,
  type RegisteredQueries,
  type RegisteredQueryDefinition,
  type RegisteredReadOptions,
} from './registered.js';
export type { RegisteredQueryInfo, RegisteredQueryMetrics } from './registered-query-info.js';
export { PmsType, type SiteInfo, type SqlCatalogue } from './site-info.js';
export {
  type HaloSqlEvent,
  type HaloSqlEventListener,
  type SqlResentEvent,
  type SqlRewriteEvent,
  type SqlStatusEvent,
  type SqlWarningEvent,
  SqlWarningCode,
} from './sql-events.js';
export {
  DEFAULT_WEBHOOK_TOLERANCE_MS,
  HALO_SIGNATURE_HEADER,
  HALO_TIMESTAMP_HEADER,
  type HaloWebhookPayload,
  type HaloWebhookTarget,
  handleFromWebhook,
  type VerifyHaloWebhookOptions,
  verifyHaloWebhook,
} from './webhook.js';
export {
  isSqlQueryFailedError,
  type SqlErrorDetails,
  SqlQueryFailedError,
  type SqlQueryFailedErrorInit,
  SqlQueryType,
} from './errors/sql-query-failed-error.js';
export { isSqlOutcomeUnknownError, SqlOutcomeUnknownError } from './errors/sql-outcome-unknown-error.js';
export { isSqlResultExpiredError, SqlResultExpiredError } from './errors/sql-result-expired-error.js';
export { isSqlWaitDeadlineError, SqlWaitDeadlineError } from './errors/sql-wait-deadline-error.js';
export { isUndecodedSqlResultError, UndecodedSqlResultError } from './errors/undecoded-sql-result-error.js';
export { HaloWebhookError, HaloWebhookRejection, isHaloWebhookError } from './errors/halo-webhook-error.js';
