import type { FhirRequestHandler } from '../server/handler.js';
import type { MockRequest, MockResponse } from '../server/mock-exchange.js';
import type { ResourceStore, StoreClock } from '../server/store/resource-store.js';
import { createLivePractice, type LivePractice, type LivePracticeOptions } from './live-practice.js';

/** The mock's `live` option: `true` for the defaults, or the seed and rate of changes. */
export type LiveOption = boolean | LivePracticeOptions;

/** Path of the changes log in the control API: `GET /__mock/changes?site={guid}&since={seq}`. */
export const changesControlPath = '/__mock/changes';

/** The live practices of a mock's sites, by GUID (lower case). */
export interface LiveSites {
  /** Catches every site up to the clock's now. */
  catchUp(): void;
  /** A site's live practice, or undefined when `live` is off. */
  practice(guid: string): LivePractice | undefined;
}

/** Makes every site live when `live` is on (each from its own seed: the site's order mixed in). */
export function createLiveSites(
  option: LiveOption | undefined,
  sites: readonly { readonly guid: string; readonly store: ResourceStore; readonly timeZone: string }[],
  clock: StoreClock,
): LiveSites {
  const practices = new Map<string, LivePractice>();
  if (option !== undefined && option !== false) {
    const settings = option === true ? {} : option;
    sites.forEach((site, index) => {
      practices.set(
        site.guid,
        createLivePractice(site.store, {
          ...settings,
          seed: (settings.seed ?? 1) + index * 7919,
          clock,
          timeZone: site.timeZone,
        }),
      );
    });
  }
  return {
    catchUp() {
      for (const practice of practices.values()) practice.catchUp();
    },
    practice: (guid) => practices.get(guid.toLowerCase()),
  };
}

const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

function changesResponse(live: LiveSites, url: URL, defaultGuid: string): MockResponse {
  const guid = (url.searchParams.get('site') ?? defaultGuid).toLowerCase();
  const practice = live.practice(guid);
  if (practice === undefined) {
    return json(404, { error: `No live practice for site ${guid}: start the mock with live: true` });
  }
  const sinceText = url.searchParams.get('since') ?? '0';
  const since = Number(sinceText);
  if (!Number.isInteger(since) || since < 0) {
    return json(400, { error: `"since" must be a whole number (a seq from the log), got "${sinceText}"` });
  }
  return json(200, { site: guid, changes: practice.changes({ since }) });
}

/**
 * Wraps the request core: every request first catches the live sites up to the clock (so a poll
 * sees exactly the changes due by now), and with the control API on, `GET /__mock/changes` answers
 * the changes log.
 */
export function withLiveSites(
  handler: FhirRequestHandler,
  live: LiveSites,
  options: { readonly controlApi: boolean; readonly defaultGuid: string },
): FhirRequestHandler {
  return {
    requests: handler.requests,
    handle(request: MockRequest) {
      live.catchUp();
      if (options.controlApi && request.method.toUpperCase() === 'GET') {
        const url = new URL(request.url, 'http://mock.invalid');
        if (url.pathname === changesControlPath)
          return Promise.resolve(changesResponse(live, url, options.defaultGuid));
      }
      return handler.handle(request);
    },
  };
}
