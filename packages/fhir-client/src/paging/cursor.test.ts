import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PagingCursor, readPagingCursor } from './cursor.js';

const expected = { base: 'https://h.example/fhir/', resourceType: 'Appointment', query: '_count=5' };
const valid: PagingCursor = {
  version: 1,
  base: 'https://h.example/fhir/',
  resourceType: 'Appointment',
  query: '_count=5',
  next: 'https://h.example/fhir/Appointment?_cursor=1',
  done: false,
  pagesDelivered: 1,
  followed: ['https://h.example/fhir/Appointment?_count=5'],
  yielded: { matches: ['Appointment/1'], included: ['Patient/2'] },
};

describe('readPagingCursor', () => {
  it('reads a cursor back after a JSON round trip', () => {
    expect(readPagingCursor(JSON.parse(JSON.stringify(valid)), expected)).toEqual(valid);
  });

  it('reads back any cursor it could have written, unchanged (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const cursor = fc.record({
      version: fc.constant(1 as const),
      base: fc.webUrl(),
      resourceType: fc.constantFrom('Appointment', 'Patient'),
      query: text,
      next: fc.option(fc.webUrl(), { nil: null }),
      done: fc.boolean(),
      pagesDelivered: fc.nat(),
      followed: fc.array(fc.webUrl(), { maxLength: 5 }),
      yielded: fc.record({
        matches: fc.array(text, { maxLength: 5 }),
        included: fc.array(text, { maxLength: 5 }),
      }),
    });
    fc.assert(
      fc.property(cursor, (written) => {
        const read = readPagingCursor(JSON.parse(JSON.stringify(written)), written);
        expect(read).toEqual(written);
      }),
    );
  });

  it.each([
    [null, /not an object/],
    [{ ...valid, version: 2 }, /version 2/],
    [{ ...valid, base: 'https://other.example/fhir/' }, /belongs to the FHIR base https:\/\/other.example/],
    [{ ...valid, query: '_count=6' }, /belongs to the search Appointment\?_count=6/],
    [{ ...valid, next: 5 }, /next\/done/],
    [{ ...valid, pagesDelivered: -1 }, /pagesDelivered/],
    [{ ...valid, yielded: { matches: [1], included: [] } }, /followed\/yielded/],
    [{ ...valid, followed: undefined }, /followed\/yielded/],
  ])('refuses %j with InvalidCursorError', (value, message) => {
    expect(() => readPagingCursor(value, expected)).toThrow(message);
    expect(() => readPagingCursor(value, expected)).toThrow(
      expect.objectContaining({ name: 'InvalidCursorError' }),
    );
  });
});
