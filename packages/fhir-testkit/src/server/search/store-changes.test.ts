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
