// Public names of @halo-fhir/fhir-client/sql, listed explicitly. Each part keeps its own block.
// The main entry never imports this module, so FHIR-only users do not bundle it.

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
