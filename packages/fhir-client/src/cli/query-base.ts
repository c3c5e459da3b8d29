import { foreignQueryBase } from '../client/query-base.js';
import { CliUsageError } from './cli-usage-error.js';

/**
 * A search given as an absolute URL must lie under the FHIR base the command line connects to. One
 * that names another server (or another base on the same host) is refused rather than re-pointed at
 * the configured base, which would search a server the user did not name; the error says how to
 * query either one.
 * @throws CliUsageError
 */
export function checkQueryBase(query: string, baseUrl: string, connectedBy: string): void {
  const foreign = foreignQueryBase(query, baseUrl);
  if (foreign === undefined) return;
  throw new CliUsageError(
    `the query names the FHIR base ${foreign.queryBase}, not the one of ${connectedBy} (${foreign.configured}); nothing was sent. ` +
      `To search that server, pass --base-url ${foreign.queryBase}; to search ${connectedBy}, write the query without its base: '${foreign.relative}'`,
  );
}
