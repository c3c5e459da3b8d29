import type { Bundle } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';
import { createManualClock } from './clock.js';
import { allPages } from './test-support/bundles.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

/**
 * The live practice writes through the store's one update path, so every change it logs is a
 * version the server answers for: vread with its ETag and Last-Modified, in the record's history and
 * in its type's history, and what is served stays valid R4. Over real HTTP, a practice day.
 */

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

const guid = '5b1c2d3e-0000-4000-8000-0000000000c1';

describe('versions the live practice writes', () => {
  it('are each served by vread, instance history and type history, as valid R4', async () => {
    const clock = createManualClock('2026-11-26T07:00:00+11:00');
    const start = new Date(clock.now()).toISOString();
    await using server = await startTestServer({
      profile: 'fhir',
      clock,
      live: { seed: 2, ratePerHour: 30 },
      sites: [{ guid, size: 600, timeZone: 'Australia/Sydney' }],
    });
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetchWithKey(server, `${server.baseUrl()}/${path}`, { headers });
    clock.advance(10 * 60 * 60_000);
    await (await get('metadata')).arrayBuffer(); // a request: the practice catches up to now
    const changes = server.live().changes();
    expect(changes.length).toBeGreaterThan(100);

    // Every logged version answers a vread with its validators; a sample keeps the test short.
    const step = Math.max(1, Math.floor(changes.length / 60));
    for (const change of changes.filter((_, i) => i % step === 0)) {
      const path = `${change.resourceType}/${change.id}/_history/${change.versionId}`;
      const vread = await get(path);
      expect(vread.status, path).toBe(200);
      expect(vread.headers.get('etag'), path).toBe(`W/"${change.versionId}"`);
      expect(vread.headers.get('last-modified'), path).toBe(new Date(change.lastUpdated).toUTCString());
      const body = (await vread.json()) as { meta: { versionId: string } };
      expect(body.meta.versionId).toBe(change.versionId);
      const history = (await (await get(`${change.resourceType}/${change.id}/_history`)).json()) as Bundle;
      expect(history.entry?.map((e) => e.resource?.meta?.versionId)).toContain(change.versionId);
      expect(schema.errorsOf(history)).toEqual([]);
    }

    // A type's history since the day began holds exactly the versions the log says were written.
    for (const type of [...new Set(changes.map((c) => c.resourceType))]) {
      const pages = await allPages(server, `${server.baseUrl()}/${type}/_history?_since=${start}&_count=200`);
      const served = pages
        .flatMap((p) => p.entry ?? [])
        .map((e) => `${e.resource?.id}/${e.resource?.meta?.versionId}`);
      const logged = changes.filter((c) => c.resourceType === type).map((c) => `${c.id}/${c.versionId}`);
      expect(served.sort(), type).toEqual(logged.sort());
      for (const page of pages) {
        expect(schema.errorsOf(page), type).toEqual([]);
        expect(emptyValuePaths(page), type).toEqual([]);
      }
    }

    // A client holding a version the practice has since changed gets the new one, not a 304.
    const changed = changes.find((c) => Number(c.versionId) > 1) ?? changes[0];
    const older = String(Number(changed?.versionId) - 1);
    const current = await get(`${changed?.resourceType}/${changed?.id}`, { 'if-none-match': `W/"${older}"` });
    expect(current.status).toBe(200);
  }, 120_000);
});
