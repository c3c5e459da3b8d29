import type { Bundle, FhirResource } from 'fhir/r4.js';
import { describe, expectTypeOf, it } from 'vitest';
import { createFhirClient, type Page, type R4ResourceType, type SearchBuilder, search } from '../index.js';

describe('the resource type of search()', () => {
  it('is an R4 resource type: a misspelt or lower-case one does not compile', () => {
    expectTypeOf(search('Appointment')).toEqualTypeOf<SearchBuilder<'Appointment'>>();
    expectTypeOf(search('Binary').token('_id', 'b1')).toEqualTypeOf<SearchBuilder<'Binary'>>();
    // @ts-expect-error not an R4 resource type
    search('Apointment');
    // @ts-expect-error resource types are case-sensitive
    search('patient');
    const typed: string = 'Patient';
    // @ts-expect-error a plain string may name anything: use parseSearch or search.custom
    search(typed);
  });

  it('R4ResourceType is every resource type @types/fhir knows, but Parameters (not searched)', () => {
    expectTypeOf<R4ResourceType>().toEqualTypeOf<Exclude<FhirResource['resourceType'], 'Parameters'>>();
  });

  it('has an explicit escape hatch for a server’s own types: search.custom', () => {
    const roster = search.custom('PracticeRoster').param('practitioner', 'Practitioner/42');
    expectTypeOf(roster).toEqualTypeOf<SearchBuilder<'PracticeRoster'>>();
    // Only the parameters every resource has are typed on a custom type.
    expectTypeOf(search.custom('PracticeRoster').token('_id', 'r1')).toEqualTypeOf<
      SearchBuilder<'PracticeRoster'>
    >();
    // @ts-expect-error a custom type has no typed `name` parameter: use .param
    search.custom('PracticeRoster').string('name', 'x');
  });
});

describe('client searches', () => {
  const client = createFhirClient({ baseUrl: 'https://fhir.example/R4' });

  it('take a plain string (checked at run time) as plain resources', () => {
    const text: string = process.argv[2] ?? 'Patient?name=smith';
    expectTypeOf(client.search(text)).resolves.toEqualTypeOf<Bundle>();
    expectTypeOf(client.pages(text)).toExtend<AsyncIterable<Page>>();
    expectTypeOf(client.resources(text)).toExtend<AsyncIterable<FhirResource | object>>();
    expectTypeOf(client.collect(text)).resolves.toHaveProperty('matches');
  });

  it('still refuse a misspelt literal, and type a correct one', () => {
    expectTypeOf(client.search('Appointment?date=2026-11-26')).resolves.toEqualTypeOf<
      Bundle<import('fhir/r4.js').Appointment>
    >();
    // @ts-expect-error not an R4 resource type
    void client.search('Apointment?date=2026-11-26');
    // @ts-expect-error not an R4 resource type
    void client.pages('patient?name=x');
    // @ts-expect-error not an R4 resource type
    void client.collect('Pateint');
  });

  it('accept a custom-type builder as plain resources', () => {
    expectTypeOf(client.search(search.custom('PracticeRoster'))).resolves.toEqualTypeOf<Bundle>();
  });
});
