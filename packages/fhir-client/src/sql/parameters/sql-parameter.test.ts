import { describe, expect, it } from 'vitest';
import { isFhirClientError } from '../../errors/fhir-client-error.js';
import {
  type InvalidSqlParameterError,
  isInvalidSqlParameterError,
  type SqlDbType,
  type SqlParameter,
  type SqlValue,
  sqlParameter,
  validateSqlParameter,
} from '../index.js';

function thrown(run: () => unknown): InvalidSqlParameterError {
  try {
    run();
  } catch (error) {
    if (isInvalidSqlParameterError(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidSqlParameterError');
}

describe('sqlParameter infers the type from the JS value', () => {
  const cases: [string, SqlValue, SqlDbType, string | null][] = [
    ['a 32-bit integer', 42, 'Int', '42'],
    ['the smallest Int', -(2 ** 31), 'Int', '-2147483648'],
    ['an integer past 32 bits', 2 ** 31, 'BigInt', '2147483648'],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER, 'BigInt', '9007199254740991'],
    ['negative zero', -0, 'Int', '0'],
    ['a bigint', 9223372036854775807n, 'BigInt', '9223372036854775807'],
    ['a fraction', 0.1, 'Decimal', '0.1'],
    ['a small fraction in exponent form', 1.5e-7, 'Decimal', '0.00000015'],
    ['an integer past safe range', 1e21, 'Decimal', '1000000000000000000000'],
    ['a number past 38 digits', 1e-40, 'Float', '1e-40'],
    ['the largest double', Number.MAX_VALUE, 'Float', '1.7976931348623157e+308'],
    ['a string', "O'Brien", 'NVarChar', "O'Brien"],
    ['true', true, 'Bit', '1'],
    ['false', false, 'Bit', '0'],
    [
      'a Date, as UTC wall-clock time',
      new Date('2024-03-04T05:06:07.123+10:00'),
      'DateTime2',
      '2024-03-03T19:06:07.123',
    ],
    ['bytes', new Uint8Array([0, 255, 16]), 'VarBinary', 'AP8Q'],
    ['empty bytes', new Uint8Array(), 'VarBinary', ''],
    ['null', null, 'NVarChar', null],
  ];
  it.each(cases)('%s', (_, value, type, wire) => {
    expect(sqlParameter('@v', value)).toEqual({ name: '@v', type, direction: 'input', value: wire });
  });
});

describe('sqlParameter with an explicit type', () => {
  const cases: [string, SqlValue, SqlDbType, string | null][] = [
    ['a number as BigInt', 5, 'BigInt', '5'],
    ['a number as Money', 12.5, 'Money', '12.5'],
    ['a number as Float', 0.1, 'Float', '0.1'],
    ['a bigint as Decimal', 10n ** 30n, 'Decimal', '1000000000000000000000000000000'],
    ['a string as Int', '12', 'Int', '12'],
    ['a string as VarBinary (base64)', 'AP8Q', 'VarBinary', 'AP8Q'],
    ['a Date as Date at UTC midnight', new Date('2024-03-04T00:00:00Z'), 'Date', '2024-03-04'],
    [
      'a Date as DateTimeOffset',
      new Date('2024-03-04T05:06:07.123Z'),
      'DateTimeOffset',
      '2024-03-04T05:06:07.123+00:00',
    ],
    ['a Date as Time', new Date('2024-03-04T05:06:07.123Z'), 'Time', '05:06:07.123'],
    ['a Date as NVarChar', new Date('2024-03-04T05:06:07.123Z'), 'NVarChar', '2024-03-04T05:06:07.123Z'],
    ['bytes as Image', new Uint8Array([1]), 'Image', 'AQ=='],
    ['null as Int', null, 'Int', null],
    ['1 as Bit', 1, 'Bit', '1'],
  ];
  it.each(cases)('%s', (_, value, type, wire) => {
    expect(sqlParameter('v', value, { type })).toEqual({ name: '@v', type, direction: 'input', value: wire });
  });

  it('sends output parameters without a value, with their size', () => {
    expect(sqlParameter('@NoteID', null, { type: 'Int', direction: 'output', size: 4 })).toEqual({
      name: '@NoteID',
      type: 'Int',
      direction: 'output',
      size: 4,
    });
  });

  it('returns a frozen parameter', () => {
    expect(Object.isFrozen(sqlParameter('@v', 1))).toBe(true);
  });
});

describe('sqlParameter refuses values with no exact form', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['NaN', () => sqlParameter('@v', Number.NaN), /unsupported kind|NaN/],
    ['Infinity as Float', () => sqlParameter('@v', Number.POSITIVE_INFINITY, { type: 'Float' }), /Infinity/],
    ['a fraction as Int', () => sqlParameter('@v', 1.5, { type: 'Int' }), /not a safe integer/],
    [
      'an integer out of Int range',
      () => sqlParameter('@v', '2147483648', { type: 'Int' }),
      /not a valid Int/,
    ],
    [
      'a bigint out of BigInt range',
      () => sqlParameter('@v', 2n ** 63n),
      /not a valid BigInt \(out of range\)/,
    ],
    ['2 as Bit', () => sqlParameter('@v', 2, { type: 'Bit' }), /is 2/],
    ['5 decimals as Money', () => sqlParameter('@v', 1.23456, { type: 'Money' }), /more than 4 decimals/],
    ['an invalid Date', () => sqlParameter('@v', new Date(Number.NaN)), /invalid Date/],
    ['a year past 9999', () => sqlParameter('@v', new Date('+010000-01-01T00:00:00Z')), /outside years/],
    [
      'a Date with a time as Date',
      () => sqlParameter('@v', new Date('2024-03-04T01:00:00Z'), { type: 'Date' }),
      /YYYY-MM-DD/,
    ],
    [
      'bytes as NVarChar',
      () => sqlParameter('@v', new Uint8Array([1]), { type: 'NVarChar' }),
      /cannot be sent as NVarChar/,
    ],
    ['true as Int', () => sqlParameter('@v', true, { type: 'Int' }), /cannot be sent as Int/],
    ['a lone surrogate', () => sqlParameter('@v', 'a\uD800b'), /lone surrogate at index 1/],
    ['invalid base64', () => sqlParameter('@v', 'AP8', { type: 'VarBinary' }), /not valid base64/],
    ['undefined', () => sqlParameter('@v', undefined as unknown as null), /use null for SQL NULL/],
    ['an output with a value', () => sqlParameter('@v', 1, { direction: 'output' }), /inputOutput/],
    ['a name with a space', () => sqlParameter('@x y', 1), /invalid parameter name/],
    ['a negative size', () => sqlParameter('@v', 'a', { size: -2 }), /size -2/],
  ];
  it.each(cases)('%s', (_, run, message) => {
    const error = thrown(run);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Send .+\. Nothing was sent\.$/);
    expect(error.name).toBe('InvalidSqlParameterError');
    expect(isFhirClientError(error)).toBe(true);
  });

  it('never repeats a string value in the message', () => {
    const error = thrown(() => sqlParameter('@v', 'secret patient note \uDC00'));
    expect(error.message).not.toContain('secret');
    expect(error).toMatchObject({
      parameter: '@v',
      sqlType: 'NVarChar',
      problem: expect.stringContaining('index 20'),
    });
  });
});

