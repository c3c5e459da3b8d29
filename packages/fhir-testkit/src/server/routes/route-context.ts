import type { Resource } from 'fhir/r4.js';
import type { Clock } from '../clock.js';
import type { ConditionalHeaders } from '../conditional-read.js';
import type { QuirkSettings } from '../quirks/quirks.js';
import type { MockSite } from '../site.js';

/** What every route handler receives. */
export interface RouteContext {
  readonly site: MockSite;
  /** The site's FHIR base as an absolute URL, no trailing slash: links and `fullUrl` start with it. */
  readonly base: string;
  /** Search parameters: URL query merged with a `_search` form body. */
  readonly params: URLSearchParams;
  readonly body: string;
  /** The `If-Match` request header, e.g. `W/"2"`. */
  readonly ifMatch: string | undefined;
  /** `If-None-Match` and `If-Modified-Since`, for conditional reads. */
  readonly conditions: ConditionalHeaders;
  readonly quirks: QuirkSettings;
  /** Page size when the request gives no `_count`. */
  readonly pageSize: number;
  readonly clock: Clock;
  /** Applies output quirks (e.g. `lastUpdated` forms) to a resource about to be served. */
  readonly present: (resource: Resource) => Resource;
}
