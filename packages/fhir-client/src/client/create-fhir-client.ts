import type { CapabilityStatement } from 'fhir/r4.js';
import {
  type CollectOptions,
  collectPages,
  DEFAULT_COLLECT_MAX,
  iteratePages,
  iterateResources,
  type PagingOptions,
} from '../paging/pages.js';
import { createResiliencePolicy, type ResiliencePolicy } from '../resilience/policy.js';
import { checkSearchAgainstCapabilities } from '../search/rules/capability-rules.js';
import { CapabilitiesCache, capabilityStatementSupports } from './capabilities.js';
import { createEventHub } from './events.js';
import type { FhirClient } from './fhir-client.js';
import { InvalidArgumentError } from './invalid-argument-error.js';
import type { OperationContext, RequestOptions } from './operations/operation-context.js';
import { readResource, vreadResource } from './operations/read.js';
import { sendSearch, warnIfOnlyActive } from './operations/search.js';
import { createResource, updateResource } from './operations/write.js';
import type { FhirClientOptions } from './options.js';
import { createPager } from './paged-search.js';
import type { SearchInput, SearchLike } from './resource-types.js';
import { resolveClientOptions } from './resolve-options.js';
import { practitionerOfSearch, readSearchInput, type SearchParts } from './search-input.js';
import { createSecretBoundary } from './secret-boundary.js';
import { createTransport } from './transport.js';

/** What a client shares with the clients `extend` makes from it. */
interface SharedState {
  readonly capabilities: CapabilitiesCache;
}

/**
 * Creates a FHIR R4 client over one `ky` instance: for any server with `baseUrl`, or for one Halo
 * Connect practice with `halo: { siteId, environment }` (or a Halo-shaped `baseUrl`).
 *
 * @example
 * const client = createFhirClient({
 *   halo: { siteId: 'a1b2…', environment: 'stage' },
 *   subscriptionKey: process.env.HALO_KEY,
 *   timeZone: 'Australia/Sydney',
 * });
 * const query = search('Appointment', { dates: 'halo' }).date('date', '2026-03-02').include('Appointment', 'patient');
 * for await (const page of client.pages(query)) console.log(page.matches.length, page.included.length);
 * @throws InvalidClientOptionsError for options it cannot work with.
 */
export function createFhirClient(options: FhirClientOptions): FhirClient {
  return createClient(options, { capabilities: new CapabilitiesCache() });
}

function createClient(options: FhirClientOptions, shared: SharedState): FhirClient {
  const config = resolveClientOptions(options);
  const policy = options.policy ?? createResiliencePolicy({ clock: config.clock });
  const secrets = config.subscriptionKey === undefined ? [] : [config.subscriptionKey];
  const events = createEventHub(
    options.onEvent === undefined ? [] : [options.onEvent],
    (hub) => policy.on((event) => hub.emit(event)),
    { secrets },
  );
  // Everything a call hands back passes the one redaction chokepoint (see secret-boundary.ts).
  const boundary = createSecretBoundary(secrets);
  const transport = createTransport(config, policy, events);
  // The site's declared search parameters as a rule source: read from the shared cache, so an
  // undeclared parameter costs one `metadata` read per base, never a (charged) query.
  const checkSearch = async (parts: SearchParts, signal: AbortSignal | undefined) =>
    checkSearchAgainstCapabilities(
      await shared.capabilities.get(config.base.href, () => loadCapabilities(signal)),
      parts,
    );
  const context: OperationContext = {
    config,
    transport,
    events,
    ...(config.checkSearchCapabilities ? { checkSearch } : {}),
  };
  const searchParts = (query: SearchInput | SearchLike) =>
    readSearchInput(query, {
      baseUrl: config.base.href,
      haloBehaviours: config.haloBehaviours,
      timeZone: config.timeZone,
      rules: config.searchRules,
    });

  const loadCapabilities = async (signal: AbortSignal | undefined): Promise<CapabilityStatement> => {
    const response = await transport.send({
      method: 'GET',
      url: new URL('metadata', config.base),
      interaction: 'capabilities',
      expect: { resourceType: 'CapabilityStatement' },
      ...(signal === undefined ? {} : { signal }),
    });
    return response.body as CapabilityStatement;
  };

  const client: FhirClient = {
    baseUrl: config.base.href,
    site: config.site,
    haloBehaviours: config.haloBehaviours,
    policy,
    read: (resourceType, id, requestOptions) =>
      boundary.call(() => readResource(context, resourceType, id, requestOptions)),
    vread: (resourceType, id, versionId, requestOptions) =>
      boundary.call(() => vreadResource(context, resourceType, id, versionId, requestOptions)),
    search: ((query: SearchInput | SearchLike, requestOptions?: RequestOptions) =>
      boundary.call(async () => {
        const parts = searchParts(query);
        warnIfOnlyActive(context, parts, requestOptions?.practitioner ?? practitionerOfSearch(parts.params));
        const fetched = await sendSearch(context, parts, requestOptions);
        return fetched.bundle;
      })) as FhirClient['search'],
    pages: ((query: SearchInput | SearchLike, pagingOptions?: PagingOptions) =>
      boundary.pages(
        iteratePages(createPager(context, searchParts(query), pagingOptions)),
      )) as FhirClient['pages'],
    resources: ((query: SearchInput | SearchLike, pagingOptions?: PagingOptions) =>
      boundary.resources(
        iterateResources(createPager(context, searchParts(query), pagingOptions)),
      )) as FhirClient['resources'],
    collect: ((query: SearchInput | SearchLike, collectOptions?: CollectOptions) =>
      boundary.call(async () => {
        const max = collectOptions?.max ?? DEFAULT_COLLECT_MAX;
        if (!Number.isInteger(max) || max < 0) {
          throw new InvalidArgumentError('max', `${String(max)} is not a whole number of matches.`);
        }
        return boundary.collected(
          await collectPages(createPager(context, searchParts(query), collectOptions), max),
        );
      })) as FhirClient['collect'],
    capabilities: (capabilityOptions) =>
      boundary.call(() =>
        shared.capabilities.get(config.base.href, () => loadCapabilities(capabilityOptions?.signal), {
          refresh: capabilityOptions?.refresh === true,
        }),
      ),
    async supports(query, capabilityOptions) {
      return capabilityStatementSupports(await client.capabilities(capabilityOptions), query);
    },
    create: (resource, writeOptions) => boundary.call(() => createResource(context, resource, writeOptions)),
    update: (resource, writeOptions) => boundary.call(() => updateResource(context, resource, writeOptions)),
    stats: () => policy.stats(),
    on: (listener) => events.on(listener),
    extend(overrides) {
      return createClient(mergeOptions(options, overrides, policy), shared);
    },
  };
  return Object.freeze(client);
}

function mergeOptions(
  base: FhirClientOptions,
  overrides: FhirClientOptions,
  policy: ResiliencePolicy,
): FhirClientOptions {
  const merged: FhirClientOptions = { ...base, policy, ...overrides };
  const { baseUrl: _droppedBase, halo: _droppedHalo, ...rest } = merged;
  const target =
    overrides.baseUrl !== undefined
      ? { baseUrl: overrides.baseUrl }
      : overrides.halo !== undefined
        ? { halo: overrides.halo }
        : base.halo !== undefined
          ? { halo: base.halo }
          : base.baseUrl !== undefined
            ? { baseUrl: base.baseUrl }
            : {};
  return {
    ...rest,
    ...target,
    headers: { ...base.headers, ...overrides.headers },
    ...(base.paging || overrides.paging ? { paging: { ...base.paging, ...overrides.paging } } : {}),
  };
}
