import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SearchBuildError, type SearchBuilder, search } from '../index.js';
import { isPlainPart } from './escaping.js';
import { isUrlPlainCode } from './format.js';
import { SearchParameterType } from './search-parameter-definition.js';
import { SureText, sureValueText } from './sure-values.js';

// A typed step skips its parse when sure-values.ts says the rules surely accept its text: these prove that
// "sure" never accepts what the parser's rules would refuse, and that "plain" never skips URL encoding.
const pieces = fc.constantFrom(
  'a',
  'Z',
  '9',
  '-',
  '/',
  ':',
  '.',
  ' ',
  'é',
  '|',
  ',',
  '$',
  '\\',
  '\\|',
  '\\,',
);
const text = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));

const parameters = [
  { type: SearchParameterType.Token, url: 'Patient?gender=' },
  { type: SearchParameterType.Reference, url: 'Patient?general-practitioner=' },
  { type: SearchParameterType.String, url: 'Patient?family=' },
  { type: SearchParameterType.Uri, url: 'ValueSet?url=' },
] as const;

const parsedUnder = (url: string, rules: 'r4' | 'strict'): string => {
  try {
    parseSearchQuery(url, { rules });
    return 'accepted';
  } catch (error) {
    if (error instanceof SearchBuildError) return 'refused';
    throw error;
  }
};

describe('values a typed step is sure of', () => {
  it('are accepted by the parser under r4 and strict rules, and plain only when every character is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parameters), text, ({ type, url }, value) => {
        const sure = sureValueText(type, value);
        if (sure === SureText.Unsure) return;
        const full = url + encodeURIComponent(value);
        expect(parsedUnder(full, 'r4')).toBe('accepted');
        expect(parsedUnder(full, 'strict')).toBe('accepted');
        const allPlain = [...value].every((character) => isUrlPlainCode(character.charCodeAt(0)));
        expect(sure === SureText.Plain).toBe(allPlain);
      }),
      { numRuns: 2000 },
    );
  });

  it('include the values a scheduler writes, and leave the rest to the parser', () => {
    expect(sureValueText(SearchParameterType.Reference, 'Practitioner/gp-1')).toBe(SureText.Plain);
    expect(sureValueText(SearchParameterType.Token, 'http://snomed.info/sct|11429006')).toBe(
      SureText.Encoded,
    );
    expect(sureValueText(SearchParameterType.Token, 'booked,arrived')).toBe(SureText.Plain);
    expect(sureValueText(SearchParameterType.Token, 'a|b|c')).toBe(SureText.Unsure);
    expect(sureValueText(SearchParameterType.Token, '|')).toBe(SureText.Unsure);
    expect(sureValueText(SearchParameterType.Reference, '|v')).toBe(SureText.Unsure);
    expect(sureValueText(SearchParameterType.String, 'a$b')).toBe(SureText.Unsure);
    expect(sureValueText(SearchParameterType.Number, '5')).toBe(SureText.Unsure);
  });

  it('give the builder the query and URL the parser gives, and refusals stay the rules’ own', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
        fc.option(
          fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')),
          { nil: undefined },
        ),
        (code, system) => {
          const token = system === undefined ? code : { system, code };
          const built = search('Patient', { rules: 'strict' }).token('gender', token).string('family', code);
          expect(built.query).toEqual(parseSearchQuery(built.toString(), { rules: 'strict' }));
        },
      ),
      { numRuns: 500 },
    );
    expect(() => search('Patient').token('gender', { system: 'a', code: 'b', value: 'c' })).toThrow(
      /a token is code, system\|code, \|code or system\| \(one \| at most\)/,
    );
    expect(() => search('Patient').token('gender', { system: null, code: '' })).toThrow(/an empty value/);
  });

  it('are what a scan of the text says when a step writes them from plain parts, without the scan', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parameters), text, text, ({ type }, first, second) => {
        // A step writes one plain part as it is (sureStringTexts and the like), a token's two as `system|code`.
        if (isPlainPart(first)) expect(sureValueText(type, first)).toBe(SureText.Plain);
        if (isPlainPart(first) && isPlainPart(second)) {
          expect(sureValueText(SearchParameterType.Token, `${first}|${second}`)).toBe(SureText.Encoded);
        }
        // The typed steps give what `.param()`, which parses every value, gives: the same URL and
        // query, or the same refusal.
        const outcome = (build: () => SearchBuilder<'Patient'>): string => {
          try {
            const built = build();
            return `${built.toString()} ${JSON.stringify(built.query)}`;
          } catch (error) {
            if (error instanceof SearchBuildError) return `refused: ${error.message}`;
            throw error;
          }
        };
        const root = () => search('Patient', { rules: 'strict' });
        expect(outcome(() => root().reference('general-practitioner', first).uri('_profile', second))).toBe(
          outcome(() => root().param('general-practitioner', first).param('_profile', second)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
