import { SearchParameterType } from '../search-parameter-definition.js';
import type { SearchComponent, SearchValue } from '../search-query.js';
import { prefixes } from '../vocabulary.js';
import { compositeComponentTypes } from './r4-details.js';
import { type RuleContext, refusal } from './rule-context.js';

/** R4 decimal as search writes it (http://hl7.org/fhir/R4/search.html#number): `5`, `-5.40`, `1e3`. */
export const decimalPattern = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

const prefixSet: ReadonlySet<string> = new Set(prefixes);

/** The parameter whose values are checked, as the resolver found it. */
export interface CheckedParameter {
  readonly resourceType: string;
  readonly code: string;
  readonly type: SearchParameterType;
  readonly modifier: string | undefined;
}

const forms: Readonly<Record<string, readonly string[]>> = {
  number: ['[prefix]number, e.g. 0.8 or ge5.4 or 1e3'],
  quantity: ['[prefix]number', '[prefix]number|system|code', '[prefix]number||code'],
  token: ['code', 'system|code', '|code', 'system|'],
  'of-type': ['system|code|value, all three, e.g. http://terminology.hl7.org/CodeSystem/v2-0203|MR|446053'],
  in: ['the URL of a ValueSet'],
  reference: ['id', 'Type/id', 'an absolute URL', 'url|version for a canonical'],
  identifier: ['system|value', 'value', '|value'],
  uri: ['a URI', 'url|version for a canonical'],
  string: ['text'],
};

/**
 * Checks each OR-ed value of an R4 parameter against its type and modifier: number and quantity
 * grammar, token `system|code` forms and `:of-type` triples, reference and uri forms, composite
 * components by their own types. Dates are checked by the date profile, elsewhere.
 */
export function checkParameterValues(
  parameter: CheckedParameter,
  values: readonly SearchValue[],
  context: RuleContext,
): void {
  for (const value of values) {
    if (parameter.type === SearchParameterType.Composite) {
      checkComposite(parameter, value, context);
      continue;
    }
    if (parameter.type === SearchParameterType.Date) continue;
    if (value.length !== 1) {
      throw refusal(
        context,
        `a ${parameter.type} value has no $ components (write a literal $ as \\$)`,
        formsOf(parameter),
      );
    }
    checkComponent(parameter, value[0]!, context, false);
  }
}

function formsOf(parameter: Pick<CheckedParameter, 'type' | 'modifier'>): readonly string[] {
  if (parameter.modifier === 'of-type') return forms['of-type']!;
  if (parameter.modifier === 'in' || parameter.modifier === 'not-in') return forms.in!;
  if (parameter.modifier === 'identifier') return forms.identifier!;
  return forms[parameter.type] ?? [];
}

function checkComponent(
  parameter: Pick<CheckedParameter, 'type' | 'modifier'>,
  component: SearchComponent,
  context: RuleContext,
  inComposite: boolean,
): void {
  const problem = componentProblem(parameter, component, inComposite);
  if (problem !== undefined) throw refusal(context, problem, formsOf(parameter));
}

function componentProblem(
  parameter: Pick<CheckedParameter, 'type' | 'modifier'>,
  component: SearchComponent,
  inComposite: boolean,
): string | undefined {
  const { parts } = component;
  if (parts.every((part) => part === '')) return 'an empty value; leave the parameter out instead';
  const { type, modifier } = parameter;
  // In a composite the prefix stays in the component's text.
  const first = inComposite && comparable(type) ? withoutPrefix(parts[0]!) : parts[0]!;
  switch (type) {
    case SearchParameterType.Number:
      return parts.length === 1 && decimalPattern.test(first) ? undefined : 'not a number';
    case SearchParameterType.Quantity:
      if (parts.length !== 1 && parts.length !== 3) return 'a quantity is number, or number|system|code';
      return decimalPattern.test(first) ? undefined : 'a quantity starts with a number';
    case SearchParameterType.Token:
      return tokenProblem(parts, modifier);
    case SearchParameterType.Reference:
      if (modifier === 'identifier') return tokenProblem(parts, undefined);
      return parts.length <= 2 && first !== '' ? undefined : 'not a reference';
    case SearchParameterType.Uri:
      return parts.length <= 2 && first !== '' ? undefined : 'not a URI';
    default:
      return undefined;
  }
}

function tokenProblem(parts: readonly string[], modifier: string | undefined): string | undefined {
  if (modifier === 'text') return undefined;
  if (modifier === 'of-type') {
    return parts.length === 3 && parts.every((part) => part !== '')
      ? undefined
      : ':of-type takes a type system|code and a value, system|code|value';
  }
  if (modifier === 'in' || modifier === 'not-in') {
    return parts.length <= 2 && parts[0] !== '' ? undefined : `:${modifier} takes the URL of a ValueSet`;
  }
  return parts.length <= 2 ? undefined : 'a token is code, system|code, |code or system| (one | at most)';
}

const comparable = (type: SearchParameterType): boolean =>
  type === SearchParameterType.Number ||
  type === SearchParameterType.Quantity ||
  type === SearchParameterType.Date;

function withoutPrefix(text: string): string {
  return text.length > 2 && prefixSet.has(text.slice(0, 2)) ? text.slice(2) : text;
}

function checkComposite(parameter: CheckedParameter, value: SearchValue, context: RuleContext): void {
  const types = compositeComponentTypes(parameter.resourceType, parameter.code);
  if (types === undefined) return;
  if (value.length !== types.length) {
    throw refusal(
      context,
      `${parameter.code} takes ${types.length} $-separated components (${types.join(', ')})`,
      [types.map((type) => `[${type}]`).join('$')],
    );
  }
  value.forEach((component, index) => {
    const type = types[index]!;
    if (type === SearchParameterType.Date) return;
    const problem = componentProblem({ type, modifier: undefined }, component, true);
    if (problem !== undefined) {
      throw refusal(context, `component ${index + 1} of ${parameter.code}: ${problem}`, [
        types.map((one) => `[${one}]`).join('$'),
      ]);
    }
  });
}
