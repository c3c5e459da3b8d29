import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_DEPTH, nestedDeeperThan } from './json-depth.js';

/** JSON text nesting `levels` arrays and objects, alternating, around `1`. */
function nestedText(levels: number): string {
  let text = '1';
  for (let level = 0; level < levels; level++) text = level % 2 === 0 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

describe('nestedDeeperThan', () => {
  it('counts every array and object level, and only those', () => {
    expect(nestedDeeperThan(JSON.parse(nestedText(MAX_RESPONSE_DEPTH)), MAX_RESPONSE_DEPTH)).toBe(false);
    expect(nestedDeeperThan(JSON.parse(nestedText(MAX_RESPONSE_DEPTH + 1)), MAX_RESPONSE_DEPTH)).toBe(true);
    expect(nestedDeeperThan(JSON.parse('"text"'), 0)).toBe(false);
    expect(nestedDeeperThan(JSON.parse('{"a":[1,{"b":"[[[[["}]}'), 3)).toBe(false);
  });

  it('walks only what was parsed, even when a library adds enumerable properties to Object.prototype', () => {
    const shallow = JSON.parse('{"resourceType":"Bundle","entry":[{"resource":{"id":"1"}}]}');
    Object.defineProperty(Object.prototype, 'addedByALibrary', {
      value: JSON.parse(nestedText(10)),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      expect(nestedDeeperThan(shallow, 5)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).addedByALibrary;
    }
    expect(nestedDeeperThan(shallow, 3)).toBe(true);
  });
});
