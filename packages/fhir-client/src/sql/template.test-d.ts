import { expectTypeOf, test } from 'vitest';
import { type SqlCommand, type SqlParameter, sqlParameter, sqlTemplate, typed } from './index.js';

test('sqlTemplate takes SQL values, typed values, parameters and arrays of them', () => {
  const command = sqlTemplate`SELECT ${1} ${'a'} ${null} ${new Date()} ${new Uint8Array()} ${true} ${1n} ${typed(1, 'BigInt')} ${sqlParameter('@x', 1)} ${[1, 'b', typed(2, 'Int')]}`;
  expectTypeOf(command).toEqualTypeOf<SqlCommand>();
  expectTypeOf(sqlParameter('@x', 1)).toEqualTypeOf<SqlParameter>();
});

test('what is not a SQL value does not compile', () => {
  // @ts-expect-error an object is not a SQL value
  sqlTemplate`SELECT ${{ a: 1 }}`;
  // @ts-expect-error undefined is not a SQL value: use null for SQL NULL
  sqlTemplate`SELECT ${undefined}`;
  // @ts-expect-error Integer is not a Halo parameter type (Int is)
  typed(1, 'Integer');
  // @ts-expect-error the direction vocabulary is closed
  sqlParameter('@x', 1, { direction: 'out' });
  // @ts-expect-error options are an object, never a positional type
  sqlParameter('@x', 1, 'Int');
});
