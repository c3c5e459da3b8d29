import fc from 'fast-check';
import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createResourceStore } from '../store/resource-store.js';
import { createSearchEngine } from './create-search-engine.js';
import { searchFixture } from './test-support/search-fixture.js';

describe('search after the store changes', () => {
  it('sees created and updated resources at once, though values and indexes are cached', () => {
    const { store, ids } = searchFixture([
      { resourceType: 'Patient', id: 'p1', name: [{ family: 'Smith' }] },
    ]);
    expect(ids('Patient', 'family=smith')).toEqual(['p1']);
    expect(ids('Patient', '_id=p1')).toEqual(['p1']);
    const created = store.create({ resourceType: 'Patient', name: [{ family: 'Smithson' }] } as Patient);
    expect(ids('Patient', 'family=smith')).toEqual([created.id, 'p1']);
    store.update({ resourceType: 'Patient', id: 'p1', name: [{ family: 'Jones' }] } as Patient);
    expect(ids('Patient', 'family=smith')).toEqual([created.id]);
    expect(ids('Patient', 'family=jones')).toEqual(['p1']);
    expect(ids('Patient', `_id=${created.id}`)).toEqual([created.id]);
  });

  it('serves the current version', () => {
    const { store, search } = searchFixture([{ resourceType: 'Patient', id: 'p1', gender: 'male' }]);
    store.update({ resourceType: 'Patient', id: 'p1', gender: 'female' } as Patient);
    const [match] = search('Patient', 'gender=female').matches;
    expect(match?.meta?.versionId).toBe('2');
  });

  it('_lastUpdated searches meta.lastUpdated as stamped by the store clock', () => {
    let now = Date.parse('2026-11-26T00:00:00Z');
    const store = createResourceStore({ clock: { now: () => now } });
    const engine = createSearchEngine(store, { timeZone: 'UTC' });
    const ids = (query: string) =>
      engine.search({ resourceType: 'Patient', params: new URLSearchParams(query) }).matches.map((r) => r.id);
    const first = store.create({ resourceType: 'Patient' });
    now += 86_400_000;
    const second = store.create({ resourceType: 'Patient' });
    expect(ids('_lastUpdated=2026-11-26')).toEqual([first.id]);
    expect(ids('_lastUpdated=ge2026-11-27')).toEqual([second.id]);
    expect(ids('_sort=-_lastUpdated')).toEqual([second.id, first.id]);
  });
});

describe('cached values after any sequence of writes', () => {
  it('answer as an engine built afresh over the same store', () => {
    const families = ['Smith', 'Smithers', 'Jones', 'Lee'];
    const write = fc.record({
      update: fc.boolean(),
      pick: fc.nat(),
      family: fc.constantFrom(...families),
      gender: fc.constantFrom('male', 'female'),
      gp: fc.constantFrom('gp1', 'gp2'),
    });
    const queries = [
      'family=smith',
      'gender=female',
      'general-practitioner=Practitioner/gp2',
      '_sort=family,-_id',
      'name=lee&gender=male',
    ];
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 25 }), (writes) => {
        const store = createResourceStore();
        const warm = createSearchEngine(store, { timeZone: 'UTC' });
        const ids = (engine: ReturnType<typeof createSearchEngine>, query: string) =>
          engine
            .search({ resourceType: 'Patient', params: new URLSearchParams(query) })
            .matches.map((r) => r.id);
        const created: string[] = [];
        for (const w of writes) {
          const body: Patient = {
            resourceType: 'Patient',
            name: [{ family: w.family }],
            gender: w.gender as Patient['gender'],
            generalPractitioner: [{ reference: `Practitioner/${w.gp}` }],
          };
          if (w.update && created.length > 0)
            store.update({ ...body, id: created[w.pick % created.length] as string });
          else created.push(store.create(body).id);
          // Query the warm engine between writes so its caches are refreshed, not rebuilt.
          for (const query of queries) ids(warm, query);
        }
        const fresh = createSearchEngine(store, { timeZone: 'UTC' });
        for (const query of queries) expect(ids(warm, query), query).toEqual(ids(fresh, query));
      }),
      { numRuns: 40 },
    );
  });
});
