import { SqlRewriteError, SqlRewriteRefusal } from './sql-rewrite-error.js';

/** The database engine behind a site: SQL Server (`mssql`) or Firebird (`fbsql`), as Halo's `errorType` names them. */
export type SqlEngine = 'mssql' | 'fbsql';

/**
 * Which engine each PMS runs. Halo does not publish it; BestPractice and D4w are SQL Server, and
 * Zedmed is taken to be the Firebird one (`fbsql` errors exist, so one PMS runs Firebird).
 */
export const pmsEngines: Readonly<Record<string, SqlEngine>> = Object.freeze({
  bestpractice: 'mssql',
  d4w: 'mssql',
  zedmed: 'fbsql',
});

/** Which site the rewrite is for. With neither option, the caller vouches that the site runs SQL Server. */
export interface SqlRewriteEngineOptions {
  /** The site's database engine; wins over `pmsType`. @default derived from `pmsType`, else SQL Server */
  readonly engine?: SqlEngine;
  /** The site's `pmsType` from the site endpoint (`BestPractice`, `Zedmed`, `D4w`). @default not checked */
  readonly pmsType?: string;
}

/** Refuse the T-SQL rewrite unless the site runs SQL Server. */
export function refuseEngine(options: SqlRewriteEngineOptions): void {
  const engine =
    options.engine ?? (options.pmsType === undefined ? 'mssql' : pmsEngines[options.pmsType.toLowerCase()]);
  if (engine === 'mssql') return;
  const site = options.pmsType === undefined ? 'this site' : `this ${options.pmsType} site`;
  const why =
    engine === 'fbsql'
      ? `${site} runs Firebird, which has no T-SQL DECLARE/SET/EXEC batches, and Halo's large-parameter issue is documented for SQL Server only`
      : `the database engine of PMS ${JSON.stringify(options.pmsType)} is unknown, and T-SQL must only be sent to SQL Server`;
  throw new SqlRewriteError({
    reason: SqlRewriteRefusal.NotSqlServer,
    message: `${why}. Send the storedProcedure command as it is (keep string values under 4 000 characters and binary under 8 000 bytes), or pass engine: 'mssql' if the site does run SQL Server.`,
  });
}
