import { parseSearch } from '../search/search.js';
import { SearchRules } from '../search/vocabulary.js';
import type { SearchLike } from './resource-types.js';

/** A search reduced to what goes on the wire. */
export interface SearchParts {
  readonly resourceType: string;
  readonly params: URLSearchParams;
}

/**
 * Reads a `SearchBuilder` or `'Type?query'` text. Text goes through `parseSearch`, with Halo's exact
 * date profile when the Halo behaviours are on and the client's search rules, so a date Halo would
 * reject, or a parameter, modifier or value the rules refuse, fails here with a `SearchBuildError`
 * before any (charged) query is sent.
 */
export function readSearchInput(
  input: SearchLike | string,
  options: {
    readonly haloBehaviours: boolean;
    readonly timeZone: string | undefined;
    /** @default 'strict' with the Halo behaviours, else 'r4' (the client's own defaults) */
    readonly rules?: SearchRules;
  },
): SearchParts {
  // A builder carries its own date profile, chosen by its maker (e.g. a CLI's `--dates fhir`).
  if (typeof input !== 'string') return { resourceType: input.resourceType, params: input.toSearchParams() };
  const builder = parseSearch(input, {
    dates: options.haloBehaviours ? 'halo' : 'fhir',
    rules: options.rules ?? (options.haloBehaviours ? SearchRules.Strict : SearchRules.R4),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  return { resourceType: builder.resourceType, params: builder.toSearchParams() };
}

/** Parameters that name the practitioner a query is about (Appointment `practitioner`, `actor`, `performer`). */
const practitionerParameters: readonly string[] = ['practitioner', 'actor', 'performer'];

/**
 * The practitioner a search is about, as `Practitioner/{id}`, when exactly one is named: by
 * `practitioner=123` (which only targets Practitioner), or by `actor`/`performer` with a
 * `Practitioner/` reference or the `:Practitioner` modifier. The resilience policy pauses per GP with it.
 */
export function practitionerOfSearch(params: URLSearchParams): string | undefined {
  const found = new Set<string>();
  for (const [name, value] of params) {
    const [code, modifier] = name.split(':', 2);
    if (code === undefined || !practitionerParameters.includes(code) || name.includes('.')) continue;
    if (modifier !== undefined && modifier !== 'Practitioner') continue;
    if (value.includes(',')) return undefined;
    const typed = /(?:^|\/)Practitioner\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(value);
    if (typed?.[1] !== undefined) found.add(`Practitioner/${typed[1]}`);
    else if ((code === 'practitioner' || modifier === 'Practitioner') && !value.includes('/'))
      found.add(`Practitioner/${value}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
