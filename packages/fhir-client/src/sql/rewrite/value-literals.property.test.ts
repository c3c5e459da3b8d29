import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SqlDbType } from '../index.js';
import { decodedNumber, decodedText, roundTrip } from './test-support/round-trip.js';

const runs = { numRuns: 10_000 };

describe('binary literals read back as exactly the original bytes', () => {
  it.each(['VarBinary', 'Binary', 'Image'] as const)('%s', (type) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const read = roundTrip(type, Buffer.from(bytes).toString('base64'));
        expect(read.declared).toBe('VARBINARY(MAX)');
        expect(read.value).toEqual({ kind: 'binary', hex: Buffer.from(bytes).toString('hex').toUpperCase() });
      }),
      runs,
    );
  });

  it('VarBinary around and far past 8 000 bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 7_990, max: 8_010 }), fc.integer({ min: 100_000, max: 300_000 })),
        (length) => {
          const bytes = Uint8Array.from({ length }, (_, index) => (index * 151) % 256);
          const read = roundTrip('VarBinary', Buffer.from(bytes).toString('base64'));
          expect(read.value).toEqual({
            kind: 'binary',
            hex: Buffer.from(bytes).toString('hex').toUpperCase(),
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

const integerRanges: [SqlDbType, bigint, bigint, string][] = [
  ['TinyInt', 0n, 255n, 'TINYINT'],
  ['SmallInt', -32768n, 32767n, 'SMALLINT'],
  ['Int', -2147483648n, 2147483647n, 'INT'],
  ['BigInt', -9223372036854775808n, 9223372036854775807n, 'BIGINT'],
];

describe('integer literals read back as the same integer, and out-of-range values are refused', () => {
  it.each(integerRanges)('%s', (type, min, max, declared) => {
    const inRange = fc.bigInt({ min, max });
    const padded = fc.tuple(inRange, fc.nat(3)).map(([value, zeros]) => {
      const digits = (value < 0n ? -value : value).toString();
      return `${value < 0n ? '-' : ''}${'0'.repeat(zeros)}${digits}`;
    });
    fc.assert(
      fc.property(padded, (text) => {
        const read = roundTrip(type, text);
        expect(read.declared).toBe(declared);
        expect(BigInt(decodedNumber(read.value))).toBe(BigInt(text));
      }),
      runs,
    );
    const outside = fc.oneof(
      fc.bigInt({ min: max + 1n, max: max * 4n + 4n }),
      fc.bigInt({ min: min * 4n - 4n, max: min - 1n }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => roundTrip(type, value.toString())).toThrow(
          new RegExp(`not a valid ${type} \\(out of range\\)`),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('bit literals', () => {
  it('1, 0, true and false in any case read back as 1 or 0', () => {
    const spelling = fc.constantFrom('1', '0', 'true', 'false', 'TRUE', 'False');
    fc.assert(
      fc.property(spelling, (text) => {
        const read = roundTrip('Bit', text);
        expect(read.declared).toBe('BIT');
        expect(decodedNumber(read.value)).toBe(/^(1|true)$/i.test(text) ? '1' : '0');
      }),
      runs,
    );
  });
});

/** An exact decimal as an integer count of 10^-scale units, for comparing values independently of form. */
function exact(text: string): { units: bigint; scale: number } {
  const [whole = '', fraction = ''] = text.split('.');
  return {
    units: BigInt(whole.replace('-', '') + fraction) * (text.startsWith('-') ? -1n : 1n),
    scale: fraction.length,
  };
}

function sameExact(left: string, right: string): boolean {
  const a = exact(left);
  const b = exact(right);
  return a.units * 10n ** BigInt(b.scale) === b.units * 10n ** BigInt(a.scale);
}

const decimalText = (maxDigits: number, maxScale: number) =>
  fc.tuple(fc.boolean(), fc.integer({ min: 0, max: maxScale }), fc.nat(2)).chain(([negative, scale, zeros]) =>
    fc.bigInt({ min: 0n, max: 10n ** BigInt(maxDigits) - 1n }).map((units) => {
      const digits = units.toString().padStart(scale + 1, '0');
      const whole = '0'.repeat(zeros) + digits.slice(0, digits.length - scale);
      return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${digits.slice(-scale)}` : ''}`;
    }),
  );

describe('exact numeric literals read back as the same value, declared wide enough', () => {
  it('Decimal: up to 38 digits, DECIMAL(38, s) with s the decimals of the value', () => {
    fc.assert(
      fc.property(decimalText(38, 38), (text) => {
        const read = roundTrip('Decimal', text);
        expect(sameExact(decodedNumber(read.value), text)).toBe(true);
        expect(read.declared).toBe(`DECIMAL(38, ${exact(text).scale})`);
      }),
      runs,
    );
  });

  it.each([
    ['Money', 9223372036854775807n, 'MONEY'],
    ['SmallMoney', 2147483647n, 'SMALLMONEY'],
  ] as const)('%s', (type, limit, declared) => {
    fc.assert(
      fc.property(decimalText(type === 'Money' ? 18 : 9, 4), (text) => {
        const { units, scale } = exact(text);
        const tenThousandths = units * 10n ** BigInt(4 - scale);
        fc.pre(tenThousandths <= limit && tenThousandths >= -limit - 1n);
        const read = roundTrip(type, text);
        expect(read.declared).toBe(declared);
        expect(sameExact(decodedNumber(read.value), text)).toBe(true);
      }),
      runs,
    );
  });
});

describe('float literals read back as the same double (or single, for Real)', () => {
  const floatText = fc
    .oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc
        .tuple(fc.integer(), fc.nat(999_999), fc.integer({ min: -300, max: 300 }))
        .map(([a, b, e]) => `${a}.${b}e${e}`),
      fc.tuple(fc.integer(), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
    )
    .map((text) => text.replace('e+', 'E+'));
  it('Float', () => {
    fc.assert(
      fc.property(floatText, (text) => {
        fc.pre(Number.isFinite(Number(text)) && (Number(text) !== 0 || /^-?[0.]+(e|E|$)/.test(text)));
        const read = roundTrip('Float', text);
        expect(read.declared).toBe('FLOAT');
        const literal = decodedNumber(read.value);
        expect(literal).toMatch(/[eE]/); // a float constant, never read as an exact decimal first
        expect(Number(literal)).toBe(Number(text));
      }),
      runs,
    );
  });

  it('Real', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }).map(String), (text) => {
        fc.pre(Math.fround(Number(text)) !== 0 || Number(text) === 0);
        const read = roundTrip('Real', text);
        expect(read.declared).toBe('REAL');
        expect(Math.fround(Number(decodedNumber(read.value)))).toBe(Math.fround(Number(text)));
      }),
      runs,
    );
  });
});

describe('uniqueidentifier literals', () => {
  it('read back as the same GUID text', () => {
    fc.assert(
      fc.property(fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8] }), fc.boolean(), (uuid, upper) => {
        const text = upper ? uuid.toUpperCase() : uuid;
        const read = roundTrip('UniqueIdentifier', text);
        expect(read.declared).toBe('UNIQUEIDENTIFIER');
        expect(decodedText(read.value)).toBe(text);
      }),
      runs,
    );
  });
});
