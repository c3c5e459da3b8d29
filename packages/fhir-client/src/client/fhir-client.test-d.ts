import type { Appointment, Bundle, Encounter, Patient, Resource } from 'fhir/r4.js';
import { describe, expectTypeOf, it } from 'vitest';
import { parseSearch, search } from '../search/search.js';
import type { Page } from '../paging/page.js';
import { createFhirClient } from './create-fhir-client.js';

const client = createFhirClient({ baseUrl: 'https://fhir.example/R4' });

describe('FhirClient types', () => {
  it('types read and vread by the resource type name', () => {
    expectTypeOf(client.read('Patient', '1')).resolves.toEqualTypeOf<Patient>();
    expectTypeOf(client.vread('Encounter', '1', '2')).resolves.toEqualTypeOf<Encounter>();
    // @ts-expect-error not a resource type
    void client.read('Patientt', '1');
  });

  it('types searches written as text and as builders', () => {
    expectTypeOf(client.search('Appointment?date=2026-03-02')).resolves.toEqualTypeOf<Bundle<Appointment>>();
    expectTypeOf(client.search(search('Patient'))).resolves.toEqualTypeOf<Bundle<Patient>>();
    expectTypeOf(client.pages('Appointment?date=2026-03-02')).toExtend<AsyncIterable<Page<Appointment>>>();
    expectTypeOf(client.resources(search('Encounter'))).toExtend<AsyncIterable<Encounter>>();
    expectTypeOf(client.collect('Patient'))
      .resolves.toHaveProperty('matches')
      .toEqualTypeOf<readonly Patient[]>();
    // @ts-expect-error not a resource type
    void client.search('Apointment?date=2026-03-02');
  });

  it('accepts a search whose type is known only at run time, as plain resources', () => {
    expectTypeOf(client.search(parseSearch('Patient?name=x'))).resolves.toEqualTypeOf<Bundle>();
    expectTypeOf(client.resources(parseSearch('Patient?name=x'))).toExtend<AsyncIterable<Resource>>();
  });
});
