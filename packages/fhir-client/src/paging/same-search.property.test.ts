import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlteredSearchLinkError } from './errors/altered-search-link-error.js';
import {
  DEFAULT_PAGE_TOKEN_PARAMETERS,
  DEFAULT_PAGING_PARAMETERS,
  pagingParameterRules,
} from './paging-parameters.js';
import { ContinuationKind, checkSameSearch } from './same-search.js';
import type { PagingCursor } from './cursor.js';
import { haloTestBase, stoppedAfterFirstPage } from './test-support/halo-link-fixtures.js';

const base = haloTestBase;
const rules = pagingParameterRules({});
const stoppedAt = stoppedAfterFirstPage;
/** Building a cursor costs time in proportion to the results so far: only a refusal may ask for one. */
let cursorsBuilt = 0;
const cursor = (): PagingCursor => {
  cursorsBuilt++;
  return stoppedAt;
};

/** Search parameters (not paging ones, not repaired ones): name and value, values with characters that need encoding. */
const searchPair = fc.tuple(
  fc.constantFrom(
    'name',
    'family',
    'status',
    'date',
    'patient',
    'code',
    'identifier',
    'name:exact',
    'subject.name',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const pagingPair = fc.tuple(
  fc.constantFrom(...DEFAULT_PAGING_PARAMETERS, ...DEFAULT_PAGE_TOKEN_PARAMETERS),
  fc.string({ maxLength: 16 }),
);

const linkOf = (pairs: readonly (readonly [string, string])[], path = 'Appointment') =>
  new URL(`${path}?${new URLSearchParams(pairs as [string, string][]).toString()}`, base);

const check = (link: URL, sent: readonly (readonly [string, string])[]) =>
  checkSameSearch(
    link,
    link.href,
    { base, resourceType: 'Appointment', query: new URLSearchParams(sent as [string, string][]), rules },
    cursor,
  );

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAlteredSearchLinkError(error)) return error;
    throw error;
  }
  return undefined;
};

describe('checkSameSearch (property)', () => {
  it('accepts the same search parameters in any order, with any paging parameters added or changed', () => {
    fc.assert(
      fc.property(
        fc.array(searchPair, { maxLength: 6 }),
        fc.array(pagingPair, { maxLength: 4 }),
        fc.array(pagingPair, { maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        (search, sentPaging, linkPaging, order) => {
          const sent = [...search, ...sentPaging];
          const shuffled = [...search, ...linkPaging]
            .map((pair) => ({ pair, key: order.next().value }))
            .sort((a, b) => a.key - b.key)
            .map(({ pair }) => pair);
          const built = cursorsBuilt;
          const kind = check(linkOf(shuffled), sent);
          expect([ContinuationKind.SameSearch, ContinuationKind.PageToken]).toContain(kind);
          expect(cursorsBuilt).toBe(built);
        },
      ),
    );
  });

  it('refuses a link that adds, drops or changes a search parameter, naming exactly that difference', () => {
    fc.assert(
      fc.property(
        fc.array(searchPair, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        searchPair,
        fc.constantFrom('add', 'drop', 'change'),
        (search, index, other, change) => {
          const at = index % search.length;
          const target = search[at]!;
          const link =
            change === 'add'
              ? [...search, other]
              : change === 'drop'
                ? search.filter((_, i) => i !== at)
                : search.map((pair, i) => (i === at ? ([pair[0], `${pair[1]}~`] as const) : pair));
          // A link with no search parameter and no token is a change too; keep the count non-trivial.
          fc.pre(link.length > 0);
          const error = refusal(() => check(linkOf(link), search));
          expect(error).toBeDefined();
          expect(error?.cursor).toBe(stoppedAt);
          const shown = ([name, value]: readonly [string, string]) => `${name}=${value}`;
          if (change === 'add') expect(error?.added).toEqual([shown(other)]);
          if (change === 'drop') expect(error?.dropped).toEqual([shown(target)]);
          if (change === 'change') {
            expect(error?.added).toEqual([`${target[0]}=${target[1]}~`]);
            expect(error?.dropped).toEqual([shown(target)]);
          }
        },
      ),
    );
  });

  it('refuses every other resource type, whatever the parameters', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{1,15}$/).filter((type) => type !== 'Appointment'),
        fc.array(searchPair, { maxLength: 4 }),
        (type, search) => {
          const error = refusal(() => check(linkOf(search, type), search));
          expect(error?.difference).toBe(`searches ${type}, not Appointment`);
        },
      ),
    );
  });

  it('accepts an opaque page-token link at the base, refuses one that also searches', () => {
    const hapi = new URL(
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4?_getpages=u&_getpagesoffset=20&_count=10&_bundletype=searchset',
    );
    expect(check(hapi, [['name', 'smith']])).toBe(ContinuationKind.PageToken);
    const searching = new URL(`${hapi.href}&name=jones`);
    expect(refusal(() => check(searching, [['name', 'smith']]))?.difference).toBe(
      'searches the whole server with name=jones',
    );
  });
});
