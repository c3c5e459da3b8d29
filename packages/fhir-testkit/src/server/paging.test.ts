import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError, queryFingerprint } from './paging.js';
import { allPages, getBundle, keyOf, linkOf, resourcesIn } from './test-support/bundles.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

describe('paging of searchset Bundles', () => {
  it('reaches every match exactly once, in a stable order, with total on every page', async () => {
    await using server = await startTestServer();
    const everything = await getBundle(server, `${server.baseUrl()}/Appointment?_count=1000`);
    const expected = resourcesIn(everything, 'match').map(keyOf);
    expect(expected.length).toBeGreaterThan(20);
    const pages = await allPages(server, `${server.baseUrl()}/Appointment?_count=7`);
    const seen = pages.flatMap((page) => resourcesIn(page, 'match').map(keyOf));
    expect(seen).toEqual(expected);
    expect(pages).toHaveLength(Math.ceil(expected.length / 7));
    for (const page of pages) expect(page.total).toBe(expected.length);
  });

  it('reaches every match exactly once for any page size and query (property)', async () => {
    await using server = await startTestServer();
    const queries = [
      'Appointment?',
      'Appointment?status=booked&',
      'Patient?_sort=-birthdate&',
      'Observation?',
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...queries), async (count, query) => {
        const expected = resourcesIn(
          await getBundle(server, `${server.baseUrl()}/${query}_count=1000`),
          'match',
        );
        const pages = await allPages(server, `${server.baseUrl()}/${query}_count=${count}`);
        expect(pages.flatMap((page) => resourcesIn(page, 'match').map(keyOf))).toEqual(expected.map(keyOf));
        expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / count)));
      }),
      { numRuns: 25 },
    );
  });

  it('gives entries a fullUrl and search.mode, and pages self, next and previous links', async () => {
    await using server = await startTestServer();
    const first = await getBundle(server, `${server.baseUrl()}/Patient?_count=5`);
    expect(first.type).toBe('searchset');
    expect(linkOf(first, 'self')).toBe(`${server.baseUrl()}/Patient?_count=5`);
    expect(linkOf(first, 'previous')).toBeUndefined();
    const entry = first.entry?.[0];
    expect(entry?.fullUrl).toBe(`${server.baseUrl()}/Patient/${entry?.resource?.id}`);
    expect(entry?.search?.mode).toBe('match');
    const second = await getBundle(server, linkOf(first, 'next') ?? '');
    const backToFirst = await getBundle(server, linkOf(second, 'previous') ?? '');
    expect(resourcesIn(backToFirst, 'match').map(keyOf)).toEqual(resourcesIn(first, 'match').map(keyOf));
  });

  it('uses an opaque cursor: the same next link serves the same page every time', async () => {
    await using server = await startTestServer();
    const first = await getBundle(server, `${server.baseUrl()}/Patient?_count=4`);
    const next = linkOf(first, 'next') ?? '';
    expect(new URL(next).searchParams.get('_cursor')).toMatch(/^[A-Za-z0-9_-]+$/);
    const once = resourcesIn(await getBundle(server, next), 'match').map(keyOf);
    const twice = resourcesIn(await getBundle(server, next), 'match').map(keyOf);
    expect(twice).toEqual(once);
  });

  it('refuses a forged cursor and a cursor moved to another search with 400', async () => {
    await using server = await startTestServer();
    const first = await getBundle(server, `${server.baseUrl()}/Appointment?_count=4&status=booked`);
    const cursor = new URL(linkOf(first, 'next') ?? '').searchParams.get('_cursor') ?? '';
    const forged = await fetchWithKey(
      server,
      `${server.baseUrl()}/Appointment?status=booked&_cursor=not-a-cursor`,
    );
    expect(forged.status).toBe(400);
    const moved = await fetchWithKey(
      server,
      `${server.baseUrl()}/Appointment?status=cancelled&_cursor=${cursor}`,
    );
    expect(moved.status).toBe(400);
    expect(await moved.text()).toContain('different search');
  });

  it('answers _summary=count with total and no entries', async () => {
    await using server = await startTestServer();
    const bundle = await getBundle(server, `${server.baseUrl()}/Patient?_summary=count`);
    expect(bundle.total).toBeGreaterThan(0);
    expect(bundle.entry).toBeUndefined();
  });
});

describe('cursor encoding', () => {
  it('decodes what it encodes, for any offset and query', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (offset, query) => {
        expect(decodeCursor(encodeCursor(offset, query), query)).toBe(offset);
      }),
    );
  });

  it('refuses a cursor made for another query', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), fc.string(), (offset, a, b) => {
        fc.pre(a !== b);
        expect(() => decodeCursor(encodeCursor(offset, a), b)).toThrow(InvalidCursorError);
      }),
    );
  });

  it('binds a cursor to the matching parameters, not their order, _count or includes', () => {
    const entry = fc.tuple(fc.constantFrom('status', 'date', 'patient', '_sort'), fc.string());
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.string(), (params, include) => {
        const base = queryFingerprint('Appointment', new URLSearchParams(params));
        const reordered = new URLSearchParams([...params].reverse());
        reordered.append('_include', include);
        reordered.append('_revinclude', include);
        reordered.set('_count', '3');
        expect(queryFingerprint('Appointment', reordered)).toBe(base);
      }),
    );
    expect(queryFingerprint('Appointment', new URLSearchParams('status=booked'))).not.toBe(
      queryFingerprint('Appointment', new URLSearchParams('status=cancelled')),
    );
  });
});
