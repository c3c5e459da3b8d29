import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { generateSiteData } from '../../data/generate-site-data.js';
import { compileNativePath } from './native-path.js';
import { compileWithFhirpath, findSearchParameter } from './search-parameters.js';

/** The same expression evaluated by fhirpath.js alone, `resolve() is T` written as a reference test. */
const viaFhirpath = (expression: string) =>
  compileWithFhirpath(
    expression.replace(
      /\.where\(resolve\(\) is (\w+)\)/g,
      (_, type: string) => `.where(reference.startsWith('${type}/') or reference.contains('/${type}/'))`,
    ),
  );

describe('native path evaluation', () => {
  it('returns exactly what fhirpath.js returns, for every parameter of every generated resource', () => {
    const data: Resource[] = generateSiteData({ seed: 9, size: 400, now: '2026-11-26T12:00:00+11:00' });
    data.push({
      resourceType: 'Patient',
      id: 'deceased',
      deceasedDateTime: '2020-01-01',
      link: [{ other: { reference: 'Patient/1' }, type: 'seealso' }],
    } as Resource);
    let compared = 0;
    for (const resource of data) {
      for (const [code, definition] of Object.entries(r4SearchParameters[resource.resourceType] ?? {})) {
        if (definition.expression === undefined) continue;
        const ours = findSearchParameter(resource.resourceType, code)?.extract(resource);
        const reference = viaFhirpath(definition.expression)(resource);
        expect(ours, `${resource.resourceType}.${code} of ${resource.id}`).toEqual(reference);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('handles paths into data types, backbone elements, choices, ofType and where', () => {
    expect(compileNativePath('Patient', 'Patient.name.family')).toBeDefined();
    expect(compileNativePath('Appointment', 'Appointment.participant.actor')).toBeDefined();
    expect(compileNativePath('Observation', 'Observation.effective')).toBeDefined();
    expect(compileNativePath('Patient', 'Patient.deceased.ofType(dateTime)')).toBeDefined();
    expect(compileNativePath('Patient', "Patient.telecom.where(system='email')")).toBeDefined();
  });

  it('leaves functions and operators to fhirpath.js', () => {
    expect(
      compileNativePath('Patient', 'Patient.deceased.exists() and Patient.deceased != false'),
    ).toBeUndefined();
    expect(compileNativePath('Patient', 'Patient.name.first()')).toBeUndefined();
    expect(compileNativePath('Patient', 'Observation.code')).toBeUndefined();
    expect(compileNativePath('Patient', 'Patient.notAnElement')).toBeUndefined();
  });
});
