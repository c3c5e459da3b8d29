import { encodedCharacter, isUrlPlainCode } from './format.js';
import { SearchParameterType } from './search-parameter-definition.js';

// A typed step on a plain R4 parameter of its own type (no modifier, no chain) writes text whose only
// checks are the shape of each value (rules/value-rules.ts): no `$` components, how many `|` parts, which
// parts may be empty. This answers that from the text in one pass, allocating nothing, so such a step
// need not parse its pair to learn it is accepted, and the URL writer need not scan it again. It answers
// only "surely accepted": anything else (a `$`, a third part, an empty value) goes to the parser, whose
// check refuses it with its own message.

/** What {@link sureValueText} found: not surely accepted, or accepted and (not) written as it is in a URL. */
export const SureText = { Unsure: 0, Plain: 1, Encoded: 2 } as const;
export type SureText = (typeof SureText)[keyof typeof SureText];

const backslash = 92;
const comma = 44;
const pipe = 124;
const dollar = 36;

/**
 * Whether every comma-separated value of `text` (FHIR-escaped, as `parseValues` reads it) has the shape
 * the search rules accept for a plain parameter of `type`: one component, and for a token at most two
 * parts not both empty, for a reference or uri at most two parts with the first not empty, for a string
 * any parts not all empty. `Unsure` for every other type, and whenever the rules might refuse; otherwise
 * whether the text has only characters a URL carries as they are (the same scan, so it is not repeated).
 */
export function sureValueText(type: SearchParameterType, text: string): SureText {
  const firstNeeded = type === SearchParameterType.Reference || type === SearchParameterType.Uri;
  if (!firstNeeded && type !== SearchParameterType.Token && type !== SearchParameterType.String) {
    return SureText.Unsure;
  }
  if (!unusual.test(text)) return sureSimpleText(type, text);
  const maxParts = type === SearchParameterType.String ? Number.POSITIVE_INFINITY : 2;
  let parts = 1;
  // Whether the current part, the first part, and any part of this value have a character.
  let partFilled = false;
  let firstFilled = false;
  let anyFilled = false;
  let plain = true;
  for (let index = 0; index <= text.length; index++) {
    const code = index === text.length ? comma : text.charCodeAt(index);
    if (code === comma) {
      if (partFilled) anyFilled = true;
      if (parts === 1) firstFilled = partFilled;
      if (!anyFilled || (firstNeeded && !firstFilled)) return SureText.Unsure;
      parts = 1;
      partFilled = firstFilled = anyFilled = false;
    } else if (code === pipe) {
      if (partFilled) anyFilled = true;
      if (parts === 1) firstFilled = partFilled;
      if (++parts > maxParts) return SureText.Unsure;
      partFilled = false;
      plain = false;
    } else if (code === dollar) {
      return SureText.Unsure;
    } else {
      // `\` before `\ , | $` is that character, literally; before anything else (or at the end) it is itself.
      if (code === backslash && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next === backslash || next === comma || next === pipe || next === dollar) index++;
      }
      if (!isUrlPlainCode(code)) plain = false;
      partFilled = true;
    }
  }
  return plain ? SureText.Plain : SureText.Encoded;
}

// Text with none of these is one value of `|` parts with no escapes: what nearly every step writes, and
// what `indexOf` and a regex answer faster than a character loop.
const unusual = /[\\$,]/;

/** {@link sureValueText} of text with no `\`, `$` or `,`. */
function sureSimpleText(type: SearchParameterType, text: string): SureText {
  const pipeAt = text.indexOf('|');
  if (pipeAt === -1) {
    if (text === '') return SureText.Unsure;
    return encodedCharacter.test(text) ? SureText.Encoded : SureText.Plain;
  }
  // A `|` is written %7C, so the text is not plain; a string takes any parts, not all empty.
  if (type === SearchParameterType.String) return allPipes.test(text) ? SureText.Unsure : SureText.Encoded;
  if (text.indexOf('|', pipeAt + 1) !== -1) return SureText.Unsure;
  // Two parts: a token's not both empty, a reference's or uri's first not empty.
  const accepted = type === SearchParameterType.Token ? text.length > 1 : pipeAt > 0;
  return accepted ? SureText.Encoded : SureText.Unsure;
}

const allPipes = /^\|*$/;

/**
 * Whether the rules surely accept a typed step's texts on a plain R4 parameter `name` (no modifier, no
 * chain) of the step's own type `type`, so its parse can wait until `query` is read: a date was checked
 * by its encoder with the parser's own date check; texts the step wrote from plain parts (`checked`: one
 * part, or a token's `system|code`) are surely accepted; other values are known by their shape
 * ({@link sureValueText}), which also tells whether they are URL-plain. `plain` says the step wrote only
 * URL-plain texts (a Halo date, plain parts).
 */
export function sureTexts(
  name: string,
  texts: readonly string[],
  type: SearchParameterType | undefined,
  plain: boolean,
  checked = false,
): SureText {
  if (type === undefined || name.indexOf(':') !== -1) return SureText.Unsure;
  if (checked) return plain ? SureText.Plain : SureText.Encoded;
  if (type === SearchParameterType.Date) return plain ? SureText.Plain : SureText.Encoded;
  let all: SureText = SureText.Plain;
  for (let index = 0; index < texts.length; index++) {
    const one = sureValueText(type, texts[index]!);
    if (one === SureText.Unsure) return one;
    if (one === SureText.Encoded) all = one;
  }
  return all;
}
