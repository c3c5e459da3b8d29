import type { Observation } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const loinc = 'http://loinc.org';
const ucum = 'http://unitsofmeasure.org';
const bloodPressure = (id: string, systolic: number, diastolic: number): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: loinc, code: '85354-9' }] },
  component: [
    {
      code: { coding: [{ system: loinc, code: '8480-6' }] },
      valueQuantity: { value: systolic, system: ucum, code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: loinc, code: '8462-4' }] },
      valueQuantity: { value: diastolic, system: ucum, code: 'mm[Hg]' },
    },
  ],
});
const weight = (id: string, kg: number): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: loinc, code: '29463-7' }] },
  valueQuantity: { value: kg, system: ucum, code: 'kg' },
});

const { ids } = searchFixture([
  bloodPressure('bp-high', 150, 85),
  bloodPressure('bp-low-diastolic', 120, 95),
  weight('w', 150),
]);

describe('composite search', () => {
  it('matches when one element satisfies every component together', () => {
    expect(ids('Observation', `component-code-value-quantity=${loinc}|8480-6$gt140`)).toEqual(['bp-high']);
    // 95 is a diastolic value: the systolic component of that Observation is 120.
    expect(ids('Observation', `component-code-value-quantity=${loinc}|8480-6$gt90`)).toEqual([
      'bp-high',
      'bp-low-diastolic',
    ]);
    expect(ids('Observation', `component-code-value-quantity=8462-4$ge95`)).toEqual(['bp-low-diastolic']);
  });

  it('reads the resource itself for code-value-quantity, and the union for combo-', () => {
    expect(ids('Observation', `code-value-quantity=${loinc}|29463-7$gt100|${ucum}|kg`)).toEqual(['w']);
    expect(ids('Observation', 'combo-code-value-quantity=8480-6$gt140,29463-7$gt140')).toEqual([
      'bp-high',
      'w',
    ]);
  });

  it('asks for one value per component', () => {
    expect(() => ids('Observation', 'code-value-quantity=29463-7')).toThrowError(/2 values joined by \$/);
  });
});
