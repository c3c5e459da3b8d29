import type { SearchComponent, SearchValue } from './search-query.js';

// FHIR R4 search §2.1.1.3 (escaping): `,` separates OR-ed values, `$` composite components, `|` the parts
// of a token or quantity; a literal one of these, or a literal `\`, is written with a `\` before it.
const special = /[\\,|$]/g;
const hasSpecial = /[\\,|$]/;

// The characters a URL carries as they are (format.ts) other than `,` and `$`, FHIR's separators: a part of
// only these needs neither a FHIR escape nor URL encoding.
const notPlainPart = /[^A-Za-z0-9_\-.!~*'():/@]/;

/**
 * True for a non-empty part written as it is, both as a FHIR value and in a URL (`Practitioner/42`,
 * `http://loinc.org`): one regex scan that answers escaping, the value's shape and URL encoding at once.
 */
export const isPlainPart = (part: string): boolean => part !== '' && !notPlainPart.test(part);

/** Writes one part of a value with `\`, `,`, `|` and `$` escaped. */
export function escapePart(part: string): string {
  return hasSpecial.test(part) ? part.replace(special, (character) => `\\${character}`) : part;
}

/** Writes a component: its prefix, then its parts escaped and joined by `|`. */
export function formatComponent(component: SearchComponent): string {
  return (component.prefix ?? '') + component.parts.map(escapePart).join('|');
}

/** Writes OR-ed values as the text of one parameter (before URL encoding). */
export function formatValues(values: readonly SearchValue[]): string {
  return values.map((value) => value.map(formatComponent).join('$')).join(',');
}

/**
 * Reads the text of one parameter (after URL decoding) into OR-ed values of `$` components of `|` parts,
 * removing escapes. A `\` before any other character, or at the end, is kept as a literal `\`: servers
 * read it that way, and writing it back escapes it, so parse and format stay inverses.
 */
export function parseValues(text: string): SearchValue[] {
  const values: SearchComponent[][] = [];
  let components: SearchComponent[] = [];
  let parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\\') {
      const next = text[index + 1];
      if (next === '\\' || next === ',' || next === '|' || next === '$') {
        current += next;
        index++;
      } else {
        current += character;
      }
    } else if (character === '|') {
      parts.push(current);
      current = '';
    } else if (character === '$') {
      parts.push(current);
      components.push({ parts });
      parts = [];
      current = '';
    } else if (character === ',') {
      parts.push(current);
      components.push({ parts });
      values.push(components);
      components = [];
      parts = [];
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  components.push({ parts });
  values.push(components);
  return values;
}

// ES2024's String.prototype.isWellFormed answers at once for one-byte (Latin-1) strings, which hold no
// surrogates; runtimes without it ask encodeURIComponent, which throws exactly for a lone surrogate.
const nativeIsWellFormed = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;

/** {@link isWellFormed} where the runtime has no String.prototype.isWellFormed. */
export function isWellFormedByEncoding(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** False for text with a lone UTF-16 surrogate, which URL encoding cannot carry (it becomes U+FFFD). */
export const isWellFormed: (text: string) => boolean =
  nativeIsWellFormed === undefined ? isWellFormedByEncoding : (text) => nativeIsWellFormed.call(text);
