import type { MockResponse } from './mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from './operation-outcome.js';

/**
 * Longest request target (path and query, in UTF-16 code units as received) the mock serves: a
 * longer one answers 414, as gateways in front of FHIR servers do (8 KB is the common default of
 * nginx, Azure API Management and IIS). The HTTP server reads request heads up to
 * {@link MAX_REQUEST_HEAD_BYTES}, so every transport (HTTP, in-process fetch, nock) answers the same.
 */
export const MAX_URL_LENGTH = 8192;

/**
 * `maxHeaderSize` of the mock's HTTP server: large enough that an over-long URL reaches the core and
 * gets its 414, instead of Node resetting the connection at its 16 KB default.
 */
export const MAX_REQUEST_HEAD_BYTES = 1024 * 1024;

/**
 * The 414 for a request target over {@link MAX_URL_LENGTH}, or undefined when it is within it. An
 * absolute URL (as some adapters pass) is measured without its scheme and host.
 */
export function urlTooLong(url: string): MockResponse | undefined {
  const target = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  if (target.length <= MAX_URL_LENGTH) return undefined;
  return operationOutcomeResponse(
    414,
    IssueCode.TooCostly,
    `The request URL is ${target.length} characters long; this server accepts at most ${MAX_URL_LENGTH}. ` +
      'Send a long search as POST [type]/_search with a form body.',
  );
}
