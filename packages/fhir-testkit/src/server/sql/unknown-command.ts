import { fbsqlErrors, mssqlError, mssqlErrors } from './database-errors.js';
import { isSqlServer, type SiteDatabase } from './sql-databases.js';
import type { SqlDatabaseError } from './sql-mock-types.js';
import { startsTsqlBatch } from './tsql/run-batch.js';

const objectName =
  /\b(?:FROM|JOIN|INTO|UPDATE)\s+((?:\[(?:[^\]]|\]\])*\]|[\w#$@]+)(?:\s*\.\s*(?:\[(?:[^\]]|\]\])*\]|[\w#$@]+))*)/i;
const execName =
  /^\s*EXEC(?:UTE)?\s+(?:@\w+\s*=\s*)?((?:\[(?:[^\]]|\]\])*\]|[\w#$@]+)(?:\s*\.\s*(?:\[(?:[^\]]|\]\])*\]|[\w#$@]+))*)/i;

function unbracket(name: string): string {
  return name
    .split(/\s*\.\s*/)
    .map((part) => (part.startsWith('[') ? part.slice(1, -1).replaceAll(']]', ']') : part))
    .join('.');
}

/**
 * What the site's database says to a command nothing answers: SQL Server 2812 for a procedure,
 * 208 for text naming a table or view; Firebird -204 or -104. Never an empty result.
 */
export function unknownCommandError(database: SiteDatabase, text: string, type: string): SqlDatabaseError {
  const sqlServer = isSqlServer(database);
  const procedure = type === 'storedProcedure' ? text.trim() : execName.exec(text)?.[1];
  if (procedure !== undefined) {
    const name = unbracket(procedure);
    return sqlServer ? mssqlErrors.missingProcedure(name) : fbsqlErrors.procedureUnknown(name);
  }
  if (!sqlServer && startsTsqlBatch(text)) return fbsqlErrors.tokenUnknown(/^\s*(\S+)/.exec(text)?.[1] ?? '');
  const object = objectName.exec(text)?.[1];
  if (object !== undefined) {
    const name = unbracket(object);
    return sqlServer ? mssqlErrors.invalidObject(name) : fbsqlErrors.tableUnknown(name);
  }
  const excerpt = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return mssqlError(
    50000,
    `The mock database has no answer for this SQL: ${excerpt}. Add a handler with server.sql.define(siteGuid, { handlers: [...] }).`,
  );
}
