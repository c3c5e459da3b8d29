import type { Resource } from 'fhir/r4.js';
import { generateSiteVersions, type SiteDataOptions } from '../data/generate-site-data.js';
import { createResourceStore, type ResourceStore } from './store/resource-store.js';
import { type Clock, systemClock } from './clock.js';
import { createFaultSchedule, type FaultSchedule } from './faults/fault-schedule.js';
import { createRequestHandler, type FhirRequestHandler } from './handler.js';
import { type Quirk, type QuirkSettings, resolveQuirks, ServerProfile } from './quirks/quirks.js';
import type { RequestLogEntry } from './request-log.js';
import { createSearchEngine } from './search/create-search-engine.js';
import type { MockSite } from './site.js';
import { createDemoHandlers } from './sql/demo-database.js';
import type { MockSqlOptions, MockSqlView, SqlHandler } from './sql/sql-mock-types.js';
import { createSqlService } from './sql/sql-service.js';
import { assertTimeZone } from './time-zone.js';
import type { LivePractice } from '../live/live-practice.js';
import { createLiveSites, type LiveOption, withLiveSites } from '../live/live-sites.js';

/** The GUID of the site a server serves when `sites` is not given. */
export const defaultSiteGuid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';

/** One practice the mock serves. */
export interface MockSiteOptions {
  /** The site's Halo GUID (compared case-insensitively). */
  readonly guid: string;
  /** Seed of the generated data: same seed, same resources. @default 1 */
  readonly seed?: number;
  /** Approximate number of generated resources. @default 400 */
  readonly size?: number;
  /** Serve exactly these resources instead of generated data. @default generated from `seed` and `size` */
  readonly resources?: readonly Resource[];
  /** The practice's IANA time zone. @default 'Australia/Sydney' */
  readonly timeZone?: string;
  /**
   * The instant the generated data is seen at (a `Date`, epoch ms or ISO text): its appointment
   * book is around this day in `timeZone`. Give a fixed instant for snapshot tests.
   * @default the server clock's now when the server starts, so a fresh mock has today's book
   */
  readonly anchor?: Date | number | string;
  /** Days of generated appointments before the anchor's day. @default half the book the size allows */
  readonly daysBack?: number;
  /** Days of generated appointments after the anchor's day. @default the rest of the book */
  readonly daysForward?: number;
}

/** Options shared by the HTTP server and the nock adapter. */
export interface MockFhirOptions {
  /** The practices served; the first is the default site. @default one site, {@link defaultSiteGuid}, seed 1 */
  readonly sites?: readonly MockSiteOptions[];
  /** `halo` switches every Halo quirk on; `fhir` behaves as a plain FHIR R4 server. @default 'halo' */
  readonly profile?: ServerProfile;
  /** Switches single quirks on or off, over the profile's defaults. @default {} */
  readonly quirks?: Partial<Record<Quirk, boolean>>;
  /** The `Ocp-Apim-Subscription-Key` the server accepts (when `requireSubscriptionKey` is on). @default 'test-key' */
  readonly subscriptionKey?: string;
  /** Unknown search parameters answer 400 (true) or are ignored and left out of `self` (false). @default true */
  readonly strict?: boolean;
  /** Page size when a search gives no `_count`. @default 20 */
  readonly pageSize?: number;
  /** Largest `_count` served; larger values are clamped. @default 1000 */
  readonly maxCount?: number;
  /** Where the server reads "now" and how it waits (latency, gateway timeouts). @default systemClock */
  readonly clock?: Clock;
  /** A second mount of the default site for plain FHIR clients. @default '/fhir/R4' */
  readonly basePath?: string;
  /**
   * Serve the control API under `/__mock`: `POST /__mock/faults` schedules a fault, `DELETE` clears
   * them, `GET /__mock/requests` returns the log; for tests in other languages. @default false
   */
  readonly controlApi?: boolean;
  /**
   * The SQL passthrough routes (`/integrator/sites/{guid}/queries/…`): async lifecycle durations,
   * result page size and retention, and the built-in demo database. Define databases with `sql.define`.
   * @default { lifecycle: { initialisingMs: 1000, queuedMs: 2000, executingMs: 3000, uploadingMs: 1000 }, pageRows: 100, resultRetentionMs: 24 h, demoDatabase: true }
   */
  readonly sql?: MockSqlOptions;
  /**
   * A live practice: as the clock moves, each site changes as a practice does during a day
   * (bookings, cancellations, reschedules, arrivals, consults with vital signs, fulfilments,
   * no-shows, a patient leaving), each change a new version at its own time; derived from the seed
   * and the clock when a request arrives (no timers). `server.live().changes()` (and, with the
   * control API, `GET /__mock/changes?since=`) lists them. `true` takes the defaults.
   * @default false
   */
  readonly live?: LiveOption;
}

