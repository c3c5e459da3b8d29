import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isR4ResourceType,
  isSearchBuildError,
  isUnknownResourceTypeError,
  parseSearch,
  type R4ResourceType,
  r4ResourceTypes,
  search,
  UnknownResourceTypeError,
} from '../index.js';

// What the types refuse, the run time refuses too: plain JavaScript, a cast, or text from a file.
const untyped = (resourceType: string, options?: Parameters<typeof search>[1]) =>
  search(resourceType as R4ResourceType, options);

function thrown(run: () => unknown): UnknownResourceTypeError {
  try {
    run();
  } catch (error) {
    if (isUnknownResourceTypeError(error)) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the resource type, checked at run time against R4', () => {
  it('refuses a misspelt type in search() and parseSearch, naming the nearest R4 type', () => {
    for (const run of [() => untyped('Apointment'), () => parseSearch('Apointment?date=2026-11-26')]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(UnknownResourceTypeError);
      expect(isSearchBuildError(error)).toBe(true);
      expect(error).toMatchObject({
        resourceType: 'Apointment',
        suggestion: 'Appointment',
        parameter: 'resourceType',
      });
      expect(error.message).toBe(
        'Search parameter "resourceType": "Apointment" is not an R4 resource type; did you mean "Appointment"? ' +
          `(got "Apointment"). Accepted: an R4 resource type, e.g. Patient or Appointment; ` +
          `search.custom('Apointment') or rules: 'lenient' for a type the server defines itself.`,
      );
    }
  });

  it('names a case mistake as one, in the builder, in text and in an absolute URL', () => {
    for (const run of [
      () => untyped('patient'),
      () => parseSearch('patient?name=smith'),
      () => parseSearch('https://fhir.example/R4/patient?name=smith'),
    ]) {
      const error = thrown(run);
      expect(error.suggestion).toBe('Patient');
      expect(error.message).toContain('resource types are case-sensitive: did you mean "Patient"?');
    }
  });

  it('refuses under strict and r4 rules; lenient keeps a type the server defines', () => {
    for (const rules of ['strict', 'r4'] as const) {
      expect(() => parseSearch('PracticeRoster?_id=1', { rules })).toThrow(UnknownResourceTypeError);
    }
    expect(parseSearch('PracticeRoster?_id=1', { rules: 'lenient' }).toString()).toBe('PracticeRoster?_id=1');
    expect(untyped('PracticeRoster', { rules: 'lenient' }).toString()).toBe('PracticeRoster');
    expect(thrown(() => untyped('Xyzzy')).suggestion).toBeUndefined();
  });

  it('accepts every R4 type, those without search parameters of their own too', () => {
    expect(r4ResourceTypes()).toHaveLength(145);
    for (const type of r4ResourceTypes()) {
      expect(isR4ResourceType(type)).toBe(true);
      expect(untyped(type).token('_id', 'x').toString()).toBe(`${type}?_id=x`);
    }
    for (const type of ['Resource', 'DomainResource', 'Parameters', 'patient', '']) {
      expect(isR4ResourceType(type)).toBe(false);
    }
  });

  it('suggests the type meant for any one-letter slip of an R4 type name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...r4ResourceTypes()), fc.nat(), (type, at) => {
        const index = at % type.length;
        const typo = type.slice(0, index) + type.slice(index + 1); // one letter dropped
        fc.pre(!isR4ResourceType(typo) && typo !== '');
        const error = thrown(() => parseSearch(`${typo}?_id=1`));
        // The type meant, or another R4 type just as close: never a farther one.
        expect(r4ResourceTypes()).toContain(error.suggestion);
        expect(editDistance(typo.toLowerCase(), (error.suggestion ?? '').toLowerCase())).toBe(1);
      }),
    );
  });
});

describe('search.custom: the escape hatch for a server’s own types', () => {
  it('builds a search on a type R4 does not define, its own parameters through .param', () => {
    const roster = search.custom('PracticeRoster').param('practitioner', 'Practitioner/42').count(10);
    expect(roster.toString()).toBe('PracticeRoster?practitioner=Practitioner/42&_count=10');
    expect(roster.resourceType).toBe('PracticeRoster');
  });

  it('still refuses a name not shaped like a resource type', () => {
    for (const name of ['practiceRoster', 'Practice Roster', '/PracticeRoster', '']) {
      expect(() => search.custom(name)).toThrow(/not shaped like a resource type name/);
    }
  });
});
