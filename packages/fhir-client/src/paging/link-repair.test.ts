import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairNextLink } from './link-repair.js';

const base = 'https://api.haloconnect.io/integrator/sites/abc/fhir/R4/';

describe('repairNextLink', () => {
  it("restores Halo's lost _include and _revinclude and reports what it restored", () => {
    const sent = new URLSearchParams(
      '_count=2&date=2026-03-02&_include=Appointment:patient&_revinclude:iterate=Provenance:target',
    );
    const repair = repairNextLink(`${base}Appointment?date=2026-03-02&_count=2&_offset=2`, {
      sent,
      base,
      resourceType: 'Appointment',
    });
    expect(repair.restored).toEqual([
      '_include=Appointment:patient',
      '_revinclude:iterate=Provenance:target',
    ]);
    const repaired = new URL(repair.repaired).searchParams;
    expect(repaired.getAll('_include')).toEqual(['Appointment:patient']);
    expect(repaired.getAll('_revinclude:iterate')).toEqual(['Provenance:target']);
    expect(repaired.get('_offset')).toBe('2');
  });

  it('restores lost result parameters but keeps a value the server changed (e.g. a clamped _count)', () => {
    const sent = new URLSearchParams(
      '_count=500&_sort=date&_elements=id,status&_summary=data&_total=accurate',
    );
    const repair = repairNextLink(`${base}Appointment?_count=100&_offset=100`, {
      sent,
      base,
      resourceType: 'Appointment',
    });
    const repaired = new URL(repair.repaired).searchParams;
    expect(repaired.getAll('_count')).toEqual(['100']);
    expect(repair.restored).toEqual([
      '_sort=date',
      '_elements=id,status',
      '_summary=data',
      '_total=accurate',
    ]);
  });

  it('resolves a relative link against the base', () => {
    const sent = new URLSearchParams('_include=Appointment:patient');
    const repair = repairNextLink('Appointment?_offset=10', { sent, base, resourceType: 'Appointment' });
    expect(repair.repaired).toBe(`${base}Appointment?_offset=10&_include=Appointment%3Apatient`);
    expect(repair.original).toBe('Appointment?_offset=10');
  });

  it('repairs a POST search link (`Type/_search`) too', () => {
    const sent = new URLSearchParams('_include=Appointment:patient');
    const repair = repairNextLink(`${base}Appointment/_search?_offset=10`, {
      sent,
      base,
      resourceType: 'Appointment',
    });
    expect(repair.restored).toEqual(['_include=Appointment:patient']);
  });

  it('leaves links that carry server-side paging state alone (e.g. HAPI `?_getpages=`)', () => {
    const sent = new URLSearchParams('_include=Appointment:patient&_count=5');
    const link = 'https://hapi.example/baseR4?_getpages=abc&_getpagesoffset=5&_count=5';
    const repair = repairNextLink(link, {
      sent,
      base: 'https://hapi.example/baseR4',
      resourceType: 'Appointment',
    });
    expect(repair).toEqual({ original: link, repaired: link, restored: [] });
  });

  it('does not add a parameter the search never sent', () => {
    const sent = new URLSearchParams('date=2026-03-02');
    const link = `${base}Appointment?date=2026-03-02&_offset=2`;
    expect(repairNextLink(link, { sent, base, resourceType: 'Appointment' }).restored).toEqual([]);
  });
});

// Property tests: the repair must stay correct once Halo fixes its bug (idempotent, never duplicates).
const repeatableNames = ['_include', '_revinclude', '_include:iterate', '_revinclude:iterate'];
const singleNames = ['_count', '_sort', '_elements', '_summary', '_total'];
const otherNames = ['date', 'status', 'patient', 'name', '_offset', 'page'];
const value = fc.stringMatching(/^[A-Za-z0-9:.,|\- /%&=+]{1,12}$/);
const pair = fc.tuple(fc.constantFrom(...repeatableNames, ...singleNames, ...otherNames), value);
const params = fc.array(pair, { maxLength: 8 });

function count(search: URLSearchParams, name: string, val?: string): number {
  return [...search].filter(([n, v]) => n === name && (val === undefined || v === val)).length;
}

describe('repairNextLink properties', () => {
  it('is idempotent: repairing a repaired link changes nothing', () => {
    fc.assert(
      fc.property(params, params, (sentPairs, linkPairs) => {
        const sent = new URLSearchParams(sentPairs);
        const link = `${base}Appointment?${new URLSearchParams(linkPairs)}`;
        const once = repairNextLink(link, { sent, base, resourceType: 'Appointment' });
        const twice = repairNextLink(once.repaired, { sent, base, resourceType: 'Appointment' });
        expect(twice.restored).toEqual([]);
        expect(twice.repaired).toBe(once.repaired);
      }),
    );
  });

  it('leaves an already-correct link unchanged (what a fixed Halo will send)', () => {
    fc.assert(
      fc.property(params, params, (sentPairs, extraPairs) => {
        const sent = new URLSearchParams(sentPairs);
        const link = `${base}Appointment?${new URLSearchParams([...extraPairs, ...sentPairs])}`;
        const repair = repairNextLink(link, { sent, base, resourceType: 'Appointment' });
        expect(repair.restored).toEqual([]);
        expect(repair.repaired).toBe(new URL(link).href);
      }),
    );
  });

  it('never duplicates a parameter, restores every lost one, and keeps the link as sent as its prefix', () => {
    fc.assert(
      fc.property(params, params, (sentPairs, linkPairs) => {
        const sent = new URLSearchParams(sentPairs);
        const linkQuery = new URLSearchParams(linkPairs);
        const link = `${base}Appointment?${linkQuery}`;
        const repair = repairNextLink(link, { sent, base, resourceType: 'Appointment' });
        const repairedUrl = new URL(repair.repaired);
        const repaired = repairedUrl.searchParams;
        expect(repairedUrl.search.startsWith(new URL(link).search)).toBe(true);
        for (const [name, val] of sent) {
          if (repeatableNames.includes(name)) {
            expect(count(repaired, name, val)).toBe(Math.max(count(linkQuery, name, val), 1));
          } else if (singleNames.includes(name)) {
            expect(count(repaired, name)).toBe(Math.max(count(linkQuery, name), 1));
          }
        }
        for (const name of otherNames) expect(count(repaired, name)).toBe(count(linkQuery, name));
      }),
    );
  });
});
