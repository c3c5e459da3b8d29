import type { Bundle, CapabilityStatement, Resource } from 'fhir/r4.js';
import type {
  CollectedSearch,
  CollectOptions,
  PageIterator,
  PagingOptions,
  ResourceIterator,
} from '../paging/pages.js';
import type { ResiliencePolicy } from '../resilience/policy.js';
import type { ResilienceStats } from '../resilience/stats.js';
import type { SupportQuery } from './capabilities.js';
import type { FhirClientEventListener } from './events.js';
import type { RequestOptions } from './operations/operation-context.js';
import type { WriteOptions } from './operations/write.js';
import type { FhirClientOptions } from './options.js';
import type {
  ResourceOf,
  ResourceType,
  RuntimeSearchText,
  SearchInput,
  SearchLike,
} from './resource-types.js';

/** Options of `client.capabilities`. */
export interface CapabilitiesOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** Fetch `metadata` again even when cached. @default false */
  readonly refresh?: boolean;
}

/**
 * A FHIR R4 client for one FHIR base (one Halo practice). Every call goes through the resilience
 * policy; every method takes an `AbortSignal`. Make one with `createFhirClient`.
 */
export interface FhirClient {
  /** The FHIR base, ending in `/`. */
  readonly baseUrl: string;
  /** The practice: its Halo GUID, or the base URL for other servers. */
  readonly site: string;
  /** Whether Halo's behaviours are on (exact dates, lastUpdated normalisation, only-active warning). */
  readonly haloBehaviours: boolean;
  /** The resilience policy every request runs through. */
  readonly policy: ResiliencePolicy;

  /** `GET {type}/{id}`. */
  read<T extends ResourceType>(resourceType: T, id: string, options?: RequestOptions): Promise<ResourceOf<T>>;
  /** `GET {type}/{id}/_history/{versionId}`. */
  vread<T extends ResourceType>(
    resourceType: T,
    id: string,
    versionId: string,
    options?: RequestOptions,
  ): Promise<ResourceOf<T>>;
  /** One search request: the first page only, as the server's Bundle. Use `pages`/`resources`/`collect` for all pages. */
  search<T extends ResourceType>(
    query: SearchInput<T>,
    options?: RequestOptions,
  ): Promise<Bundle<ResourceOf<T>>>;
  /** A search whose type is known only at run time (e.g. from `parseSearch`): plain resources. */
  search(query: SearchLike, options?: RequestOptions): Promise<Bundle>;
  /**
   * Search text known only at run time (a `string`), checked when the call runs.
   * @throws SearchBuildError (rejecting the promise) for text the client's search rules refuse; nothing is sent.
   */
  search<Q extends string>(query: RuntimeSearchText<Q>, options?: RequestOptions): Promise<Bundle>;
  /**
   * Every page of a search, `next` links repaired and confined to the base, bounded by loop
   * detection, `maxPages`, `timeLimitMs` and the signal; resumable from its `cursor`.
   * @throws SearchBuildError for a text query Halo would refuse; InvalidCursorError for a bad `resumeFrom`.
   */
  pages<T extends ResourceType>(query: SearchInput<T>, options?: PagingOptions): PageIterator<ResourceOf<T>>;
  /** Every page of a search whose type is known only at run time (e.g. from `parseSearch`): plain resources. */
  pages(query: SearchLike, options?: PagingOptions): PageIterator;
  /** Every page of search text known only at run time (a `string`), checked when iteration starts. */
  pages<Q extends string>(query: RuntimeSearchText<Q>, options?: PagingOptions): PageIterator;
  /** Every matched resource of a search, once each, across pages (includes: use `pages`). */
  resources<T extends ResourceType>(
    query: SearchInput<T>,
    options?: PagingOptions,
  ): ResourceIterator<ResourceOf<T>>;
  /** Every match of a search whose type is known only at run time: plain resources. */
  resources(query: SearchLike, options?: PagingOptions): ResourceIterator;
  /** Every match of search text known only at run time (a `string`), checked when iteration starts. */
  resources<Q extends string>(query: RuntimeSearchText<Q>, options?: PagingOptions): ResourceIterator;
  /** Every page gathered, failing with `CollectLimitError` past `max` matches rather than truncating. */
  collect<T extends ResourceType>(
    query: SearchInput<T>,
    options?: CollectOptions,
  ): Promise<CollectedSearch<ResourceOf<T>>>;
  /** Every page gathered, for a search whose type is known only at run time: plain resources. */
  collect(query: SearchLike, options?: CollectOptions): Promise<CollectedSearch>;
  /** Every page gathered for search text known only at run time (a `string`), checked when the call runs. */
  collect<Q extends string>(query: RuntimeSearchText<Q>, options?: CollectOptions): Promise<CollectedSearch>;
  /** The server's CapabilityStatement (`GET metadata`), cached per base. */
  capabilities(options?: CapabilitiesOptions): Promise<CapabilityStatement>;
  /** True when the CapabilityStatement declares the resource type, interaction and search parameter asked for. */
  supports(query: SupportQuery, options?: CapabilitiesOptions): Promise<boolean>;
  /** `POST {type}`: creates a resource; never retried once it may have reached the server. */
  create<R extends Resource>(resource: R, options?: WriteOptions): Promise<R>;
  /** `PUT {type}/{id}`: replaces a resource; never retried once it may have reached the server. */
  update<R extends Resource>(resource: R, options?: WriteOptions): Promise<R>;
  /** The policy's counters: queries sent (charged), retries, failures, pauses. */
  stats(): ResilienceStats;
  /** Adds an event listener; returns the function that removes it. */
  on(listener: FhirClientEventListener): () => void;
  /**
   * A new client with these options merged over this one's (headers merged; `baseUrl` replaces
   * `halo` and the other way round). It shares this client's policy unless given one, and its
   * capabilities cache; listeners added with `on` stay with this client.
   */
  extend(options: FhirClientOptions): FhirClient;
}
