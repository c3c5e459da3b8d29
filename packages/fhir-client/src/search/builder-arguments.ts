import type { AppendOptions } from './builder-steps.js';
import { escapePart, isPlainPart } from './escaping.js';
import { SearchParameterType } from './search-parameter-definition.js';
import { SearchBuildError } from './search-build-error.js';
import { emptyValues, type TokenInput } from './value-encoders.js';

// Checks and joins of the builder's plain arguments (lists, modifiers, vocabulary values), kept apart
// from the builder so that it holds only the steps.

/** A single value or a list of them, as a list. */
export function list<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Throws unless `value` (when given) is one of `vocabulary`'s values: callers without types get a clear error. */
export function checkVocabulary(parameter: string, value: string | undefined, vocabulary: object): void {
  if (value === undefined) return;
  let accepted = vocabularyValues.get(vocabulary);
  if (accepted === undefined) {
    accepted = new Set(Object.values(vocabulary) as string[]);
    vocabularyValues.set(vocabulary, accepted);
  }
  if (!accepted.has(value)) {
    throw new SearchBuildError({
      parameter,
      value,
      accepted: [...accepted],
      problem: 'not one of the accepted values',
    });
  }
}

const vocabularyValues = new WeakMap<object, ReadonlySet<string>>();

/** Joins already-escaped OR alternatives into one value text, refusing empty ones. */
export function orText(parameter: string, alternatives: readonly string[]): string {
  if (alternatives.length === 1 && alternatives[0] !== '') return alternatives[0]!;
  if (alternatives.length === 0) throw emptyValues(parameter);
  if (alternatives.includes('')) {
    throw new SearchBuildError({
      parameter,
      value: '',
      accepted: ['a non-empty value'],
      problem: 'an empty value matches nothing useful; leave the parameter out instead',
    });
  }
  if (!sameList(alternatives, lastAlternatives)) {
    lastJoined = alternatives.join(',');
    lastAlternatives = alternatives;
  }
  return lastJoined;
}

// The last list joined and its text: a scheduler ORs the same values on every poll, and the same string
// back each time is compared and looked up by the step memo without reading it again.
let lastAlternatives: readonly string[] = [];
let lastJoined = '';

function sameList(list: readonly string[], other: readonly string[]): boolean {
  if (list.length !== other.length) return false;
  for (let index = 0; index < list.length; index++) if (list[index] !== other[index]) return false;
  return true;
}

/** `code` or `code:modifier`. */
export const withModifier = (code: string, modifier: string | undefined): string =>
  modifier === undefined ? code : `${code}:${modifier}`;

/** The `Source:param[:Target]` value of `_include` and `_revinclude`. */
export const includeValue = (source: string, reference: string, target: string | undefined): string => {
  if (target === undefined && typeof source === 'string' && typeof reference === 'string') {
    return writtenInclude(source, reference);
  }
  const head = `${escapePart(source)}:${escapePart(reference)}`;
  return target === undefined ? head : `${head}:${escapePart(target)}`;
};

// `Source:param` values, written once each: a program includes the same few on every search, and the
// same string every time is compared and looked up without being joined and hashed again. Bounded, so a
// program that invents names cannot grow it without end.
const includes = new Map<string, Map<string, string>>();
let includesKept = 0;
const includesLimit = 1024;

function writtenInclude(source: string, reference: string): string {
  let byReference = includes.get(source);
  let text = byReference?.get(reference);
  if (text !== undefined) return text;
  if (includesKept >= includesLimit) {
    includes.clear();
    includesKept = 0;
    byReference = undefined;
  }
  if (byReference === undefined) {
    byReference = new Map();
    includes.set(source, byReference);
  }
  text = `${escapePart(source)}:${escapePart(reference)}`;
  byReference.set(reference, text);
  includesKept++;
  return text;
}

/** How the typed steps' texts are written (one object each, shared by every call). */
export const stringTexts: AppendOptions = { type: SearchParameterType.String };
export const tokenTexts: AppendOptions = { type: SearchParameterType.Token };
export const referenceTexts: AppendOptions = { type: SearchParameterType.Reference };
export const uriTexts: AppendOptions = { type: SearchParameterType.Uri };
// A typed step's texts made of plain parts (isPlainPart) on a parameter with no modifier: one plain part,
// or a token's two plain parts `system|code`, which the rules surely accept, so the step need not scan
// them again (see the builder's appendNew).
export const sureStringTexts: AppendOptions = { ...stringTexts, plain: true, sure: true };
export const sureTokenTexts: AppendOptions = { ...tokenTexts, plain: true, sure: true };
export const sureSystemCodeTexts: AppendOptions = { ...tokenTexts, sure: true };
export const sureReferenceTexts: AppendOptions = {
  type: SearchParameterType.Reference,
  plain: true,
  sure: true,
};
export const sureUriTexts: AppendOptions = { ...uriTexts, plain: true, sure: true };
// Append options shared by every call. Texts under the Halo profile hold only a prefix, digits, `-`, `T`,
// `:` and `,`, none of which a URL encodes.
export const dateTexts: AppendOptions = { type: SearchParameterType.Date };
export const haloDateTexts: AppendOptions = { type: SearchParameterType.Date, plain: true };
export const plainText: AppendOptions = { plain: true };
// `String(count)` of a whole number 0 or more is digits only: what the `_count` rule accepts.
export const countText: AppendOptions = { plain: true, sure: true };

/** The one value text of an argument that is a single value or a list (an OR), each part escaped. */
export function escapedText(code: string, value: string | readonly string[]): string {
  // A single non-empty value is its own text; anything else goes through the list's checks.
  if (typeof value === 'string') {
    const text = escapePart(value);
    if (text !== '') return text;
  }
  return orText(code, list(value).map(escapePart));
}

/**
 * `system|code` of `{ system, code }` (no `:of-type` value) when both are plain parts, so the text needs
 * no escapes; undefined otherwise. The same parts as last time (a scheduler's service type on every
 * poll) give the same string back, with no scan and no join.
 */
export function plainSystemAndCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { system, code, value: ofType } = value as Exclude<TokenInput, string>;
  if (ofType !== undefined || typeof system !== 'string' || typeof code !== 'string') return undefined;
  if (system !== lastSystem || code !== lastCode) {
    if (!isPlainPart(system) || !isPlainPart(code)) return undefined;
    lastSystem = system;
    lastCode = code;
    lastSystemAndCode = `${system}|${code}`;
  }
  return lastSystemAndCode;
}

// The parts and text of the last plain `system|code` written (none at first: empty parts are not plain).
let lastSystem = '';
let lastCode = '';
let lastSystemAndCode: string | undefined;
