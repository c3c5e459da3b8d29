import { describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import type { LiveChange } from './live-practice.js';
import { changesControlPath } from './live-sites.js';

describe('the changes log over the control API', () => {
  it('answers GET /__mock/changes with the log, from a seq on, for tests in other languages', async () => {
    const clock = createManualClock('2026-11-26T08:00:00+11:00');
    await using server = await createMockFhirServer({
      clock,
      controlApi: true,
      live: { seed: 2, ratePerHour: 30 },
    });
    clock.advance(3 * 3_600_000);
    const all = (await (await fetch(`${server.url}${changesControlPath}`)).json()) as {
      changes: LiveChange[];
    };
    expect(all.changes.length).toBeGreaterThan(10);
    expect(all.changes).toEqual(server.live().changes());
    const since = all.changes[4]?.seq ?? 0;
    const later = (await (await fetch(`${server.url}${changesControlPath}?since=${since}`)).json()) as {
      changes: LiveChange[];
    };
    expect(later.changes).toEqual(all.changes.slice(5));
    const bySite = await fetch(
      `${server.url}${changesControlPath}?site=${server.siteGuids[0]?.toUpperCase()}`,
    );
    expect(((await bySite.json()) as { changes: LiveChange[] }).changes).toEqual(all.changes);
  });

  it('says what is wrong: a bad since (400), a mock that is not live (404)', async () => {
    await using live = await createMockFhirServer({ controlApi: true, live: true });
    const bad = await fetch(`${live.url}${changesControlPath}?since=-1`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/"since" must be a whole number/);
    await using still = await createMockFhirServer({ controlApi: true });
    const off = await fetch(`${still.url}${changesControlPath}`);
    expect(off.status).toBe(404);
    expect(((await off.json()) as { error: string }).error).toMatch(/live: true/);
  });
});
