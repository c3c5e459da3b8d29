/**
 * The parts of the client a Vite or webpack browser build loads on first need (see
 * `lazy-parts.browser.ts`), as Node, the CLI, esbuild and plain Rollup get them: imported with the
 * module, so each loader hands back a promise already resolved. A server or the CLI pays nothing for
 * their bytes, and a failure then takes no more event-loop turns than it always did, so code driven
 * by a manual clock (a retry's backoff registered right after the failure) behaves exactly as before.
 * esbuild gets this variant too: it would keep the index-exported parts in the initial chunks anyway
 * (evanw/esbuild#3531) and pay for wrapping them.
 * Keep the names and types the same as in `lazy-parts.browser.ts`.
 */
import * as requestErrors from '../client/request-errors.js';
import * as failurePath from '../resilience/failure-path.js';

const requestErrorsLoaded = Promise.resolve(requestErrors);
const failurePathLoaded = Promise.resolve(failurePath);

/** The typed errors of a failed request and the error catalogue behind them. */
export const loadRequestErrors = (): Promise<typeof requestErrors> => requestErrorsLoaded;

/** The resilience policy's handling of a failed attempt (retry, backoff, pauses, breakers). */
export const loadFailurePath = (): Promise<typeof failurePath> => failurePathLoaded;
