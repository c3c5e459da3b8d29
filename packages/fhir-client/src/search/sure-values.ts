import { SearchParameterType } from './search-parameter-definition.js';

// A typed step on a plain R4 parameter of its own type (no modifier, no chain) writes text whose only
// checks are the shape of each value (rules/value-rules.ts): no `$` components, how many `|` parts, which
// parts may be empty. This answers that for the two shapes nearly every value has (non-empty values with
// no `|`, or one value `first|rest` with a first part), by a regex each, so such a step need not parse its
// pair to learn it is accepted, and the URL writer need not scan it again. It answers only "surely
// accepted": anything else (an escape, a `$`, a third part, an empty value) goes to the parser, whose
// check refuses it with its own message.

/** What {@link sureValueText} found: not surely accepted, or accepted and (not) written as it is in a URL. */
export const SureText = { Unsure: 0, Plain: 1, Encoded: 2 } as const;
export type SureText = (typeof SureText)[keyof typeof SureText];

// Comma-separated non-empty values with no `\`, `|` or `$`: one part each, which every shape accepts.
const partValues = /^[^\\|$,]+(?:,[^\\|$,]+)*$/;
// One value of two parts, the first not empty: what a token, reference, uri and string all accept.
const twoParts = /^[^\\|$,]+\|[^\\|$,]*$/;
// A character a URL encodes (format.ts), given no `$` or `|`.
const encoded = /[^\w\-.!~*'():/,@]/;

/**
 * `Plain` or `Encoded` (whether a URL carries it as it is) when the search rules surely accept `text`
 * (FHIR-escaped, as `parseValues` reads it) for a plain token, reference, uri or string parameter: one
 * or more non-empty values of one part, or one value of two parts with the first not empty. `Unsure`
 * for every other type and text.
 */
export function sureValueText(type: SearchParameterType, text: string): SureText {
  if (
    type !== SearchParameterType.Token &&
    type !== SearchParameterType.Reference &&
    type !== SearchParameterType.Uri &&
    type !== SearchParameterType.String
  ) {
    return SureText.Unsure;
  }
  if (partValues.test(text)) return encoded.test(text) ? SureText.Encoded : SureText.Plain;
  return twoParts.test(text) ? SureText.Encoded : SureText.Unsure;
}

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
  if (checked || type === SearchParameterType.Date) return plain ? SureText.Plain : SureText.Encoded;
  let all: SureText = SureText.Plain;
  for (let index = 0; index < texts.length; index++) {
    const one = sureValueText(type, texts[index]!);
    if (one === SureText.Unsure) return one;
    if (one === SureText.Encoded) all = one;
  }
  return all;
}
