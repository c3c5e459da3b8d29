import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { createManualClock } from '../resilience/clock.js';
import { EntryRole, bundleLinks, classifyEntries } from './page.js';
import { Pager } from './pager.js';
import { pagingParameterRules } from './paging-parameters.js';
import { appointmentPage, syntheticBase, syntheticFetch } from './test-support/synthetic-pages.js';

const matchesPerPage = 10;

/** A pager over synthetic pages, delivering every page, reporting what it retains after `pages` pages. */
async function retainedAfter(pages: number) {
  const content = appointmentPage(matchesPerPage);
  const bundleOf = async (url: string) => {
    const response = await syntheticFetch(pages, content)(url);
    return { bundle: await response.json(), url, method: 'GET' as const };
  };
  const pager = new Pager({
    resourceType: 'Appointment',
    query: new URLSearchParams('_count=10'),
    base: new URL(syntheticBase),
    source: { first: () => bundleOf(`${syntheticBase}Appointment`), follow: (url) => bundleOf(url.href) },
    clock: createManualClock(0),
    maxPages: 1_000_000,
    timeLimitMs: undefined,
    signal: undefined,
    resumeFrom: undefined,
    resolveCacheSize: 40,
    dedupeWindowPages: 2,
    pagingParameters: pagingParameterRules({}),
    onRepair: () => {},
  });
  let yieldedIncludes = 0;
  for (let page = await pager.fetchNext(); page; page = await pager.fetchNext()) {
    yieldedIncludes += pager.deliverPage(page).included.length;
  }
  return { retained: pager.retained(), cursorLength: JSON.stringify(pager.cursor()).length, yieldedIncludes };
}

describe('paging memory is flat in the number of pages', () => {
  it('retains the same bounded state after 50 and after 500 pages', async () => {
    const short = await retainedAfter(50);
    const long = await retainedAfter(500);

    // Bounds by construction: 40 cached includes under 2 keys each, 2 pages of match keys plus the current one.
    expect(long.retained.cachedIncludeKeys).toBeLessThanOrEqual(2 * 40);
    expect(long.retained.includeKeys).toBeLessThanOrEqual(40);
    expect(long.retained.matchKeys).toBeLessThanOrEqual(3 * matchesPerPage);
    expect(long.retained.followedUrls).toBeLessThanOrEqual(20);
    // The two-generation cache holds between half and all of its bound, depending on where a run stops.
    expect(short.retained.includeKeys).toBeGreaterThanOrEqual(20);
    // Ten times the pages: the cursor grows only by the extra digits of the page numbers in its ids and links.
    expect(long.cursorLength).toBeLessThan(short.cursorLength * 1.2);
    // The practitioner included on every page is yielded once, however long the run.
    expect(long.yieldedIncludes).toBe(500 * matchesPerPage + 1);
  });

  it('keeps the cursor of client.resources() small after hundreds of pages', async () => {
    const client = createFhirClient({
      baseUrl: syntheticBase,
      fetch: syntheticFetch(300, appointmentPage(matchesPerPage)),
      paging: { resolveCacheSize: 50 },
    });
    const iterator = client.resources('Appointment');
    const lengths: number[] = [];
    let count = 0;
    for await (const _ of iterator) {
      if (++count % (30 * matchesPerPage) === 0) lengths.push(JSON.stringify(iterator.cursor).length);
    }

    expect(count).toBe(300 * matchesPerPage);
    expect(lengths).toHaveLength(10);
    // Measured at 30, 60, … 300 pages: bounded, not growing with the pages.
    expect(Math.max(...lengths)).toBeLessThan(lengths[0]! * 1.2);
    expect(Math.max(...lengths)).toBeLessThan(12_000);
  });
});

