import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSearch, type SearchBuilder, search } from '../index.js';

// A builder writes its URL from its parent's when its step appends (builder-core.ts `toString`); these
// prove that gives the URL its query formats to, whichever builders of the chain were written before.
type Step = (builder: SearchBuilder<'Observation'>) => SearchBuilder<'Observation'>;

const word = fc.constantFrom('a', 'b|c', 'd,e', 'é f', 'g$h', '1&2');
const steps: fc.Arbitrary<Step> = fc.oneof(
  word.map(
    (value): Step =>
      (b) =>
        b.token('status', value),
  ),
  word.map(
    (value): Step =>
      (b) =>
        b.param('x-custom', value),
  ),
  fc.nat(50).map(
    (count): Step =>
      (b) =>
        b.count(count),
  ),
  fc.constantFrom('date', '-date', 'code').map(
    (key): Step =>
      (b) =>
        b.sort(key),
  ),
  fc.constantFrom('true', 'count', 'data' as const).map(
    (mode): Step =>
      (b) =>
        b.summary(mode),
  ),
  fc.option(fc.constantFrom('container', 'contained' as const), { nil: undefined }).map(
    (type): Step =>
      (b) =>
        type === undefined ? b.contained('true') : b.contained('true', { type }),
  ),
  fc.constant<Step>((b) => b.include('Observation', 'subject')),
  fc.constant<Step>((b) => b.date('date', { ge: '2026-11-26', lt: '2026-11-27' })),
);

describe('a builder URL written from its parent', () => {
  it('is the URL its query formats to, whichever builders were written first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(steps, fc.boolean()), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('r4', 'lenient' as const),
        (chosen, rules) => {
          let builder: SearchBuilder<'Observation'> = search('Observation', { rules });
          for (const [step, writeNow] of chosen) {
            builder = step(builder);
            if (writeNow) expect(builder.toString()).toBe(formatSearch(builder.query));
          }
          expect(builder.toString()).toBe(formatSearch(builder.query));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