/**
 * What every way of serving the mock (HTTP server, nock interceptors, in-process `fetch`) shows a
 * test: where a site lives, the key it accepts, its quirks, the request log, the fault schedule,
 * the clock and the stores.
 */
export interface MockFhirView {
  /** The Halo-style FHIR base of a site: `{origin}/integrator/sites/{guid}/fhir/R4`. @default the first site */
  baseUrl(siteGuid?: string): string;
  /** The key the mock accepts in `Ocp-Apim-Subscription-Key`. */
  readonly subscriptionKey: string;
  /** Which Halo quirks are on. */
  readonly quirks: QuirkSettings;
  /** Site GUIDs served, lower case, default first. */
  readonly siteGuids: readonly string[];
  /** Every request answered, oldest first, the subscription key redacted. */
  readonly requests: readonly RequestLogEntry[];
  /** Schedules faults: outages, rate limits, timeouts, broken connections. */
  readonly faults: FaultSchedule;
  /** Where the mock reads "now" and how it waits (the `clock` option): advance a manual clock to move the practice's day. */
  readonly clock: Clock;
  /** A site's resource store, to add or inspect data. @default the first site */
  store(siteGuid?: string): ResourceStore;
  /** A site's Halo base for the SQL passthrough routes: `{origin}/integrator/sites/{guid}`. @default the first site */
  siteUrl(siteGuid?: string): string;
  /** The SQL passthrough side: databases (`define`), availability, queue blocks, billed queries. */
  readonly sql: MockSqlView;
  /**
   * A site's live practice (its changes log), with the `live` option on. @default the first site
   * @throws RangeError when `live` is off or the site is unknown
   */
  live(siteGuid?: string): LivePractice;
}

/** The state behind a mock: sites, faults, request log and the request-handling core. */
export interface MockFhirBackend {
  readonly handler: FhirRequestHandler;
  readonly faults: FaultSchedule;
  readonly requests: readonly RequestLogEntry[];
  readonly quirks: QuirkSettings;
  readonly subscriptionKey: string;
  readonly clock: Clock;
  /** GUIDs served, lower case, default first. */
  readonly siteGuids: readonly string[];
  /** A site's store, to seed or inspect data. @throws RangeError for an unknown GUID */
  store(siteGuid?: string): ResourceStore;
  /** The FHIR base path of a site, Halo style. */
  basePath(siteGuid?: string): string;
  /** The second mount of the default site for plain FHIR clients (the `basePath` option). */
  readonly plainBasePath: string;
  /** The site's path, `/integrator/sites/{guid}` (the SQL routes' base). */
  sitePath(siteGuid?: string): string;
  readonly sql: MockSqlView;
  /** A site's live practice. @throws RangeError when `live` is off */
  live(siteGuid?: string): LivePractice;
}

// The store freezes what it is given, so one generated data set can seed any number of servers:
// a test suite that starts a server per test generates each (seed, size, zone) once.
const generated = new Map<string, readonly Resource[]>();
const generatedCacheSize = 8;

