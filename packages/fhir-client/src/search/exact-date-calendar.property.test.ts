import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateProfile, isSearchBuildError, search } from '../index.js';

// The builder checks exact dates with its own arithmetic (no regex) before the grammar; these properties
// hold it to the calendar, computed here independently with the JavaScript Date.

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of `month`
  return date.getUTCDate();
}

interface Candidate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: readonly [hour: number, minute: number, second: number] | null;
}

// Around and beyond every boundary: month 0 and 13, day 0 and 32, hour 24, minute and second 60 and 61.
const candidate: fc.Arbitrary<Candidate> = fc.record({
  year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 1900, 2000, 2024, 2100)),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  time: fc.option(
    fc.tuple(
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
    ),
  ),
});

function text({ year, month, day, time }: Candidate): string {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return time === null ? date : `${date}T${pad(time[0], 2)}:${pad(time[1], 2)}:${pad(time[2], 2)}`;
}

function isReal({ year, month, day, time }: Candidate, profile: DateProfile): boolean {
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (time === null) return true;
  const [hour, minute, second] = time;
  // R4 dateTime allows a leap second; Halo's form does not.
  return hour <= 23 && minute <= 59 && second <= (profile === 'fhir' ? 60 : 59);
}

function accepts(profile: DateProfile, value: string): boolean {
  try {
    return search('Appointment', { dates: profile })
      .date('date', { ge: value })
      .toString()
      .endsWith(`=ge${value}`);
  } catch (error) {
    if (isSearchBuildError(error)) return false;
    throw error;
  }
}

describe('exact dates against the calendar', () => {
  it.each(['halo', 'fhir'] as const)('accepts exactly the real dates and times (%s profile)', (profile) => {
    fc.assert(
      fc.property(candidate, (c) => {
        expect(accepts(profile, text(c))).toBe(isReal(c, profile));
      }),
      { numRuns: 3000 },
    );
  });

  it('under the Halo profile accepts nothing outside YYYY-MM-DD[Thh:mm:ss], whatever one character is changed', () => {
    const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/;
    const mutated = fc
      .tuple(
        candidate.map(text),
        fc.nat(),
        fc.constantFrom('+', ' ', 'Z', 't', '/', '.', '٣', '０', 'a', ':', '-', '9'),
      )
      .map(([value, at, character]) => {
        const index = at % value.length;
        return value.slice(0, index) + character + value.slice(index + 1);
      });
    fc.assert(
      fc.property(mutated, (value) => {
        if (accepts('halo', value)) expect(value).toMatch(shape);
      }),
      { numRuns: 3000 },
    );
  });
});
