import { describe, expect, it } from 'vitest';
import { practitionerIdsOf } from './fault-context.js';

const ids = (query: string, resourceType?: string, id?: string) =>
  practitionerIdsOf(new URLSearchParams(query), resourceType, id);

describe('practitionerIdsOf', () => {
  it('reads typed, bare and absolute practitioner references from the parameters that name GPs', () => {
    expect(ids('practitioner=prac-1')).toEqual(['prac-1']);
    expect(ids('actor=Practitioner/prac-2')).toEqual(['prac-2']);
    expect(ids('actor:Practitioner=prac-3')).toEqual(['prac-3']);
    expect(ids('participant=https://example.test/fhir/Practitioner/prac-4')).toEqual(['prac-4']);
    expect(ids('general-practitioner=prac-5,Practitioner/prac-6')).toEqual(['prac-5', 'prac-6']);
  });

  it('ignores references to other types and bare ids in parameters that name anyone', () => {
    expect(ids('actor=Patient/pat-1')).toEqual([]);
    expect(ids('actor=pat-1')).toEqual([]);
    expect(ids('actor:Patient=pat-1')).toEqual([]);
    expect(ids('patient=Patient/pat-1&status=booked')).toEqual([]);
  });

  it('counts a Practitioner read by its path', () => {
    expect(ids('', 'Practitioner', 'prac-7')).toEqual(['prac-7']);
  });
});
