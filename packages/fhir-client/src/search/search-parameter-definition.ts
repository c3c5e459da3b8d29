/** The nine FHIR R4 search parameter types. */
export const SearchParameterType = {
  /** Several values combined with `$`, e.g. `code-value-quantity=http://loinc.org|8480-6$lt60`. */
  Composite: 'composite',
  /** A date or date-time, with prefixes (`ge2026-01-01`). */
  Date: 'date',
  /** A number, with prefixes. */
  Number: 'number',
  /** A number with a unit (`5.4|http://unitsofmeasure.org|mg`), with prefixes. */
  Quantity: 'quantity',
  /** A reference to another resource (`Patient/123`). */
  Reference: 'reference',
  /** Text, matched from the start and case-insensitively unless `:exact` or `:contains`. */
  String: 'string',
  /** A code, optionally with its system (`system|code`). */
  Token: 'token',
  /** A URI, matched whole or with `:above`/`:below`. */
  Uri: 'uri',
  /** A parameter with its own rules (`near`); written with `.param`. */
  Special: 'special',
} as const;
export type SearchParameterType = (typeof SearchParameterType)[keyof typeof SearchParameterType];

/** One component of a composite search parameter. */
export interface SearchParameterComponent {
  /** The component parameter's code, e.g. `code` in `code-value-quantity`. */
  readonly code: string;
  /** The component's parameter type. */
  readonly type: SearchParameterType;
  /** FHIRPath relative to the composite's expression. */
  readonly expression: string;
}

/** A search parameter as the generated R4 table records it. */
export interface SearchParameterDefinition {
  /** The parameter's type, which decides its values, prefixes and modifiers. */
  readonly type: SearchParameterType;
  /** FHIRPath expression, reduced to the parts that apply to the resource type it is listed under. */
  readonly expression?: string;
  /** Resource types a reference parameter may point to. */
  readonly targets?: readonly string[];
  /** A composite parameter's components, in order. */
  readonly components?: readonly SearchParameterComponent[];
}