describe('resolve within its bounds', () => {
  const client = (resolveCacheSize: number) =>
    createFhirClient({
      baseUrl: syntheticBase,
      fetch: syntheticFetch(20, appointmentPage(matchesPerPage)),
      paging: { resolveCacheSize },
    });

  it('finds the current page in full, recent earlier includes, and forgets includes beyond the cache', async () => {
    const pages = [];
    for await (const page of client(40).pages('Appointment')) pages.push(page);
    const last = pages.at(-1)!;

    expect(last.resolve('Appointment/a20-0')?.id).toBe('a20-0');
    expect(last.resolve(`${syntheticBase}Patient/p20-3`)?.id).toBe('p20-3');
    expect(last.resolve('#room', { from: last.matches[0]! })?.id).toBe('room');
    // Includes of the page before: well within the 40 most recent.
    expect(last.resolve('Patient/p19-9')?.id).toBe('p19-9');
    // The practitioner came on page 1 only as a yielded include, but is seen on every page: still cached.
    expect(last.resolve('Practitioner/gp')?.id).toBe('gp');
    // Page 1's patients are 190 includes ago: beyond the cache, so not kept.
    expect(last.resolve('Patient/p1-0')).toBeUndefined();
    // A page kept by the caller still resolves its own resources.
    expect(pages[0]!.resolve('Patient/p1-0')?.id).toBe('p1-0');
  });

  it("finds an earlier page's includes by Type/id and by each form of fullUrl a server writes", async () => {
    const includes = (n: number) => [
      { fullUrl: `${syntheticBase}Patient/plain${n}`, id: `plain${n}` },
      { fullUrl: `${syntheticBase}Patient/versioned${n}/_history/2`, id: `versioned${n}` },
      { fullUrl: `urn:uuid:0000000${n}-0000-4000-8000-000000000000`, id: `urn${n}` },
      { fullUrl: `http://elsewhere.invalid/fhir/Patient/moved${n}`, id: `moved${n}` },
    ];
    const content = (n: number) => [
      {
        search: { mode: 'match' as const },
        resource: { resourceType: 'Appointment', id: `a${n}` } as Resource,
      },
      ...includes(n).map(({ fullUrl, id }) => ({
        fullUrl,
        search: { mode: 'include' as const },
        resource: { resourceType: 'Patient', id } as Resource,
      })),
    ];
    const client = createFhirClient({ baseUrl: syntheticBase, fetch: syntheticFetch(2, content) });
    const pages = [];
    for await (const page of client.pages('Appointment')) pages.push(page);
    const second = pages[1]!;

    for (const { fullUrl, id } of includes(1)) {
      expect(second.resolve(`Patient/${id}`)?.id, fullUrl).toBe(id);
      expect(second.resolve(fullUrl.replace('/_history/2', ''))?.id, fullUrl).toBe(id);
    }
    expect(second.resolve(`${syntheticBase}Patient/plain1/_history/7`)?.id).toBe('plain1');
    expect(second.resolve(`${syntheticBase}Patient/urn1`)?.id).toBe('urn1');
  });

  it('keeps no earlier includes with resolveCacheSize 0', async () => {
    const pages = [];
    for await (const page of client(0).pages('Appointment')) pages.push(page);

    expect(pages.at(-1)!.resolve('Patient/p19-9')).toBeUndefined();
    expect(pages.at(-1)!.resolve('Patient/p20-9')?.id).toBe('p20-9');
  });
});

describe('dedupe within its window', () => {
  /** Page n repeats the first match of page n - `distance` (when there is one). */
  const repeating =
    (distance: number) =>
    (n: number): ReturnType<ReturnType<typeof appointmentPage>> => {
      const own = appointmentPage(2)(n);
      return n > distance ? [...own, appointmentPage(2)(n - distance)[0]!] : own;
    };

  async function matchIds(distance: number): Promise<string[]> {
    const client = createFhirClient({
      baseUrl: syntheticBase,
      fetch: syntheticFetch(8, repeating(distance)),
      paging: { dedupeWindowPages: 3 },
    });
    const ids: string[] = [];
    for await (const resource of client.resources('Appointment')) ids.push(resource.id!);
    return ids;
  }

  it('yields once a match the server repeats within dedupeWindowPages pages', async () => {
    const ids = await matchIds(3);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
  });

  it('yields again a match the server repeats further back than the window (the documented bound)', async () => {
    const ids = await matchIds(4);
    expect(ids).toHaveLength(16 + 4);
    expect(new Set(ids).size).toBe(16);
  });

  it('classifies entries once, keyed by Type/id', () => {
    const entries = classifyEntries(
      { resourceType: 'Bundle', type: 'searchset', entry: appointmentPage(1)(1) },
      'Appointment',
    );
    expect(entries.map((entry) => [entry.role, entry.key])).toEqual([
      [EntryRole.Match, 'Appointment/a1-0'],
      [EntryRole.Include, 'Patient/p1-0'],
      [EntryRole.Include, 'Practitioner/gp'],
    ]);
    expect(bundleLinks({ resourceType: 'Bundle', type: 'searchset' }).next).toBeUndefined();
  });
});