describe('validateSqlParameter checks a wire parameter', () => {
  const valid: SqlParameter[] = [
    { name: 'id', type: 'Int', value: '-12' },
    { name: '@when', type: 'DateTime', value: '2024-03-04 05:06:07.123' },
    { name: '@at', type: 'DateTimeOffset', value: '2024-03-04T05:06:07Z' },
    { name: '@g', type: 'UniqueIdentifier', value: '6F9619FF-8B86-D011-B42D-00C04FC964FF' },
    { name: '@t', type: 'Structured', value: 'anything' },
    { name: '@out', type: 'Int', direction: 'output', value: 'ignored for outputs' },
    { name: '@m', type: 'SmallMoney', value: '-214748.3648' },
  ];
  it.each(valid)('accepts $type $value', (parameter) => {
    expect(validateSqlParameter(parameter).name).toMatch(/^@/);
  });

  const invalid: [SqlParameter, RegExp][] = [
    [{ name: '@v', type: 'Nope' as SqlDbType, value: '1' }, /unknown type "Nope"/],
    [{ name: '@v', type: 'Int', direction: 'sideways' as 'input', value: '1' }, /unknown direction/],
    [{ name: '@v', type: 'Int', value: 1 as unknown as string }, /number value on the wire/],
    [
      { name: '@v', type: 'DateTime', value: '2024-03-04T05:06:07+10:00' },
      /offset is only accepted for DateTimeOffset/,
    ],
    [{ name: '@v', type: 'DateTime', value: '2024-03-04T05:06:07.1234' }, /more than 3 fractional/],
    [{ name: '@v', type: 'DateTime', value: '1752-12-31' }, /before 1753/],
    [{ name: '@v', type: 'SmallDateTime', value: '2079-06-07' }, /outside 1900-01-01..2079-06-06/],
    [{ name: '@v', type: 'Date', value: '2023-02-29' }, /no such date/],
    [{ name: '@v', type: 'Time', value: '24:00:00' }, /no such time/],
    [{ name: '@v', type: 'DateTimeOffset', value: '2024-03-04T05:06:07' }, /no offset/],
    [{ name: '@v', type: 'DateTimeOffset', value: '2024-03-04T05:06:07+14:01' }, /offset outside/],
    [{ name: '@v', type: 'Decimal', value: '1e3' }, /not a valid Decimal/],
    [{ name: '@v', type: 'Decimal', value: `${'9'.repeat(30)}.${'1'.repeat(9)}` }, /38 digits/],
    [{ name: '@v', type: 'Real', value: '1e39' }, /out of range/],
    [{ name: '@v', type: 'Float', value: '1e-400' }, /too small/],
    [{ name: '@v', type: 'Bit', value: 'yes' }, /not a valid Bit/],
    [
      { name: '@v', type: 'UniqueIdentifier', value: '{6F9619FF-8B86-D011-B42D-00C04FC964FF}' },
      /not a valid UniqueIdentifier/,
    ],
    [{ name: '@v', type: 'TinyInt', value: '-1' }, /out of range/],
    [{ name: '@v', type: 'VarBinary', value: 'AA==AA==' }, /unexpected character at index 2/],
    [{ name: '@v', type: 'VarBinary', value: 'A===' }, /more than two =/],
    [{ name: '@@rowcount', type: 'Int', value: '1' }, /reserved for system functions/],
    [{ name: '@', type: 'Int', value: '1' }, /it is empty/],
  ];
  it.each(invalid)('refuses %j', (parameter, message) => {
    expect(thrown(() => validateSqlParameter(parameter)).message).toMatch(message);
  });
});
