import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, suggestionLimit } from './closest-match.js';

const word = fc.stringMatching(/^[A-Za-z-]{0,12}$/);
const longWord = fc.stringMatching(/^[A-Za-z-]{6,14}$/);
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-');

/** One edit of `text` at `at`: an insertion, a deletion, a substitution or a swap of two neighbours. */
const oneEdit = (text: string) =>
  fc
    .tuple(fc.constantFrom('insert', 'delete', 'substitute', 'swap'), fc.nat({ max: text.length }), letter)
    .map(([kind, index, char]) => {
      const at = Math.min(index, text.length - 1);
      switch (kind) {
        case 'insert':
          return text.slice(0, index) + char + text.slice(index);
        case 'delete':
          return text.slice(0, at) + text.slice(at + 1);
        case 'substitute':
          return text.slice(0, at) + char + text.slice(at + 1);
        default:
          return at + 1 < text.length
            ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2)
            : text.slice(0, at) + char + text.slice(at + 1);
      }
    });

describe('editDistance', () => {
  it('is zero only for equal words, symmetric, and between the length difference and the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('counts one insertion, deletion, substitution or swap as at most one edit', () => {
    fc.assert(
      fc.property(
        longWord.chain((text) => fc.tuple(fc.constant(text), oneEdit(text))),
        ([text, edited]) => {
          expect(editDistance(text, edited)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('gives the known distances', () => {
    expect(editDistance('Apointment', 'Appointment')).toBe(1);
    expect(editDistance('Pateint', 'Patient')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('finds a candidate one edit away (or one as close), never one farther than the limit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(longWord, { minLength: 1, maxLength: 20 }).chain((candidates) =>
          fc.tuple(
            fc.constant(candidates),
            fc.constantFrom(...candidates).chain((target) => fc.tuple(fc.constant(target), oneEdit(target))),
          ),
        ),
        ([candidates, [target, typed]]) => {
          const suggestion = closestMatch(typed, candidates);
          if (candidates.includes(typed)) {
            expect(suggestion).toBeUndefined();
            return;
          }
          expect(suggestion).toBeDefined();
          const distance = (candidate: string) => editDistance(typed.toLowerCase(), candidate.toLowerCase());
          expect(distance(suggestion!)).toBeLessThanOrEqual(distance(target));
          expect(distance(suggestion!)).toBeLessThanOrEqual(suggestionLimit(typed));
        },
      ),
    );
  });

  it('names the candidate that differs only in case before any other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(longWord, { minLength: 1, maxLength: 20 }), fc.nat(), (candidates, pick) => {
        const target = candidates[pick % candidates.length]!;
        const typed = target.toLowerCase() === target ? target.toUpperCase() : target.toLowerCase();
        fc.pre(!candidates.includes(typed));
        expect(closestMatch(typed, candidates)?.toLowerCase()).toBe(target.toLowerCase());
      }),
    );
  });

  it('suggests nothing for a word that is itself a candidate or far from all of them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 20 }), word, (candidates, typed) => {
        const suggestion = closestMatch(typed, candidates);
        if (suggestion === undefined) return;
        expect(candidates).not.toContain(typed);
        expect(editDistance(typed.toLowerCase(), suggestion.toLowerCase())).toBeLessThanOrEqual(
          suggestionLimit(typed),
        );
      }),
    );
    expect(closestMatch('Patient', ['Patient', 'patient'])).toBeUndefined();
    expect(closestMatch('zzz', ['search', 'read'])).toBeUndefined();
  });

  it('suggests what a person would expect', () => {
    expect(closestMatch('Apointment', ['Appointment', 'AppointmentResponse', 'Patient'])).toBe('Appointment');
    expect(closestMatch('patient', ['Person', 'Patient'])).toBe('Patient');
    expect(closestMatch('max-page', ['max-pages', 'max-attempts'])).toBe('max-pages');
    expect(closestMatch('serch', ['search', 'read', 'capabilities', 'sql'])).toBe('search');
    expect(closestMatch('rd', ['read', 'sql'])).toBeUndefined();
  });
});
