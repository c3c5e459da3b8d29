import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SearchBuildError, search } from '../index.js';

// Parsed pairs are remembered (entry-memo.ts); these prove the memory never changes a verdict.
describe('remembered pairs', () => {
  it('give the same entry again, frozen, and never a verdict of other rules', () => {
    const first = parseSearchQuery('Patient?x-custom=1', { rules: 'r4' });
    const again = parseSearchQuery('Patient?x-custom=1', { rules: 'r4' });
    expect(again.parameters).toEqual(first.parameters);
    expect(Object.isFrozen(again.parameters[0])).toBe(true);
    expect(() => parseSearchQuery('Patient?x-custom=1', { rules: 'strict' })).toThrow(SearchBuildError);
    expect(parseSearchQuery('Patient?x-custom=1', { rules: 'lenient' }).parameters).toEqual(first.parameters);
  });

  it('never give a verdict of another date profile', () => {
    const url = 'Patient?birthdate=ge2026-11';
    expect(parseSearchQuery(url).parameters).toHaveLength(1);
    expect(() => parseSearchQuery(url, { dates: 'halo' })).toThrow(/a partial date/);
    expect(parseSearchQuery(url).parameters).toHaveLength(1);
  });

  it('never give a verdict of another resource type', () => {
    const strict = { rules: 'strict' } as const;
    expect(search('Patient', strict).token('gender', 'male').toString()).toBe('Patient?gender=male');
    expect(() => search('Observation', strict).param('gender', 'male')).toThrow(
      /no search parameter "gender"/,
    );
  });

  it('give the same entries for a name whose values keep changing, first seen or seen again', () => {
    const parse = (i: number) => parseSearchQuery(`Appointment?practitioner=Practitioner/gp-${i}`).parameters;
    const first = Array.from({ length: 30 }, (_, i) => parse(i));
    for (let i = 0; i < 30; i++) {
      const again = parse(i);
      expect(again).toEqual(first[i]);
      expect(again).toEqual([{ code: 'practitioner', values: [[{ parts: [`Practitioner/gp-${i}`] }]] }]);
      expect(Object.isFrozen(again[0])).toBe(true);
      expect(Object.isFrozen(first[i]![0])).toBe(true);
    }
  });

  it('are not kept when refused: the same bad pair is refused, with the same message, every time', () => {
    const refuse = () => search('Appointment').param('_count', 'ten');
    const messages = [0, 1, 2].map(() => {
      try {
        refuse();
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(messages[0]).toContain('not a page size');
    expect(new Set(messages).size).toBe(1);
  });
});
