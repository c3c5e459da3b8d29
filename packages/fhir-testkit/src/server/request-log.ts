import type { FaultKind } from './faults/fault-kind.js';
import type { Interaction } from './routing.js';

/** Header whose value is never logged. */
export const subscriptionKeyHeader = 'ocp-apim-subscription-key';
/** What replaces a secret in the log. */
export const redacted = '[redacted]';

/** One request the server received, with the subscription key redacted. */
export interface RequestLogEntry {
  /** Clock time when the request arrived, epoch ms. */
  readonly at: number;
  /** The HTTP method. */
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Search parameters: the URL query merged with a `_search` form body. */
  readonly params: URLSearchParams;
  /** Header names in lower case; the subscription key's value is replaced by `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The site's GUID, lower case, when the path named a site. */
  readonly siteGuid: string | undefined;
  /** The resource type the request named, when it named one. */
  readonly resourceType: string | undefined;
  /** What the request asked for (`search`, `read`, a SQL route…); undefined for a path the mock does not serve. */
  readonly interaction: Interaction | undefined;
  /** The status sent (for a reset connection: the status in the headers that went out). */
  readonly status: number;
  /** Faults that fired for this request, in schedule order. */
  readonly faults: readonly FaultKind[];
  /** True when the request created (and Halo would bill) a SQL query: an accepted immediate, async or registered POST. */
  readonly billed: boolean;
}

/** Lower-cases header names and redacts the subscription key. */
export function redactHeaders(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    out[lower] = lower === subscriptionKeyHeader ? redacted : value;
  }
  return out;
}
