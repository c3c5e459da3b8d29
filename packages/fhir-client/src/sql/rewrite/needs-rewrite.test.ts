import { describe, expect, it } from 'vitest';
import { needsStoredProcedureRewrite, type SqlCommand, type SqlParameter } from '../index.js';

const call = (...parameters: SqlParameter[]): SqlCommand => ({
  text: 'dbo.sp_X',
  type: 'storedProcedure',
  parameters,
});
const base64OfBytes = (length: number) => Buffer.alloc(length, 7).toString('base64');

describe('needsStoredProcedureRewrite (reference §6.2)', () => {
  it.each<[string, SqlParameter, boolean]>([
    ['NVarChar of 4 000 characters', { name: '@v', type: 'NVarChar', value: 'a'.repeat(4000) }, false],
    ['NVarChar of 4 001 characters (must)', { name: '@v', type: 'NVarChar', value: 'a'.repeat(4001) }, true],
    ['String counts as NVarChar', { name: '@v', type: 'String', value: 'a'.repeat(4001) }, true],
    ['2 000 emoji are 4 000 UTF-16 units', { name: '@v', type: 'NVarChar', value: '😀'.repeat(2000) }, false],
    ['2 001 emoji are 4 002 UTF-16 units', { name: '@v', type: 'NVarChar', value: '😀'.repeat(2001) }, true],
    ['VarBinary of 8 000 bytes', { name: '@v', type: 'VarBinary', value: base64OfBytes(8000) }, false],
    [
      'VarBinary of 8 001 bytes (must; decoded, not base64 length)',
      { name: '@v', type: 'VarBinary', value: base64OfBytes(8001) },
      true,
    ],
    [
      'VarBinary of 6 001 bytes (base64 over 8 000 characters)',
      { name: '@v', type: 'VarBinary', value: base64OfBytes(6001) },
      false,
    ],
    ['VarChar of 8 000 characters', { name: '@v', type: 'VarChar', value: 'a'.repeat(8000) }, false],
    ['VarChar of 8 001 characters (should)', { name: '@v', type: 'VarChar', value: 'a'.repeat(8001) }, true],
    ['Char of 8 001 characters (should)', { name: '@v', type: 'Char', value: 'a'.repeat(8001) }, true],
    ['Text of 8 001 characters (should)', { name: '@v', type: 'Text', value: 'a'.repeat(8001) }, true],
    ['NChar of 4 001 characters (should)', { name: '@v', type: 'NChar', value: 'a'.repeat(4001) }, true],
    ['NText of 4 001 characters (should)', { name: '@v', type: 'NText', value: 'a'.repeat(4001) }, true],
    ['Xml of 4 001 characters (should)', { name: '@v', type: 'Xml', value: 'a'.repeat(4001) }, true],
    ['Binary of 8 001 bytes (should)', { name: '@v', type: 'Binary', value: base64OfBytes(8001) }, true],
    ['Image of 8 001 bytes (should)', { name: '@v', type: 'Image', value: base64OfBytes(8001) }, true],
    ['Image of 8 000 bytes', { name: '@v', type: 'Image', value: base64OfBytes(8000) }, false],
    [
      'an inputOutput counts',
      { name: '@v', type: 'NVarChar', direction: 'inputOutput', value: 'a'.repeat(4001) },
      true,
    ],
    [
      'an output value does not count',
      { name: '@v', type: 'NVarChar', direction: 'output', value: 'a'.repeat(4001) },
      false,
    ],
    [
      'a returnValue does not count',
      { name: '@v', type: 'NVarChar', direction: 'returnValue', value: 'a'.repeat(4001) },
      false,
    ],
    ['NULL does not count', { name: '@v', type: 'NVarChar', value: null }, false],
    ['an Int never counts', { name: '@v', type: 'Int', value: '1'.repeat(9000) }, false],
  ])('%s → %s', (_, parameter, expected) => {
    expect(needsStoredProcedureRewrite(call(parameter))).toBe(expected);
  });

  it('is false for text commands, whatever their parameters', () => {
    const large = { name: '@v', type: 'NVarChar', value: 'a'.repeat(5000) } as const;
    expect(needsStoredProcedureRewrite({ text: 'SELECT @v', parameters: [large] })).toBe(false);
    expect(
      needsStoredProcedureRewrite({ text: 'SELECT @v', type: 'text', parameters: [large] }, { always: true }),
    ).toBe(false);
  });

  it('is true for every storedProcedure command with always', () => {
    expect(needsStoredProcedureRewrite(call(), { always: true })).toBe(true);
    expect(needsStoredProcedureRewrite(call())).toBe(false);
  });
});
