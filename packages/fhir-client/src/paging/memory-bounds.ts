/** Default `resolveCacheSize`: earlier pages' includes each iterator keeps for `resolve` and include dedupe. */
export const DEFAULT_RESOLVE_CACHE_SIZE = 250;
/** Default `dedupeWindowPages`: pages whose matches each iterator remembers for dedupe. */
export const DEFAULT_DEDUPE_WINDOW_PAGES = 3;
/**
 * Page URLs remembered for loop detection: a `next` link back to one of the last 20 pages is a loop.
 * A longer cycle is not recognised as one; `maxPages` still ends it.
 */
export const LOOP_WINDOW_PAGES = 20;
