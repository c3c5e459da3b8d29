import type { Resource } from 'fhir/r4.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpDateOf, isNotModified, versionHeaders } from './conditional-read.js';

const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
const versionIds = fc.stringMatching(/^[A-Za-z0-9.-]{1,8}$/);
const resourceAt = (epochMs: number, versionId = '1'): Resource => ({
  resourceType: 'Patient',
  id: 'p',
  meta: { versionId, lastUpdated: new Date(epochMs).toISOString() },
});
const imfFixdate =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('Last-Modified and If-Modified-Since', () => {
  it('writes lastUpdated as an IMF-fixdate that reads back as the same second', () => {
    fc.assert(
      fc.property(instants, (epochMs) => {
        const date = httpDateOf(resourceAt(epochMs)) as string;
        expect(date).toMatch(imfFixdate);
        expect(Date.parse(date)).toBe(Math.floor(epochMs / 1000) * 1000);
      }),
    );
  });

  it('is not modified exactly when lastUpdated, cut to the second, is not after the date', () => {
    fc.assert(
      fc.property(instants, instants, (updated, since) => {
        const header = new Date(since).toUTCString();
        const expected = Math.floor(updated / 1000) <= Math.floor(since / 1000);
        expect(isNotModified(resourceAt(updated), { ifNoneMatch: undefined, ifModifiedSince: header })).toBe(
          expected,
        );
      }),
    );
  });

  it('ignores what is not an HTTP-date, and a resource with no lastUpdated', () => {
    for (const text of ['2026-11-26', '1764115200', 'tomorrow', '']) {
      expect(isNotModified(resourceAt(0), { ifNoneMatch: undefined, ifModifiedSince: text })).toBe(false);
    }
    const bare: Resource = { resourceType: 'Patient', id: 'p' };
    expect(
      isNotModified(bare, { ifNoneMatch: undefined, ifModifiedSince: 'Thu, 26 Nov 2026 09:15:00 GMT' }),
    ).toBe(false);
    expect(versionHeaders(bare)).toEqual({});
  });
});

describe('ETag and If-None-Match', () => {
  it('matches when any listed tag, weak or strong, names the current version', () => {
    const tag = fc
      .tuple(versionIds, fc.boolean())
      .map(([id, weak]) => ({ id, text: `${weak ? 'W/' : ''}"${id}"` }));
    fc.assert(
      fc.property(versionIds, fc.array(tag, { maxLength: 5 }), (current, tags) => {
        const header = tags.map((t) => t.text).join(', ');
        const expected = tags.some((t) => t.id === current);
        const conditions = { ifNoneMatch: header, ifModifiedSince: 'Thu, 01 Jan 2099 00:00:00 GMT' };
        // If-None-Match decides alone: If-Modified-Since (which would say 304) is ignored.
        expect(isNotModified(resourceAt(0, current), conditions)).toBe(expected);
        expect(versionHeaders(resourceAt(0, current)).etag).toBe(`W/"${current}"`);
      }),
    );
  });
});
