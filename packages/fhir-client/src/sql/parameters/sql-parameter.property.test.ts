import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqlParameter } from '../index.js';

describe('sqlParameter keeps every number exactly', () => {
  it('a finite double sent with its inferred type reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parameter = sqlParameter('@v', value);
        expect(Number(parameter.value)).toBe(value === 0 ? 0 : value);
        if (parameter.type === 'Decimal') expect(parameter.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: 10_000 },
    );
  });

  it('a safe integer is an Int or BigInt with its exact digits', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        const parameter = sqlParameter('@v', value);
        expect(parameter.type).toBe(Math.abs(value) < 2 ** 31 || value === -(2 ** 31) ? 'Int' : 'BigInt');
        expect(BigInt(parameter.value!)).toBe(BigInt(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('a Date is its UTC wall-clock time, which reads back as the same instant', () => {
    const date = fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, (value) => {
        const parameter = sqlParameter('@v', value);
        expect(parameter.type).toBe('DateTime2');
        expect(new Date(`${parameter.value}Z`).getTime()).toBe(value.getTime());
      }),
      { numRuns: 10_000 },
    );
  });
});
