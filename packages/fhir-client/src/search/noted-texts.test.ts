import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotedTexts } from './noted-texts.js';

describe('noted texts', () => {
  it('say "seen before" only for a text noted and not forgotten since, and right after noting it', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (texts) => {
        const noted = new NotedTexts();
        const pending = new Set<string>();
        for (const text of texts) {
          const seen = noted.seenBefore(text);
          if (seen) {
            expect(pending.has(text)).toBe(true);
            pending.delete(text);
          } else {
            pending.add(text);
          }
        }
        const fresh = new NotedTexts();
        for (const text of texts) {
          fresh.seenBefore(text);
          expect(fresh.seenBefore(text)).toBe(true);
        }
      }),
    );
  });
});
