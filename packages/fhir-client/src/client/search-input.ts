import { parseSearch } from '../search/search.js';
import { SearchRules } from '../search/vocabulary.js';
import { InvalidArgumentError } from './invalid-argument-error.js';
import { foreignQueryBase } from './query-base.js';
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
 * before any (charged) query is sent. Text that is an absolute URL must lie under the client's base:
 * one naming another server is an `InvalidArgumentError`, never searched at the configured base.
 */
export function readSearchInput(
  input: SearchLike | string,
  options: {
    /** The client's FHIR base: an absolute query URL must lie under it. */
    readonly baseUrl: string;
    readonly haloBehaviours: boolean;
    readonly timeZone: string | undefined;
    /** @default 'strict' with the Halo behaviours, else 'r4' (the client's own defaults) */
    readonly rules?: SearchRules;
  },
): SearchParts {
  // A builder carries its own date profile, chosen by its maker (e.g. a CLI's `--dates fhir`).
  if (typeof input !== 'string') return { resourceType: input.resourceType, params: input.toSearchParams() };
  const foreign = foreignQueryBase(input, options.baseUrl);
  if (foreign !== undefined) {
    throw new InvalidArgumentError(
      'query',
      `it names the FHIR base ${foreign.queryBase}, not this client's (${foreign.configured}); nothing was sent. ` +
        `To search that server, create a client with baseUrl ${foreign.queryBase}; to search this one, ` +
        `pass the query without its base: '${foreign.relative}'.`,
    );
  }
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
 * The practitioner a search is about, when exactly one is named (a GET query or a `POST _search`
 * form body alike). "Names" means:
 * - `practitioner=123` (which only targets Practitioner) → `Practitioner/123`;
 * - `actor`/`performer` with a `Practitioner/` reference, or with the `:Practitioner` modifier;
 * - a chain through a practitioner reference (`practitioner.identifier=…`,
 *   `actor:Practitioner.identifier=…`): `._id=123` → `Practitioner/123`, any other chained
 *   parameter → `{parameter}={value}` (e.g. `identifier=http://ns.electronichealth.net.au/id/hi/hpii/1.0|8003…`),
 *   its own pause key, distinct from the same GP named by id.
 * Not: `actor=9` or `actor.name=…` without `:Practitioner` (the actor may be a patient), several
 * values (`practitioner=1,2`), or two different GPs. The resilience policy pauses per GP with it.
 */
export function practitionerOfSearch(params: URLSearchParams): string | undefined {
  const found = new Set<string>();
  for (const [name, value] of params) {
    const [reference, ...chain] = name.split('.');
    const [code, modifier] = (reference ?? '').split(':', 2);
    if (code === undefined || !practitionerParameters.includes(code)) continue;
    if (modifier !== undefined && modifier !== 'Practitioner') continue;
    if (value.includes(',')) return undefined;
    if (chain.length > 0) {
      const named = chainedPractitioner(code, modifier, chain, value);
      if (named !== undefined) found.add(named);
      continue;
    }
    const typed = /(?:^|\/)Practitioner\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(value);
    if (typed?.[1] !== undefined) found.add(`Practitioner/${typed[1]}`);
    else if ((code === 'practitioner' || modifier === 'Practitioner') && !value.includes('/'))
      found.add(`Practitioner/${value}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** `practitioner.identifier=x` → `identifier=x`; `practitioner._id=1` → `Practitioner/1`; one link only. */
function chainedPractitioner(
  code: string,
  modifier: string | undefined,
  chain: readonly string[],
  value: string,
): string | undefined {
  if (code !== 'practitioner' && modifier !== 'Practitioner') return undefined;
  const [parameter] = chain;
  // A longer chain (`practitioner.organization.name`) names something else the GP points at.
  if (chain.length !== 1 || parameter === undefined || parameter === '' || value.trim() === '')
    return undefined;
  const bare = parameter.split(':', 1)[0] ?? parameter;
  return bare === '_id' ? `Practitioner/${value}` : `${bare}=${value}`;
}
