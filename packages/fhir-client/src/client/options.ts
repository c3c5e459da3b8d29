import type { Clock } from '../resilience/clock.js';
import type { SearchRules } from '../search/vocabulary.js';
import type { ResiliencePolicy } from '../resilience/policy.js';
import type { FhirClientEventListener } from './events.js';
import type { HaloSiteOptions } from './halo-preset.js';
import type { PostSearchWhen } from './personal-data.js';

/** Defaults for every paged search of a client; `pages`/`resources`/`collect` may override them per call. */
export interface PagingDefaults {
  /**
   * Most pages one iterator fetches before it stops with `PageLimitError` (resumable).
   * @default 1000
   */
  readonly maxPages?: number;
  /**
   * Time limit in ms across all pages of one iterator.
   * @default undefined (none: each request still has `timeoutMs`)
   */
  readonly timeLimitMs?: number;
  /**
   * Included resources of earlier pages each iterator keeps for `resolve` (the current page is
   * always resolvable in full), least recently seen forgotten first; 0 keeps none. The same bound
   * applies to include dedupe. It is what keeps memory flat however many pages a search has.
   * @default 250
   */
  readonly resolveCacheSize?: number;
  /**
   * Pages whose matches each iterator remembers: a match the server repeats within this many pages
   * is yielded once.
   * @default 3
   */
  readonly dedupeWindowPages?: number;
  /**
   * Parameters a server may add, change or drop in a `next` link (page size and position,
   * representation). Every other parameter of the link must be the search's own, or paging stops
   * with `AlteredSearchLinkError`. Replaces the default list; names are compared before any `:modifier`.
   * @default DEFAULT_PAGING_PARAMETERS: `_count`, `_offset`, `_page`, `page`, `_skip`, `_getpagesoffset`, `_bundletype`, `_format`, `_pretty`
   */
  readonly pagingParameters?: readonly string[];
  /**
   * Parameters that carry a server-side page token: a `next` link holding one may leave out the
   * search's parameters (HAPI's `[base]?_getpages=…`), and the server may change them freely.
   * Replaces the default list.
   * @default DEFAULT_PAGE_TOKEN_PARAMETERS: `_getpages`, `_cursor`, `_pageToken`, `_page_token`, `pageToken`, `ct`, `_continuation`, `continuationToken`, `_searchId`
   */
  readonly pageTokenParameters?: readonly string[];
}

/**
 * Options of `createFhirClient` and `client.extend`. Give either `baseUrl` (any FHIR R4 server) or
 * `halo` (the Halo Connect preset).
 */
export interface FhirClientOptions {
  /**
   * FHIR base URL of any R4 server, e.g. `https://hapi.fhir.org/baseR4`. A path with Halo's shape
   * (`/integrator/sites/{guid}/fhir/R4`) turns the Halo behaviours on (see `haloBehaviours`).
   * @default undefined (then `halo` is required)
   */
  readonly baseUrl?: string | URL;
  /**
   * The Halo Connect preset: `{ siteId, environment?, origin? }` gives the base
   * `{origin}/integrator/sites/{siteId}/fhir/R4/` and turns the Halo behaviours on.
   * @default undefined
   */
  readonly halo?: HaloSiteOptions;
  /**
   * Sent as `Ocp-Apim-Subscription-Key` on every request to the configured origin, and to no other
   * origin (a page link elsewhere is rebased or refused). Never logged, never in errors or events.
   * @default undefined (no key header)
   */
  readonly subscriptionKey?: string;
  /**
   * Halo behaviours: exact-date checking of text queries (`dates: 'halo'`) under the strict search
   * rules (see `searchRules`), `meta.lastUpdated` normalisation, the only-active warning, and POST for
   * personal-data searches. Set false to
   * switch them off for a Halo-shaped base, or true to force them on for another base.
   * @default true with `halo` or a Halo-shaped `baseUrl`, else false
   */
  readonly haloBehaviours?: boolean;
  /**
   * How strictly text searches (`client.search('Patient?…')`) are checked before anything is sent:
   * `'strict'` refuses what R4 does not define on the type, `'r4'` keeps server-specific parameters as
   * written, `'lenient'` checks dates only (see `SearchRules`). A builder carries its own rules.
   * @default 'strict' with the Halo behaviours (Halo has no parameters of its own), else 'r4'
   */
  readonly searchRules?: SearchRules;
  /**
   * Check every search (text or builder) against the site's CapabilityStatement (`GET metadata`, fetched
   * once and cached) and refuse, with a `SearchBuildError` and no query sent, a resource type, parameter,
   * `_include` or `_revinclude` the site does not declare.
   * @default false
   */
  readonly checkSearchCapabilities?: boolean;
  /**
   * The practice's IANA time zone, e.g. `Australia/Sydney`: offset-less `meta.lastUpdated` values
   * are read in it, and search `Date` values are written in it.
   * @default undefined (offset-less values are left as they are, with a warning event)
   */
  readonly timeZone?: string;
  /**
   * Rewrite every resource's `meta.lastUpdated` to a UTC instant ending in `Z` (Halo writes three
   * different forms depending on the resource type).
   * @default haloBehaviours
   */
  readonly normalizeLastUpdated?: boolean;
  /**
   * When `search` uses `POST [type]/_search` with a form body instead of GET.
   * @default 'personal-data' with the Halo behaviours (Halo's advice), else 'never'
   */
  readonly postSearchWhen?: PostSearchWhen;
  /**
   * Extra headers for every request (e.g. a proxy's). The subscription key is refused here: pass it
   * as `subscriptionKey` so the same-origin rule can protect it.
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The `fetch` implementation ky uses.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Per-request timeout in ms, per attempt: one deadline covering the connection, the headers and
   * the whole body, enforced by the client on every read (a server that trickles its body is cut
   * off too), then `TimeoutError` (retried like any timeout). It outlasts Halo's 30-second gateway
   * limit so that the gateway's own 504 (which says why) arrives first.
   * @default 45000
   */
  readonly timeoutMs?: number;
  /**
   * The largest response body read, in bytes after decompression (a small gzip body can inflate to
   * gigabytes). Reading stops as soon as a body crosses it and the request fails with
   * `ResponseTooLargeError`, which is not retried and does not count against the practice. Sized
   * for the largest realistic page: Halo refuses immediate results over 8 MB, so 32 MiB is four
   * times that.
   * @default 33554432 (32 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * Retries, backoff, pauses and query accounting. Share one policy between clients of the same
   * subscription key so pauses apply to all of them.
   * @default createResiliencePolicy({ clock }) (one per client; `extend` keeps it)
   */
  readonly policy?: ResiliencePolicy;
  /**
   * Where time comes from: per-request timeouts and paging time limits. Inject a manual clock in tests.
   * @default systemClock
   */
  readonly clock?: Clock;
  /**
   * Receives every event: the policy's (request, response, retry, pause, resume, error) and the
   * client's (warning, link-repaired). More listeners with `client.on`.
   * @default undefined
   */
  readonly onEvent?: FhirClientEventListener;
  /**
   * Defaults for `pages`, `resources` and `collect`.
   * @default { maxPages: 1000, resolveCacheSize: 250, dedupeWindowPages: 3 }
   */
  readonly paging?: PagingDefaults;
}
