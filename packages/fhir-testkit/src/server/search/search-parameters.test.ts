import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import { describe, expect, it } from 'vitest';
import { findSearchParameter } from './search-parameters.js';

describe('R4 search parameter expressions', () => {
  it('compiles and evaluates every expression of the generated table', () => {
    let evaluated = 0;
    for (const [type, params] of Object.entries(r4SearchParameters)) {
      if (type === 'Resource') continue;
      for (const code of Object.keys(params)) {
        const parameter = findSearchParameter(type, code);
        expect(parameter, `${type}.${code}`).toBeDefined();
        expect(() => parameter?.extract({ resourceType: type } as never)).not.toThrow();
        evaluated += 1;
      }
    }
    expect(evaluated).toBeGreaterThan(1300);
  });

  it('reads "resolve() is Patient" from the reference itself, relative or absolute', () => {
    const patient = findSearchParameter('Condition', 'patient');
    const values = (subject: string) =>
      patient?.extract({ resourceType: 'Condition', subject: { reference: subject } } as never).length;
    expect(values('Patient/1')).toBe(1);
    expect(values('https://example.org/fhir/Patient/1')).toBe(1);
    expect(values('Group/1')).toBe(0);
  });

  it('compiles each expression once and reuses it', () => {
    expect(findSearchParameter('Patient', 'name')).toBe(findSearchParameter('Patient', 'name'));
  });

  it('knows the common parameters on every type and nothing invented', () => {
    expect(findSearchParameter('Slot', '_lastUpdated')?.type).toBe('date');
    expect(findSearchParameter('Slot', '_id')?.type).toBe('token');
    expect(findSearchParameter('Patient', 'shoe-size')).toBeUndefined();
    expect(findSearchParameter('NotAType', 'name')).toBeUndefined();
  });
});
