import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NextLinkContext, nextLinkPreparer, prepareNextLink } from './next-link.js';
import { usualNextLinkShortcut } from './next-link-shortcut.js';
import { pagingParameterRules } from './paging-parameters.js';
import { haloTestBase, stoppedAfterFirstPage } from './test-support/halo-link-fixtures.js';

// The usual next link of a search takes a shortcut (the search's side worked out once); every link,
// usual or not, must come out exactly as the general path makes it: same URL, repair and refusal.

const base = haloTestBase;
const stoppedAt = stoppedAfterFirstPage;

const contextFor = (
  sent: readonly (readonly [string, string])[],
  pagingParameters?: string[],
): NextLinkContext => ({
  base,
  resourceType: 'Appointment',
  query: new URLSearchParams(sent as [string, string][]),
  pagingParameters: pagingParameterRules(pagingParameters ? { pagingParameters } : {}),
  cursor: () => stoppedAt,
});

/** What preparing a link gives: the prepared link, or the refusal's name and message. */
function outcomeOf(prepare: () => unknown): unknown {
  try {
    return { prepared: JSON.parse(JSON.stringify(prepare())) as unknown };
  } catch (error) {
    return { refused: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const names = [
  'date',
  'status',
  'patient',
  'name:exact',
  '_include',
  '_include:iterate',
  '_revinclude',
  '_count',
  '_sort',
  '_elements',
  '_summary',
  '_total',
  '_page',
  '_offset',
  '_getpages',
  'ct',
] as const;
const pair = fc.tuple(
  fc.constantFrom(...names),
  fc.constantFrom('a', 'b', 'Appointment:patient', 'x y&z', ''),
);
const path = fc.constantFrom(
  'Appointment',
  'Appointment/_search',
  'Appointment/',
  'Patient',
  'Appointment/_history',
  '',
  '%41ppointment',
  'https://api.haloconnect.io/integrator/sites/abc/fhir/R4/Appointment',
  'https://proxy.internal/integrator/sites/abc/fhir/R4/Appointment',
  'https://elsewhere.example/fhir/Appointment',
  '../../other/Appointment',
);

describe('next links: the shortcut and the general path agree', () => {
  it('on every link, whatever it keeps, drops, adds or points at (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pair, { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(pair, { maxLength: 3 }),
        path,
        fc.boolean(),
        (sent, keptIndexes, extra, target, sortAsPaging) => {
          const kept = keptIndexes.flatMap((index) => (sent.length > 0 ? [sent[index % sent.length]!] : []));
          const query = new URLSearchParams([...kept, ...extra] as [string, string][]).toString();
          const link = query === '' ? target : `${target}?${query}`;
          const context = contextFor(
            sent,
            sortAsPaging ? ['_count', '_page', '_sort', '_include'] : undefined,
          );

          expect(outcomeOf(() => nextLinkPreparer(context)(link))).toEqual(
            outcomeOf(() => prepareNextLink(link, context)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes the shortcut for the usual links: all parameters kept, or Halo’s dropped _include restored', () => {
    const sent: [string, string][] = [
      ['date', 'ge2026-11-26'],
      ['_include', 'Appointment:patient'],
      ['_include', 'Appointment:practitioner'],
      ['_count', '100'],
    ];
    const shortcut = usualNextLinkShortcut(contextFor(sent));
    const whole = `Appointment?${new URLSearchParams([...sent, ['_page', '2']]).toString()}`;
    const halo = `${base.href}Appointment?date=ge2026-11-26&_count=100&_page=3`;

    expect(shortcut(whole)).toMatchObject({ repair: undefined, loopKey: new URL(whole, base).href });
    expect(shortcut(halo)).toMatchObject({
      repair: {
        original: halo,
        restored: ['_include=Appointment:patient', '_include=Appointment:practitioner'],
      },
    });
    // Anything unusual goes the general way.
    expect(shortcut(`${whole}&status=booked`)).toBeUndefined();
    expect(shortcut(`${base.href}?_getpages=abc`)).toBeUndefined();
    expect(shortcut(`https://proxy.internal${new URL(whole, base).pathname}`)).toBeUndefined();
  });
});
