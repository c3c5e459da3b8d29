import type { SqlCommand, SqlExecutionMode, SqlParameter } from './command.js';
import type { SqlRow } from './decode-result.js';
import { needsStoredProcedureRewrite } from './rewrite/needs-rewrite.js';
import { readRewriteOutputs } from './rewrite/read-rewrite-outputs.js';
import { rewriteStoredProcedure, type SqlRewriteOutput } from './rewrite/rewrite-stored-procedure.js';
import type { SqlRewriteEngineOptions } from './rewrite/sql-server-only.js';

/** What a rewritten command needs to read its outputs back: JSON, kept in saved handles. */
export type RewriteOutputs = readonly SqlRewriteOutput[];

/** What the client needs of the storedProcedure rewrite: the REWRITE module's functions, wired in this one place. */
export interface RewritePort {
  /** True when a parameter is over Halo's storedProcedure limits (reference §6.2). */
  needs(command: SqlCommand): boolean;
  /** The T-SQL text command and its outputs. Throws `SqlRewriteError` (e.g. a Firebird site). */
  rewrite(
    command: SqlCommand,
    site: SqlRewriteEngineOptions,
  ): { readonly command: SqlCommand; readonly outputs: RewriteOutputs };
  /** Splits the reply's rows into the procedure's own rows and its output/return-value parameters. */
  readOutputs(
    rows: readonly SqlRow[],
    outputs: RewriteOutputs,
    mode: SqlExecutionMode,
  ): { readonly rows: SqlRow[]; readonly parameters: readonly SqlParameter[] };
}

/** The REWRITE module behind the port. */
export const storedProcedureRewrite: RewritePort = {
  needs: (command) => needsStoredProcedureRewrite(command),
  rewrite(command, site) {
    const rewritten = rewriteStoredProcedure(command, site);
    return { command: rewritten.command, outputs: rewritten.outputs };
  },
  readOutputs(rows, outputs) {
    const read = readRewriteOutputs({ outputs }, rows);
    return { rows: read.rows as SqlRow[], parameters: read.parameters };
  },
};
