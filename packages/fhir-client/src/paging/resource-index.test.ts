import type { Observation, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { ResourceIndex } from './resource-index.js';

const base = new URL('https://api.haloconnect.io/integrator/sites/abc/fhir/R4/');
const patient: Patient = { resourceType: 'Patient', id: 'p1' };
const withContained: Observation = {
  resourceType: 'Observation',
  id: 'o1',
  status: 'final',
  code: { text: 'BP' },
  contained: [{ resourceType: 'Patient', id: 'inline' }],
};

describe('ResourceIndex.resolve', () => {
  const index = new ResourceIndex(base);
  index.add(patient, `${base.href}Patient/p1`);
  index.add({ resourceType: 'Patient', id: 'p2' }, 'urn:uuid:7b0d4d70-0000-4000-8000-000000000000');
  index.add(withContained);

  it.each([
    ['Patient/p1', 'p1'],
    ['Patient/p1/_history/3', 'p1'],
    [`${base.href}Patient/p1`, 'p1'],
    ['urn:uuid:7b0d4d70-0000-4000-8000-000000000000', 'p2'],
    ['Patient/p2', 'p2'],
    ['Patient/nope', undefined],
    ['https://elsewhere.example/fhir/Patient/p1', undefined],
    ['', undefined],
  ])('%s → %s', (reference, id) => {
    expect(index.resolve(reference)?.id).toBe(id);
  });

  it('resolves a Reference object, and #id among the contained resources of `from`', () => {
    expect(index.resolve({ reference: 'Patient/p1' })?.id).toBe('p1');
    expect(index.resolve('#inline', { from: withContained })?.id).toBe('inline');
    expect(index.resolve('#inline', { from: patient })).toBeUndefined();
  });

  it('resolves #id without `from` only when exactly one resource seen contains it', () => {
    expect(index.resolve('#inline')?.id).toBe('inline');
    const ambiguous = new ResourceIndex(base);
    ambiguous.add(withContained);
    ambiguous.add({ ...withContained, id: 'o2' });
    expect(ambiguous.resolve('#inline')).toBeUndefined();
  });
});
