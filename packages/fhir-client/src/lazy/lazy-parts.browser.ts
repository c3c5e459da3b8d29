/**
 * The parts of the client loaded on first need, as a browser build by Vite or webpack gets them (the
 * `browser` condition with `production` or `development` of `#lazy-parts` in package.json; Node, the
 * CLI, esbuild and plain Rollup get `lazy-parts.ts`, which loads them with the module). Each is code the happy path of a search never runs; everything it does run is imported
 * statically. The app's bundler puts each part in a chunk of its own, fetched the first time a call
 * needs it; a part that cannot be fetched fails the call that needed it with a `ModuleLoadError`.
 * Keep the names and types the same as in `lazy-parts.ts`.
 */
import { loadOnNeed } from './load-on-need.js';

/** The typed errors of a failed request and the error catalogue behind them: on the first failure. */
export const loadRequestErrors = loadOnNeed(
  'the typed errors of a failed request',
  () => import('../client/request-errors.js'),
);

/** The resilience policy's handling of a failed attempt (retry, backoff, pauses, breakers): on the first failure. */
export const loadFailurePath = loadOnNeed(
  "the resilience policy's failure handling",
  () => import('../resilience/failure-path.js'),
);
