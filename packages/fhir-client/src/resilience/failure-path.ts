/**
 * What the policy runs only when an attempt has failed: the decision to retry, back off, pause or
 * open a breaker (`failure-effects.ts`, with the failure table, the backoff and the practitioner
 * rules' effects behind it) and the error of a GP paused by a practitioner rule. A browser bundle
 * loads this module on the first failure (see `lazy-parts.browser.ts`), not with the policy: the
 * cheap per-request checks (admission, pauses, breakers) stay in `policy.ts`.
 */
export { handleFailure } from './failure-effects.js';
export { practitionerPausedError } from './practitioner-paused-error.js';
