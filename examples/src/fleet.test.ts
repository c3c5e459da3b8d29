import { describe, expect, test } from 'vitest';
import { compareFleets } from './fleet.js';
import { checkFleetResults } from './fleet/report.js';
import { liveSlice } from './scheduler/scenario.js';

describe('fleet example: 4 worker processes against the mock server over HTTP', () => {
  test('sharing state on Redis sends no more into faults than one process; private state about 4x', async () => {
    const [single, shared, isolated] = await compareFleets(liveSlice);
    expect(checkFleetResults([single!, shared!, isolated!])).toEqual([]);
    // The same numbers, spelt out: what the check above holds the runs to.
    expect(shared!.intoFaults).toBeLessThanOrEqual(1.2 * single!.intoFaults);
    expect(isolated!.intoFaults).toBeGreaterThanOrEqual(2.5 * single!.intoFaults);
    expect(shared!.maxProbesPerOpenPeriod).toBe(1);
    expect(isolated!.maxProbesPerOpenPeriod).toBeGreaterThan(1);
    expect(shared!.awayGpQueriesAfterLearnt).toBe(0);
    expect(isolated!.awayGpQueriesAfterLearnt).toBeGreaterThan(0);
    expect(shared!.intoAwayGp).toBe(1);
    expect(shared!.storeBilledByPractice).toEqual(shared!.billedByPractice);
    expect(shared!.siteRecoverySeconds).toBeLessThanOrEqual(60);
  }, 180_000);
});
