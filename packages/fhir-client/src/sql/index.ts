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
