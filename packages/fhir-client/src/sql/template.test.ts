import { describe, expect, it } from 'vitest';
import { isInvalidSqlParameterError, SqlDbType, sqlParameter, sqlTemplate, typed } from './index.js';

describe('sqlTemplate', () => {
  it('turns each interpolation into the next @pN parameter with its inferred type', () => {
    const id = 12;
    const name = "O'Brien";
    expect(sqlTemplate`SELECT * FROM Patients WHERE PatientID = ${id} AND Surname = ${name}`).toEqual({
      text: 'SELECT * FROM Patients WHERE PatientID = @p1 AND Surname = @p2',
      type: 'text',
      parameters: [
        { name: '@p1', type: 'Int', direction: 'input', value: '12' },
        { name: '@p2', type: 'NVarChar', direction: 'input', value: "O'Brien" },
      ],
    });
  });

  it('keeps a type forced with typed()', () => {
    const command = sqlTemplate`SELECT ${typed(5, SqlDbType.BigInt)}, ${typed('2024-03-04', 'Date')}`;
    expect(command.parameters).toEqual([
      { name: '@p1', type: 'BigInt', direction: 'input', value: '5' },
      { name: '@p2', type: 'Date', direction: 'input', value: '2024-03-04' },
    ]);
  });

  it('keeps the name, type and direction of a parameter made by sqlParameter, and skips its name for @pN', () => {
    const out = sqlParameter('@p2', null, { type: 'Int', direction: 'output' });
    const command = sqlTemplate`SELECT ${out} = COUNT(*) FROM Notes WHERE PatientID = ${1} AND Kind = ${'x'}`;
    expect(command.text).toBe('SELECT @p2 = COUNT(*) FROM Notes WHERE PatientID = @p1 AND Kind = @p3');
    expect(command.parameters?.map((parameter) => parameter.name)).toEqual(['@p2', '@p1', '@p3']);
    expect(command.parameters?.[0]).toEqual(out);
  });

  it('expands an array for IN (…)', () => {
    const command = sqlTemplate`SELECT * FROM Patients WHERE PatientID IN (${[1, 2, typed(3, 'BigInt')]})`;
    expect(command.text).toBe('SELECT * FROM Patients WHERE PatientID IN (@p1, @p2, @p3)');
    expect(command.parameters?.map((parameter) => parameter.type)).toEqual(['Int', 'Int', 'BigInt']);
  });

  it('sends SQL NULL for null, and accepts Dates, bytes and booleans', () => {
    const command = sqlTemplate`${null} ${new Date('2024-01-02T03:04:05Z')} ${new Uint8Array([1, 2])} ${true}`;
    expect(command.parameters?.map((parameter) => [parameter.type, parameter.value])).toEqual([
      ['NVarChar', null],
      ['DateTime2', '2024-01-02T03:04:05.000'],
      ['VarBinary', 'AQI='],
      ['Bit', '1'],
    ]);
  });

  it.each([
    ['an empty array', () => sqlTemplate`IN (${[]})`, /empty array/],
    [
      'a named parameter twice',
      () => {
        const p = sqlParameter('@x', 1);
        return sqlTemplate`${p} ${p}`;
      },
      /interpolated twice/,
    ],
    ['NaN', () => sqlTemplate`${Number.NaN}`, /NaN|unsupported/],
    ['a lone surrogate', () => sqlTemplate`${'\uDFFF'}`, /lone surrogate at index 0/],
    ['a forced type the value does not fit', () => sqlTemplate`${typed(1.5, 'Int')}`, /not a safe integer/],
  ])('refuses %s before anything is sent', (_, run, message) => {
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidSqlParameterError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
