import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyValuePaths } from './empty-values.js';

/** JSON values with no empty array, object or string anywhere. */
const fullJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ minLength: 1 }),
    fc.integer(),
    fc.boolean(),
    fc.array(tie('value'), { minLength: 1, maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('value'), { minKeys: 1, maxKeys: 4 }),
  ),
})).value;

const empties = fc.constantFrom<unknown>('', [], {});

/** Puts `empty` somewhere inside `value` (or replaces it) and returns the new value and the path. */
function plant(value: unknown, empty: unknown, choice: number, path = '$'): [unknown, string] {
  if (Array.isArray(value) && choice % 3 !== 0) {
    const index = choice % value.length;
    const [child, at] = plant(value[index], empty, Math.floor(choice / 3), `${path}[${index}]`);
    return [value.map((v, i) => (i === index ? child : v)), at];
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && choice % 3 !== 0) {
    const keys = Object.keys(value);
    const key = keys[choice % keys.length] as string;
    const [child, at] = plant(
      (value as Record<string, unknown>)[key],
      empty,
      Math.floor(choice / 3),
      `${path}.${key}`,
    );
    return [{ ...value, [key]: child }, at];
  }
  return [empty, path];
}

describe('emptyValuePaths', () => {
  it('finds nothing in JSON without empty values', () => {
    fc.assert(fc.property(fullJson, (value) => emptyValuePaths(value).length === 0));
  });

  it('finds an empty array, object or string planted anywhere, at its path', () => {
    fc.assert(
      fc.property(fullJson, empties, fc.nat(), (value, empty, choice) => {
        const [planted, path] = plant(value, empty, choice);
        expect(emptyValuePaths(planted)).toEqual([path]);
      }),
    );
  });

  it('names each empty value of a FHIR-shaped resource', () => {
    const resource = { resourceType: 'Patient', name: [{ given: [''] }], extension: [], meta: {} };
    expect(emptyValuePaths(resource)).toEqual(['$.name[0].given[0]', '$.extension', '$.meta']);
  });
});
