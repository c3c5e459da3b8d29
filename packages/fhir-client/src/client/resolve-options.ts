import { systemClock, type Clock } from '../resilience/clock.js';
import { HaloEnvironment, haloFhirBaseUrl, haloSiteIdOf } from './halo-preset.js';
import { DEFAULT_DEDUPE_WINDOW_PAGES, DEFAULT_RESOLVE_CACHE_SIZE } from '../paging/memory-bounds.js';
import {
  type PagingParameterRules,
  pagingParameterRules,
  parameterListProblem,
} from '../paging/paging-parameters.js';
import { SearchRules } from '../search/vocabulary.js';
import { InvalidClientOptionsError } from './invalid-client-options-error.js';
import type { FhirClientOptions } from './options.js';
import { PostSearchWhen } from './personal-data.js';

/** Default per-request timeout: outlasts Halo's 30-second gateway limit. */
export const DEFAULT_TIMEOUT_MS = 45_000;
/**
 * Default `maxResponseBytes`: 32 MiB of decoded body. Halo refuses immediate results over 8 MB
 * (413), and a FHIR Bundle page of a few hundred resources is well under that; four times the
 * largest realistic page leaves room for verbose servers while a runaway body stops long before it
 * can exhaust memory (a string of 32 MiB of UTF-8 is at most 64 MiB of heap).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** Default `maxPages` of one iterator. */
export const DEFAULT_MAX_PAGES = 1000;
/** The header Halo (Azure API Management) reads the subscription key from. */
export const SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

/** Client options with defaults applied and checked. */
export interface ResolvedClientConfig {
  /** The FHIR base, always ending in `/`. */
  readonly base: URL;
  /** The practice: its Halo GUID, or the base URL for other servers. */
  readonly site: string;
  readonly haloBehaviours: boolean;
  readonly subscriptionKey: string | undefined;
  readonly timeZone: string | undefined;
  readonly normalizeLastUpdated: boolean;
  readonly postSearchWhen: PostSearchWhen;
  /** The rules text searches are read with. */
  readonly searchRules: SearchRules;
  readonly checkSearchCapabilities: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly clock: Clock;
  readonly maxPages: number;
  readonly timeLimitMs: number | undefined;
  readonly resolveCacheSize: number;
  readonly dedupeWindowPages: number;
  readonly pagingParameters: PagingParameterRules;
}

