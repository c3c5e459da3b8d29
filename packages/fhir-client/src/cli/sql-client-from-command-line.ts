import { createHaloSqlClient } from '../sql/create-halo-sql-client.js';
import type { HaloSqlClient } from '../sql/halo-sql-client.js';
import type { HaloSqlClientOptions } from '../sql/sql-client-options.js';
import { connectionFromCommandLine, policyFromCommandLine } from './client-from-command-line.js';
import type { CliCommandLine } from './command-line.js';

/**
 * The SQL passthrough client a command line asks for: `--site` (with `--env`) or `--base-url` of a
 * site (`{origin}/integrator/sites/{guid}`, or its FHIR base). Creating it sends nothing.
 * @throws CliUsageError without a key for a Halo site; InvalidClientOptionsError for a base that is not a site.
 */
export function sqlClientFromCommandLine(commandLine: CliCommandLine): HaloSqlClient {
  const options: HaloSqlClientOptions = {
    ...connectionFromCommandLine(commandLine),
    ...(commandLine.sql === undefined ? {} : { rewrite: commandLine.sql.rewrite }),
    policy: policyFromCommandLine(commandLine),
  };
  return createHaloSqlClient(options);
}