function generatedData(options: SiteDataOptions & { readonly now: number }): readonly Resource[] {
  // The generator reads `now` to the second: servers started in the same second share their data.
  const key = `${options.seed}/${options.size}/${options.timeZone}/${Math.floor(options.now / 1000)}/${options.daysBack}/${options.daysForward}`;
  let resources = generated.get(key);
  if (resources === undefined) {
    resources = generateSiteVersions(options);
    if (generated.size >= generatedCacheSize) generated.delete(generated.keys().next().value as string);
    generated.set(key, resources);
  }
  return resources;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`Mock FHIR server option ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** Resolves options and builds sites, stores, engines, the fault schedule and the core. */
export function createMockFhirBackend(
  options: MockFhirOptions,
  transport: { readonly origin?: string } = {},
): MockFhirBackend {
  const clock = options.clock ?? systemClock;
  const quirks = resolveQuirks(options.profile ?? ServerProfile.Halo, options.quirks);
  const maxCount = positiveInteger('maxCount', options.maxCount ?? 1000);
  const pageSize = Math.min(positiveInteger('pageSize', options.pageSize ?? 20), maxCount);
  const subscriptionKey = options.subscriptionKey ?? 'test-key';
  const siteOptions = options.sites ?? [{ guid: defaultSiteGuid }];
  if (siteOptions.length === 0)
    throw new RangeError('Mock FHIR server option sites must name at least one site');
  const stores = new Map<string, ResourceStore>();
  const sites: MockSite[] = siteOptions.map((site) => {
    const guid = site.guid.toLowerCase();
    if (stores.has(guid)) throw new RangeError(`Mock FHIR server option sites lists ${site.guid} twice`);
    const timeZone = site.timeZone ?? 'Australia/Sydney';
    assertTimeZone(timeZone);
    const resources =
      site.resources ??
      generatedData({
        seed: site.seed ?? 1,
        size: site.size ?? 400,
        timeZone,
        now: site.anchor === undefined ? clock.now() : new Date(site.anchor).getTime(),
        ...(site.daysBack === undefined ? {} : { daysBack: site.daysBack }),
        ...(site.daysForward === undefined ? {} : { daysForward: site.daysForward }),
      });
    const store = createResourceStore({ clock, resources });
    stores.set(guid, store);
    const engine = createSearchEngine(store, {
      strict: options.strict ?? true,
      onlyActive: quirks.onlyActive,
      maxCount,
      timeZone,
    });
    return { guid, timeZone, store, engine };
  });
  const faults = createFaultSchedule(clock, {
    timeZoneOf: (guid) => sites.find((site) => site.guid === guid)?.timeZone,
  });
  const basePath = options.basePath ?? '/fhir/R4';
  const demoDatabases = new Map<string, readonly SqlHandler[]>();
  const sql = createSqlService({
    clock,
    options: options.sql,
    siteGuids: sites.map((site) => site.guid),
    demoHandlers: (guid) => {
      let handlers = demoDatabases.get(guid);
      if (handlers === undefined) {
        handlers = createDemoHandlers(stores.get(guid)!);
        demoDatabases.set(guid, handlers);
      }
      return handlers;
    },
  });
  const core = createRequestHandler({
    sites,
    quirks,
    subscriptionKey,
    pageSize,
    clock,
    faults,
    basePath,
    origin: transport.origin,
    controlApi: options.controlApi ?? false,
    sql,
  });
  const defaultGuid = sites[0]!.guid;
  const live = createLiveSites(
    options.live,
    sites.map((site) => ({ guid: site.guid, timeZone: site.timeZone, store: stores.get(site.guid)! })),
    clock,
  );
  const handler = withLiveSites(core, live, { controlApi: options.controlApi ?? false, defaultGuid });
  const knownGuid = (siteGuid: string | undefined): string => {
    const guid = (siteGuid ?? defaultGuid).toLowerCase();
    if (!stores.has(guid)) {
      throw new RangeError(`No site ${siteGuid}: the server serves ${[...stores.keys()].join(', ')}`);
    }
    return guid;
  };
  return {
    handler,
    faults,
    requests: handler.requests,
    quirks,
    subscriptionKey,
    clock,
    siteGuids: sites.map((site) => site.guid),
    store: (siteGuid) => {
      live.catchUp();
      return stores.get(knownGuid(siteGuid))!;
    },
    basePath: (siteGuid) => `/integrator/sites/${knownGuid(siteGuid)}/fhir/R4`,
    plainBasePath: basePath,
    sitePath: (siteGuid) => `/integrator/sites/${knownGuid(siteGuid)}`,
    sql,
    live: (siteGuid) => {
      const practice = live.practice(knownGuid(siteGuid));
      if (practice === undefined)
        throw new RangeError('The mock is not live: start it with the option live: true');
      return practice;
    },
  };
}