/** Applies defaults and checks every option, throwing {@link InvalidClientOptionsError}. */
export function resolveClientOptions(options: FhirClientOptions): ResolvedClientConfig {
  const base = resolveBase(options);
  const haloSiteId = haloSiteIdOf(base);
  const haloBehaviours = options.haloBehaviours ?? (options.halo !== undefined || haloSiteId !== undefined);
  const timeZone = options.timeZone;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new InvalidClientOptionsError(
      'timeZone',
      `${JSON.stringify(timeZone)} is not an IANA time zone such as 'Australia/Sydney'.`,
    );
  }
  const key = options.subscriptionKey;
  if (key !== undefined && (typeof key !== 'string' || key.trim() === '')) {
    throw new InvalidClientOptionsError(
      'subscriptionKey',
      'it is empty; pass the key issued for this environment, or leave it out.',
    );
  }
  const headers = { ...(options.headers ?? {}) };
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === SUBSCRIPTION_KEY_HEADER.toLowerCase()) {
      throw new InvalidClientOptionsError(
        `headers.${name}`,
        'the subscription key must be given as the subscriptionKey option, so that it is only ever sent to the configured origin.',
      );
    }
  }
  const postSearchWhen =
    options.postSearchWhen ?? (haloBehaviours ? PostSearchWhen.PersonalData : PostSearchWhen.Never);
  if (!Object.values(PostSearchWhen).includes(postSearchWhen)) {
    throw new InvalidClientOptionsError(
      'postSearchWhen',
      `${JSON.stringify(postSearchWhen)} is not one of 'never', 'always', 'personal-data'.`,
    );
  }
  const searchRules = options.searchRules ?? (haloBehaviours ? SearchRules.Strict : SearchRules.R4);
  if (!Object.values(SearchRules).includes(searchRules)) {
    throw new InvalidClientOptionsError(
      'searchRules',
      `${JSON.stringify(searchRules)} is not one of 'strict', 'r4', 'lenient'.`,
    );
  }
  return {
    base,
    site: haloSiteId ?? base.href,
    searchRules,
    checkSearchCapabilities: options.checkSearchCapabilities === true,
    haloBehaviours,
    subscriptionKey: key,
    timeZone,
    normalizeLastUpdated: options.normalizeLastUpdated ?? haloBehaviours,
    postSearchWhen,
    headers,
    fetch: options.fetch,
    timeoutMs: positive('timeoutMs', options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes:
      positiveInteger('maxResponseBytes', options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES,
    clock: options.clock ?? systemClock,
    maxPages: positiveInteger('paging.maxPages', options.paging?.maxPages) ?? DEFAULT_MAX_PAGES,
    timeLimitMs: positive('paging.timeLimitMs', options.paging?.timeLimitMs),
    resolveCacheSize:
      wholeNumber('paging.resolveCacheSize', options.paging?.resolveCacheSize) ?? DEFAULT_RESOLVE_CACHE_SIZE,
    dedupeWindowPages:
      positiveInteger('paging.dedupeWindowPages', options.paging?.dedupeWindowPages) ??
      DEFAULT_DEDUPE_WINDOW_PAGES,
    pagingParameters: pagingParameterRules({
      pagingParameters: parameterList('paging.pagingParameters', options.paging?.pagingParameters),
      pageTokenParameters: parameterList('paging.pageTokenParameters', options.paging?.pageTokenParameters),
    }),
  };
}

function resolveBase(options: FhirClientOptions): URL {
  if (options.halo !== undefined && options.baseUrl !== undefined) {
    throw new InvalidClientOptionsError(
      'baseUrl',
      'give either baseUrl or halo, not both (halo.origin sets a custom origin).',
    );
  }
  if (options.halo !== undefined) {
    const { siteId, environment, origin } = options.halo;
    if (typeof siteId !== 'string' || siteId.trim() === '' || /[/?#\\]/.test(siteId)) {
      throw new InvalidClientOptionsError(
        'halo.siteId',
        `${JSON.stringify(siteId)} is not a Halo GUID; copy the practice's GUID from Halo.`,
      );
    }
    if (environment !== undefined && !Object.values(HaloEnvironment).includes(environment)) {
      throw new InvalidClientOptionsError(
        'halo.environment',
        `${JSON.stringify(environment)} is not 'production' or 'stage'.`,
      );
    }
    if (origin !== undefined) parseHttpUrl('halo.origin', origin);
    return haloFhirBaseUrl(options.halo);
  }
  if (options.baseUrl === undefined) {
    throw new InvalidClientOptionsError(
      'baseUrl',
      'give baseUrl (any FHIR R4 server) or halo ({ siteId, environment }).',
    );
  }
  const base = parseHttpUrl('baseUrl', options.baseUrl);
  if (base.search !== '' || base.hash !== '') {
    throw new InvalidClientOptionsError(
      'baseUrl',
      'it has a query or fragment; give the FHIR base alone (credentials go in subscriptionKey or headers).',
    );
  }
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  return base;
}

function parseHttpUrl(option: string, value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidClientOptionsError(option, `${JSON.stringify(String(value))} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidClientOptionsError(option, `${url.protocol} is not http: or https:.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidClientOptionsError(
      option,
      'it holds credentials; pass them as subscriptionKey or headers.',
    );
  }
  return url;
}

/** `value` when it is a positive, finite number of milliseconds (or undefined); else names `option`. */
export function positive(option: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new InvalidClientOptionsError(option, `${String(value)} is not a positive number of milliseconds.`);
  }
  return value;
}

/** `value` when it is a whole number of at least 1 (or undefined); else names `option`. */
export function positiveInteger(option: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidClientOptionsError(option, `${String(value)} is not a whole number of at least 1.`);
  }
  return value;
}

function parameterList(option: string, value: readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const problem = parameterListProblem(value);
  if (problem !== undefined) throw new InvalidClientOptionsError(option, problem);
  return value;
}

function wholeNumber(option: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidClientOptionsError(option, `${String(value)} is not a whole number of at least 0.`);
  }
  return value;
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone });
    return true;
  } catch {
    return false;
  }
}
