import { createManualClock, createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach } from 'vitest';

/** The query the paging tests walk: small pages, a stable order and an include to repair. */
export const pagingQuery = 'Appointment?_count=5&_sort=date&_include=Appointment:patient';

/**
 * Registers an `afterEach` that closes the server, and returns `start`, which serves one seeded
 * site (optionally on the testkit's manual clock, starting 2026-03-02 08:00 in Sydney).
 */
export function usePagingMock(site: {
  guid: string;
  seed: number;
}): (options?: { manualClock?: boolean }) => Promise<MockFhirServer> {
  let mock: MockFhirServer | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });
  return async (options = {}) => {
    mock = await createMockFhirServer({
      sites: [{ guid: site.guid, seed: site.seed, size: 200 }],
      ...(options.manualClock ? { clock: createManualClock('2026-03-02T08:00:00+11:00') } : {}),
    });
    return mock;
  };
}
