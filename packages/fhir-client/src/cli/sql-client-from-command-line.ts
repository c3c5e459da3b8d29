import { createHaloSqlClient } from '../sql/create-halo-sql-client.js';
import type { HaloSqlClient } from '../sql/halo-sql-client.js';
import type { HaloSqlClientOptions } from '../sql/sql-client-options.js';
import { CliUsageError } from './cli-usage-error.js';
import { policyFromCommandLine } from './client-from-command-line.js';
import type { CliCommandLine } from './command-line.js';
import { SUBSCRIPTION_KEY_ENV } from './options-table.js';

/**
 * The SQL passthrough client a command line asks for: `--site` (with `--env`) or `--base-url` of a
 * site (`{origin}/integrator/sites/{guid}`, or its FHIR base). Creating it sends nothing.
 * @throws CliUsageError without a key for a Halo site; InvalidClientOptionsError for a base that is not a site.
 */
export function sqlClientFromCommandLine(commandLine: CliCommandLine): HaloSqlClient {
  const { connection, subscriptionKey } = commandLine;
  if (connection === undefined) throw new CliUsageError('say where to connect: --base-url or --site');
  if (connection.kind === 'halo' && subscriptionKey === undefined) {
    throw new CliUsageError(
      `Halo needs a subscription key: set ${SUBSCRIPTION_KEY_ENV} (or pass --subscription-key)`,
    );
  }
  const options: HaloSqlClientOptions = {
    ...(connection.kind === 'halo'
      ? { halo: { siteId: connection.siteId, environment: connection.environment } }
      : { baseUrl: connection.baseUrl }),
    ...(subscriptionKey === undefined ? {} : { subscriptionKey }),
    ...(commandLine.timeoutMs === undefined ? {} : { timeoutMs: commandLine.timeoutMs }),
    ...(commandLine.sql === undefined ? {} : { rewrite: commandLine.sql.rewrite }),
    policy: policyFromCommandLine(commandLine),
  };
  return createHaloSqlClient(options);
}
