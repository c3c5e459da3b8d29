import type { Prefix } from './vocabulary.js';

/**
 * One `$`-separated component of a value. A value of any type but composite has exactly one.
 * `parts` are the `|`-separated pieces with FHIR escaping removed: `['smith']`,
 * `['http://loinc.org', '1234-5']` (token `system|code`), `['', '1234-5']` (`|code`),
 * `['5.4', 'http://unitsofmeasure.org', 'mg']` (quantity).
 */
export interface SearchComponent {
  /**
   * Set only where the parameter is known to be date, number or quantity typed; elsewhere (composites,
   * unknown parameters, unresolvable chains) a prefix stays in the text of the first part.
   */
  readonly prefix?: Prefix;
  /** The `|`-separated parts, unescaped (`system`, `code`; a quantity's number, system and code). */
  readonly parts: readonly string[];
}

/** One of the comma-separated (OR-ed) values of a parameter. */
export type SearchValue = readonly SearchComponent[];

/**
 * One `name=value` pair of a query. Repeating an entry with the same name means AND.
 * The name is `code[:modifier][.chain]`: `name:exact`, `subject:Patient.name` (modifier `Patient`, chain
 * `name`), `_has:Observation:patient:code` (modifier `Observation:patient:code`), `_include:iterate`.
 */
export interface SearchParameterEntry {
  /** The parameter's code, e.g. `birthdate` or `_include`. */
  readonly code: string;
  /** The modifier after `:`, e.g. `exact`, `missing`, a resource type, or `iterate`. */
  readonly modifier?: string;
  /** The chain after `.`, e.g. `name` in `subject:Patient.name`. */
  readonly chain?: string;
  /** OR-ed values; never empty. */
  readonly values: readonly SearchValue[];
}

/**
 * A search as plain data: what `formatSearch` writes and `parseSearchQuery` reads. Entries keep their
 * order, result parameters (`_count`, `_include`, ...) included, so formatting is deterministic and
 * parsing what was formatted gives back the same query.
 */
export interface SearchQuery {
  /** The resource type searched. */
  readonly resourceType: string;
  /** Every parameter, in the order written (a repeated code is an AND). */
  readonly parameters: readonly SearchParameterEntry[];
}

/** The `code[:modifier][.chain]` name an entry is written under. */
export function entryName(entry: SearchParameterEntry): string {
  let name = entry.code;
  if (entry.modifier !== undefined) name += `:${entry.modifier}`;
  if (entry.chain !== undefined) name += `.${entry.chain}`;
  return name;
}

/** Freezes an entry and everything in it, so a query shared between builders cannot change under them. */
export function freezeEntry(entry: SearchParameterEntry): SearchParameterEntry {
  if (Object.isFrozen(entry)) return entry;
  for (const value of entry.values) {
    for (const component of value) {
      Object.freeze(component.parts);
      Object.freeze(component);
    }
    Object.freeze(value);
  }
  Object.freeze(entry.values);
  return Object.freeze(entry);
}

/** A frozen query over frozen entries. */
export function freezeQuery(query: SearchQuery): SearchQuery {
  for (const entry of query.parameters) freezeEntry(entry);
  Object.freeze(query.parameters);
  return Object.freeze(query);
}
