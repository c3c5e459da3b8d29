import { describe, expect, it } from 'vitest';
import { inactiveRecordParameters } from './only-active-warning.js';

describe('inactiveRecordParameters', () => {
  it.each([
    ['active=false', ['active=false']],
    ['active=true', []],
    ['active:not=true', ['active:not=true']],
    ['active=true,false', ['active=true,false']],
    ['status=inactive', ['status=inactive']],
    ['status=booked,suspended', ['status=booked,suspended']],
    ['status:not=active', ['status:not=active']],
    ['status=booked', []],
    ['status:not=inactive', []],
    ['name=active', []],
  ])('%s → %j', (query, expected) => {
    expect(inactiveRecordParameters(new URLSearchParams(query))).toEqual(expected);
  });
});
