import { createFhirClient, createResiliencePolicy } from '@halo-fhir/fhir-client';
import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createMockFhirServer } from './create-mock-fhir-server.js';

describe('a client on the testkit manual clock', () => {
  it('leaves no sleeper behind per finished request (each exchange aborts its deadline sleep)', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await createMockFhirServer({ clock });
    const client = createFhirClient({
      baseUrl: server.baseUrl(),
      subscriptionKey: server.subscriptionKey,
      clock,
      policy: createResiliencePolicy({ clock }),
    });

    for (let request = 0; request < 50; request++) await client.search('Patient?_count=1');

    expect(clock.pendingSleeps).toBe(0);
  });
});
