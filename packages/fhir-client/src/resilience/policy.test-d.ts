import { describe, expectTypeOf, test } from 'vitest';
import type { PausedError } from '../errors/paused-error.js';
import type { FhirRequestError } from '../errors/fhir-request-error.js';
import type { ResilienceEvent } from './events.js';
import { createResiliencePolicy, type ResiliencePolicy } from './policy.js';
import type { ResiliencePolicyRunner } from './request-descriptor.js';

describe('resilience policy types', () => {
  test('a policy is a runner the client can call, and execute keeps the attempt result type', () => {
    const policy = createResiliencePolicy();
    expectTypeOf(policy).toMatchTypeOf<ResiliencePolicyRunner>();
    const request = { method: 'GET', url: 'u', interaction: 'read', idempotent: true, site: 's' } as const;
    expectTypeOf(policy.execute(request, async () => 42)).toEqualTypeOf<Promise<number>>();
  });

  test('reset names a site for the site scope and a practitioner for the practitioner scope', () => {
    const policy: ResiliencePolicy = createResiliencePolicy();
    policy.reset();
    policy.reset({ scope: 'integrator' });
    policy.reset({ scope: 'site', site: 'guid' });
    policy.reset({ scope: 'practitioner', site: 'guid', practitioner: 'Practitioner/1' });
    // @ts-expect-error a site reset must say which site
    policy.reset({ scope: 'site' });
    // @ts-expect-error a practitioner reset must say at which site
    policy.reset({ scope: 'practitioner', practitioner: '1' });
    // @ts-expect-error there is no request scope to reset
    policy.reset({ scope: 'request' });
  });

  test('events narrow by type', () => {
    const onEvent = (event: ResilienceEvent) => {
      if (event.type === 'retry') expectTypeOf(event.delayMs).toEqualTypeOf<number>();
      if (event.type === 'pause') expectTypeOf(event.resumesAt).toEqualTypeOf<number | undefined>();
    };
    expectTypeOf(onEvent).toBeFunction();
  });

  test('a PausedError is a FhirRequestError with a pausable scope and a resume date', () => {
    expectTypeOf<PausedError>().toMatchTypeOf<FhirRequestError>();
    expectTypeOf<PausedError['scope']>().toEqualTypeOf<'integrator' | 'site' | 'practitioner'>();
    expectTypeOf<PausedError['resumesAt']>().toEqualTypeOf<Date | undefined>();
  });
});
