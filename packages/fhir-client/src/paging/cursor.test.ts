import { describe, expect, it } from 'vitest';
import { type PagingCursor, readPagingCursor } from './cursor.js';

const expected = { resourceType: 'Appointment', query: '_count=5' };
const valid: PagingCursor = {
  version: 1,
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

  it.each([
    [null, /not an object/],
    [{ ...valid, version: 2 }, /version 2/],
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
