/** The nine FHIR R4 search parameter types. */
export const SearchParameterType = {
  Composite: 'composite',
  Date: 'date',
  Number: 'number',
  Quantity: 'quantity',
  Reference: 'reference',
  String: 'string',
  Token: 'token',
  Uri: 'uri',
  Special: 'special',
} as const;
export type SearchParameterType = (typeof SearchParameterType)[keyof typeof SearchParameterType];

/** One component of a composite search parameter. */
export interface SearchParameterComponent {
  /** The component parameter's code, e.g. `code` in `code-value-quantity`. */
  readonly code: string;
  readonly type: SearchParameterType;
  /** FHIRPath relative to the composite's expression. */
  readonly expression: string;
}

/** A search parameter as the generated R4 table records it. */
export interface SearchParameterDefinition {
  readonly type: SearchParameterType;
  /** FHIRPath expression, reduced to the parts that apply to the resource type it is listed under. */
  readonly expression?: string;
  /** Resource types a reference parameter may point to. */
  readonly targets?: readonly string[];
  readonly components?: readonly SearchParameterComponent[];
}
