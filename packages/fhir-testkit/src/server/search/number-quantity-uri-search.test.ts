import type { Observation, RiskAssessment, ValueSet } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const ucum = 'http://unitsofmeasure.org';
const observation = (id: string, value: number, code = 'kg'): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { text: 'weight' },
  valueQuantity: { value, unit: code === 'kg' ? 'kilogram' : code, system: ucum, code },
});
const risk = (id: string, probability: number): RiskAssessment => ({
  resourceType: 'RiskAssessment',
  id,
  status: 'final',
  subject: { reference: 'Patient/1' },
  prediction: [{ probabilityDecimal: probability }],
});
const valueSet = (id: string, url: string): ValueSet => ({
  resourceType: 'ValueSet',
  id,
  status: 'active',
  url,
});

const { ids } = searchFixture([
  observation('o1', 70),
  observation('o2', 80.4),
  observation('o3', 100, 'g'),
  risk('r1', 0.2),
  risk('r2', 0.25),
  risk('r3', 0.8),
  valueSet('v1', 'http://example.org/fhir/ValueSet/a'),
  valueSet('v2', 'http://example.org/fhir/ValueSet/a/b'),
  valueSet('v3', 'http://other.org/ValueSet/c'),
]);

describe('number search', () => {
  it('eq uses the implicit precision of the value', () => {
    expect(ids('RiskAssessment', 'probability=0.2')).toEqual(['r1']);
    expect(ids('RiskAssessment', 'probability=0.25')).toEqual(['r2']);
    // "0.3" covers [0.25, 0.35).
    expect(ids('RiskAssessment', 'probability=0.3')).toEqual(['r2']);
  });

  it('compares with every prefix', () => {
    expect(ids('RiskAssessment', 'probability=gt0.2')).toEqual(['r2', 'r3']);
    expect(ids('RiskAssessment', 'probability=ge0.25')).toEqual(['r2', 'r3']);
    expect(ids('RiskAssessment', 'probability=lt0.25')).toEqual(['r1']);
    expect(ids('RiskAssessment', 'probability=le0.25')).toEqual(['r1', 'r2']);
    expect(ids('RiskAssessment', 'probability=ne0.2')).toEqual(['r2', 'r3']);
    expect(ids('RiskAssessment', 'probability=ap0.75')).toEqual(['r3']);
  });

  it('rejects a value that is not a number', () => {
    expect(() => ids('RiskAssessment', 'probability=high')).toThrowError(/decimal number/);
  });
});

describe('quantity search', () => {
  it('compares the number and, when given, the system and code or unit', () => {
    expect(ids('Observation', 'value-quantity=gt75')).toEqual(['o2', 'o3']);
    expect(ids('Observation', `value-quantity=gt75|${ucum}|kg`)).toEqual(['o2']);
    expect(ids('Observation', 'value-quantity=le80.4||kg')).toEqual(['o1', 'o2']);
    expect(ids('Observation', 'value-quantity=80||kilogram')).toEqual(['o2']);
    expect(ids('Observation', 'value-quantity=100||g')).toEqual(['o3']);
  });

  it('rejects a malformed quantity', () => {
    expect(() => ids('Observation', 'value-quantity=heavy')).toThrowError(/number\|system\|code/);
    expect(() => ids('Observation', `value-quantity=5|${ucum}`)).toThrowError(/number\|system\|code/);
  });
});

describe('uri search', () => {
  it('matches the whole uri, or with :below and :above a prefix', () => {
    expect(ids('ValueSet', 'url=http://example.org/fhir/ValueSet/a')).toEqual(['v1']);
    expect(ids('ValueSet', 'url:below=http://example.org/fhir')).toEqual(['v1', 'v2']);
    expect(ids('ValueSet', 'url:above=http://example.org/fhir/ValueSet/a/b/c')).toEqual(['v1', 'v2']);
  });
});
