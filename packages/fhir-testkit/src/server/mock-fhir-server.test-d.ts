import { describe, expectTypeOf, it } from 'vitest';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import {
  createMockFhirServer,
  type MockFhirServer,
  type MockFhirServerOptions,
} from './create-mock-fhir-server.js';
import { FaultKind } from './faults/fault-kind.js';
import type { FaultSchedule } from './faults/fault-schedule.js';
import type { Quirk } from './quirks/quirks.js';

declare const faults: FaultSchedule;
declare const fixture: ErrorFixture;

describe('mock server types', () => {
  it('takes known quirks and profiles only', () => {
    expectTypeOf<MockFhirServerOptions>().toMatchTypeOf<{ profile?: 'halo' | 'fhir' }>();
    const ok: MockFhirServerOptions = { profile: 'fhir', quirks: { strictDates: true } };
    // @ts-expect-error: no such quirk
    const unknownQuirk: MockFhirServerOptions = { quirks: { dropIncludes: true } };
    // @ts-expect-error: no such profile
    const unknownProfile: MockFhirServerOptions = { profile: 'hapi' };
    expectTypeOf([ok, unknownQuirk, unknownProfile]).toBeArray();
    expectTypeOf<Quirk>().toEqualTypeOf<
      | 'dropIncludeOnPaging'
      | 'onlyActive'
      | 'lastUpdatedForms'
      | 'strictDates'
      | 'requireSubscriptionKey'
      | 'unknownSiteUnauthorized'
    >();
  });

  it('resolves to a disposable server', () => {
    expectTypeOf(createMockFhirServer).returns.resolves.toEqualTypeOf<MockFhirServer>();
    expectTypeOf<MockFhirServer>().toMatchTypeOf<AsyncDisposable>();
  });

  it('needs a seed or a random source for random faults, and one Retry-After form', () => {
    faults.randomFaults({ rate: 0.1, seed: 1, fixtures: [fixture] });
    faults.randomFaults({ rate: 0.1, random: Math.random, fixtures: [fixture] });
    // @ts-expect-error: neither seed nor random
    faults.randomFaults({ rate: 0.1, fixtures: [fixture] });
    // @ts-expect-error: forMs is required
    faults.siteOffline('guid', {});
    expectTypeOf(faults.failNext(1, fixture).kind).toEqualTypeOf<FaultKind>();
    expectTypeOf(FaultKind.SiteOffline).toEqualTypeOf<'site-offline'>();
  });
});
