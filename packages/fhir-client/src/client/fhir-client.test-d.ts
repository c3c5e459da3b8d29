import type { Appointment, Bundle, Encounter, Patient, Resource } from 'fhir/r4.js';
import { describe, expectTypeOf, it } from 'vitest';
import { parseSearch, search } from '../search/search.js';
import type { Page } from '../paging/page.js';
import { createFhirClient } from './create-fhir-client.js';
import type { FhirClientWarningCode } from './events.js';

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

  it('narrows events by type', () => {
    client.on((event) => {
      if (event.type === 'link-repaired')
        expectTypeOf(event.repair.restored).toEqualTypeOf<readonly string[]>();
      if (event.type === 'warning') expectTypeOf(event.code).toEqualTypeOf<FhirClientWarningCode>();
      if (event.type === 'retry') expectTypeOf(event.delayMs).toBeNumber();
    });
  });

  it('types a page cursor as JSON-safe data for resumeFrom', () => {
    const iterator = client.pages('Patient');
    expectTypeOf(iterator.cursor.next).toEqualTypeOf<string | null>();
    expectTypeOf(client.pages('Patient', { resumeFrom: iterator.cursor })).toExtend<
      AsyncIterable<Page<Patient>>
    >();
    const saved: string = JSON.stringify(iterator.cursor);
    expectTypeOf(client.pages('Patient', { resumeFrom: JSON.parse(saved) })).toExtend<
      AsyncIterable<Page<Patient>>
    >();
  });
});
