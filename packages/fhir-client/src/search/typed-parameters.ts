import type { AnyTargetResourceType, R4SearchParameterTypes } from './r4-search-parameters.generated.js';
import type { SearchParameterType } from './search-parameter-definition.js';

/** Every R4 resource type that has search parameters. */
export type SearchableResourceType = Exclude<keyof R4SearchParameterTypes, 'Resource'>;

/** Every R4 resource type (those without search parameters of their own too, such as `Binary`). */
export type R4ResourceType = AnyTargetResourceType;

/**
 * A resource type `search()` accepts: an R4 one, autocompleted and fully typed (`search('Apointment')`
 * does not compile). A server's own type goes through `search.custom('MyType')`.
 */
export type SearchResourceType = R4ResourceType;

type LooseTable = Record<string, { type: SearchParameterType; targets?: string }>;

// For a union of resource types (an untyped chain), only the parameters they all share remain.
type ParameterTable<RT extends string> = string extends RT
  ? LooseTable
  : (RT extends keyof R4SearchParameterTypes ? R4SearchParameterTypes[RT] : {}) &
      R4SearchParameterTypes['Resource'];

/** Every search parameter code of `RT` (its own and those every resource has). */
export type ParameterCode<RT extends string> = string extends RT ? string : keyof ParameterTable<RT> & string;

/** The codes of `RT` whose parameter type is `T`, e.g. the date parameters of `Patient`. */
export type ParameterCodeOfType<RT extends string, T extends SearchParameterType> = string extends RT
  ? string
  : {
      [K in ParameterCode<RT>]: ParameterTable<RT>[K & keyof ParameterTable<RT>] extends { type: T }
        ? K
        : never;
    }[ParameterCode<RT>];

/** The resource types reference parameter `C` of `RT` may point to. */
export type ReferenceTarget<RT extends string, C extends string> = string extends RT
  ? string
  : C extends keyof ParameterTable<RT>
    ? ParameterTable<RT>[C] extends { targets: infer Target extends string }
      ? Target
      : never
    : never;

/** A `_sort` key: a parameter code of `RT`, with `-` in front for descending order. */
export type SortKey<RT extends string> = ParameterCode<RT> | `-${ParameterCode<RT>}`;

/** The reference parameters of `Source` that may point to `RT`: what `_has` and `_revinclude` join on. */
export type ReferenceTo<Source extends string, RT extends string> = string extends RT
  ? ParameterCodeOfType<Source, 'reference'>
  : {
      [K in ParameterCodeOfType<Source, 'reference'>]: RT extends ReferenceTarget<Source, K> ? K : never;
    }[ParameterCodeOfType<Source, 'reference'>];
