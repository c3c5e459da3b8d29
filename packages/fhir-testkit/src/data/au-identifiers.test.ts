import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateHpii,
  generateIhi,
  generateMedicareNumber,
  isValidHpii,
  isValidIhi,
  isValidMedicareNumber,
  luhnCheckDigit,
  medicareCheckDigit,
} from './au-identifiers.js';
import { createDraw, createSeededRandom } from './random.js';

/** Changes digit `index` of `value` to a different digit. */
const corrupt = (value: string, index: number, delta: number) =>
  value.slice(0, index) + String((Number(value[index]) + delta) % 10) + value.slice(index + 1);

describe('Australian identifiers', () => {
  it('checks published example numbers', () => {
    // The IHI used in Australian Digital Health Agency examples, and a Medicare number from Services Australia's format.
    expect(isValidIhi('8003608166690503')).toBe(true);
    expect(luhnCheckDigit('800360816669050')).toBe(3);
    expect(medicareCheckDigit('21234567')).toBe(0);
    expect(isValidMedicareNumber('2123456701')).toBe(true);
    expect(isValidMedicareNumber('21234567011')).toBe(true);
  });

  it('generates IHIs: 16 digits, prefix 800360, valid Luhn digit', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const ihi = generateIhi(createDraw(createSeededRandom(seed)));
        expect(ihi).toMatch(/^800360\d{10}$/);
        expect(isValidIhi(ihi)).toBe(true);
        expect(isValidHpii(ihi)).toBe(false);
      }),
    );
    expect(isValidHpii(generateHpii(createDraw(createSeededRandom(1))))).toBe(true);
  });

  it('generates Medicare numbers with IRN whose check digit holds', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const medicare = generateMedicareNumber(createDraw(createSeededRandom(seed)));
        expect(medicare).toMatch(/^[2-6]\d{8}[1-9][1-9]$/);
        expect(isValidMedicareNumber(medicare)).toBe(true);
      }),
    );
  });

  it('notices any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 6, max: 15 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, index, delta) => {
          const ihi = generateIhi(createDraw(createSeededRandom(seed)));
          expect(isValidIhi(corrupt(ihi, index, delta))).toBe(false);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, index, delta) => {
          const medicare = generateMedicareNumber(createDraw(createSeededRandom(seed)));
          // Weights 1,3,7,9 are coprime with 10, so a single changed digit always changes the check digit.
          expect(isValidMedicareNumber(corrupt(medicare, index, delta))).toBe(false);
        },
      ),
    );
  });
});
