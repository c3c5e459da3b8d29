/** Where an absolute search URL points, when that is not the configured FHIR base. */
export interface ForeignQueryBase {
  /** The base the query names, with a trailing slash, e.g. `https://other.example/fhir/R4/`. */
  readonly queryBase: string;
  /** The configured base, with a trailing slash. */
  readonly configured: string;
  /** The query without its base, e.g. `Patient?family=Smith`: what to write to search the configured base. */
  readonly relative: string;
}

/**
 * Compares a search given as an absolute URL (`https://host/fhir/R4/Patient?…`) with the configured
 * FHIR base. A relative query (`Patient?…`, `/Patient?…`) or text that is not a URL gives undefined;
 * so does a URL under the configured base. One on another server, or under another base on the same
 * host, gives where it points, so the caller can refuse it rather than search a server the user did
 * not name.
 */
export function foreignQueryBase(query: string, baseUrl: string | URL): ForeignQueryBase | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(query)) return undefined;
  let url: URL;
  try {
    url = new URL(query);
  } catch {
    return undefined; // Not a URL after all: the search rules say what is wrong with it.
  }
  const segments = url.pathname.split('/');
  if (segments.at(-1) === '_search') segments.pop();
  const resourceType = segments.pop() ?? '';
  const queryBase = `${url.origin}${segments.join('/')}/`;
  const base = new URL(baseUrl);
  const configured = `${base.origin}${base.pathname.replace(/\/?$/, '/')}`;
  if (queryBase === configured) return undefined;
  return { queryBase, configured, relative: `${resourceType}${url.search}` };
}
