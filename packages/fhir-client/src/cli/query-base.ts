import { CliUsageError } from './cli-usage-error.js';

/**
 * A search given as an absolute URL must lie under the FHIR base the command line connects to. One
 * that names another server (or another base on the same host) is refused rather than re-pointed at
 * the configured base, which would search a server the user did not name; the error says how to
 * query either one.
 * @throws CliUsageError
 */
export function checkQueryBase(query: string, baseUrl: string, connectedBy: string): void {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(query)) return;
  let url: URL;
  try {
    url = new URL(query);
  } catch {
    return; // Not a URL after all: the search rules say what is wrong with it.
  }
  const segments = url.pathname.split('/');
  if (segments.at(-1) === '_search') segments.pop();
  const resourceType = segments.pop() ?? '';
  const queryBase = `${url.origin}${segments.join('/')}/`;
  const base = new URL(baseUrl);
  const configured = `${base.origin}${base.pathname.replace(/\/?$/, '/')}`;
  if (queryBase === configured) return;
  throw new CliUsageError(
    `the query names the FHIR base ${queryBase}, not the one of ${connectedBy} (${configured}); nothing was sent. ` +
      `To search that server, pass --base-url ${queryBase}; to search ${connectedBy}, write the query without its base: '${resourceType}${url.search}'`,
  );
}
