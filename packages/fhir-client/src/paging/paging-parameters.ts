/**
 * Parameters a server may add, change or drop in a `next` link without changing the search: the
 * page size and position, and representation parameters servers echo (`_format`, `_pretty`, HAPI's
 * `_bundletype`). Anything else in the link must be exactly what the search sent.
 */
export const DEFAULT_PAGING_PARAMETERS: readonly string[] = Object.freeze([
  '_count',
  '_offset',
  '_page',
  'page',
  '_skip',
  '_getpagesoffset',
  '_bundletype',
  '_format',
  '_pretty',
]);

/**
 * Parameters that carry a page token: the server keeps the search on its side, so a link holding
 * one of them may leave out the search's own parameters (HAPI's `[base]?_getpages=…`, Google's
 * `_page_token`, Azure's `ct`, the testkit's `_cursor`). Parameters it does keep must still match.
 */
export const DEFAULT_PAGE_TOKEN_PARAMETERS: readonly string[] = Object.freeze([
  '_getpages',
  '_cursor',
  '_pageToken',
  '_page_token',
  'pageToken',
  'ct',
  '_continuation',
  'continuationToken',
  '_searchId',
]);

/** Which `next` link parameters the server owns, as the pager checks them. */
export interface PagingParameterRules {
  /** Names (before any `:modifier`) the server may add, change or drop. */
  readonly paging: ReadonlySet<string>;
  /** Names that carry a page token; the server may also add, change or drop them. */
  readonly tokens: ReadonlySet<string>;
}

/** The rules for the given lists (the defaults where a list is not given). */
export function pagingParameterRules(lists: {
  readonly pagingParameters?: readonly string[] | undefined;
  readonly pageTokenParameters?: readonly string[] | undefined;
}): PagingParameterRules {
  return {
    paging: new Set(lists.pagingParameters ?? DEFAULT_PAGING_PARAMETERS),
    tokens: new Set(lists.pageTokenParameters ?? DEFAULT_PAGE_TOKEN_PARAMETERS),
  };
}

/** Why `value` is not a list of parameter names, or undefined when it is one. */
export function parameterListProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return `${JSON.stringify(value)} is not an array of parameter names.`;
  const bad = value.find((name) => typeof name !== 'string' || !/^[^=&#\s:]+$/.test(name));
  return bad === undefined
    ? undefined
    : `${JSON.stringify(bad)} is not a parameter name (a non-empty string without =, &, #, : or spaces).`;
}
