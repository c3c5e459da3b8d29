import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createResourceStore } from './resource-store.js';
import { InvalidResourceError, ResourceNotFoundError, VersionConflictError } from './store-errors.js';

const fixedClock = (iso: string) => {
  let now = Date.parse(iso);
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('ResourceStore', () => {
  it('seeds resources as given, keeping their meta, and lists them per type', () => {
    const store = createResourceStore({
      resources: [
        { resourceType: 'Patient', id: 'a', meta: { versionId: '3', lastUpdated: '2020-01-01T00:00:00Z' } },
        { resourceType: 'Patient', id: 'b' },
        { resourceType: 'Practitioner', id: 'a' },
      ],
    });
    expect(store.size).toBe(3);
    expect(store.get('Patient', 'a')?.meta?.versionId).toBe('3');
    expect(store.get('Patient', 'b')?.meta?.versionId).toBe('1');
    expect(store.list('Patient').map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.types()).toEqual(['Patient', 'Practitioner']);
    expect(store.get('Patient', 'zz')).toBeUndefined();
    expect(store.list('Slot')).toEqual([]);
  });

  it('create assigns a new id, versionId 1 and lastUpdated from the clock, and never reuses an id', () => {
    const clock = fixedClock('2026-11-26T01:02:03.004Z');
    const store = createResourceStore({ clock, resources: [{ resourceType: 'Patient', id: '1' }] });
    const created = store.create({
      resourceType: 'Patient',
      id: 'ignored',
      name: [{ family: 'New' }],
    } as Patient);
    expect(created.id).not.toBe('ignored');
    expect(created.id).not.toBe('1');
    expect(created.meta).toEqual({ versionId: '1', lastUpdated: '2026-11-26T01:02:03.004Z' });
    expect(store.get('Patient', created.id as string)).toBe(created);
    expect(store.create({ resourceType: 'Patient' }).id).not.toBe(created.id);
  });

  it('update bumps versionId, stamps lastUpdated, and keeps every version readable', () => {
    const clock = fixedClock('2026-11-26T00:00:00Z');
    const store = createResourceStore({ clock });
    const v1 = store.create({ resourceType: 'Patient', gender: 'male' } as Patient);
    clock.advance(60_000);
    const { resource: v2, created } = store.update({ ...v1, gender: 'female' } as Patient);
    expect(created).toBe(false);
    expect(v2.meta).toEqual({ versionId: '2', lastUpdated: '2026-11-26T00:01:00.000Z' });
    expect(store.get('Patient', v1.id as string)).toBe(v2);
    expect(store.getVersion('Patient', v1.id as string, '1')).toEqual(v1);
    expect(store.getVersion('Patient', v1.id as string, '3')).toBeUndefined();
    expect(store.history('Patient', v1.id as string).map((r) => r.meta?.versionId)).toEqual(['1', '2']);
    expect(store.size).toBe(1);
  });

  it('update stamps a change at the instant it happened (at), in order and never in the future', () => {
    const clock = fixedClock('2026-11-26T00:00:00Z');
    const store = createResourceStore({ clock });
    const v1 = store.create({ resourceType: 'Patient', gender: 'male' } as Patient);
    clock.advance(10 * 60_000);
    const at = Date.parse('2026-11-26T00:04:00Z');
    const { resource: v2 } = store.update({ ...v1, gender: 'female' } as Patient, { at });
    expect(v2.meta).toEqual({ versionId: '2', lastUpdated: '2026-11-26T00:04:00.000Z' });
    const booked = store.update({ resourceType: 'Patient', id: 'walk-in' } as Patient, {
      createIfMissing: true,
      at,
    });
    expect(booked.resource.meta).toEqual({ versionId: '1', lastUpdated: '2026-11-26T00:04:00.000Z' });
    expect(() => store.update(v2, { at: at - 1 })).toThrowError(/no earlier than the current version/);
    expect(() => store.update(v2, { at: clock.now() + 1 })).toThrowError(/no later than now/);
    expect(store.get('Patient', v1.id as string)).toBe(v2);
  });

  it('update refuses a stale If-Match version and an unknown id unless asked to create', () => {
    const store = createResourceStore();
    const v1 = store.create({ resourceType: 'Patient' });
    store.update({ ...v1 });
    expect(() => store.update({ ...v1 }, { ifMatchVersionId: '1' })).toThrowError(VersionConflictError);
    expect(() => store.update({ ...v1 }, { ifMatchVersionId: '1' })).toThrowError(/version 2, not 1/);
    expect(store.update({ ...v1 }, { ifMatchVersionId: '2' }).resource.meta?.versionId).toBe('3');
    expect(() => store.update({ resourceType: 'Patient', id: 'nope' })).toThrowError(ResourceNotFoundError);
    const made = store.update({ resourceType: 'Patient', id: 'nope' }, { createIfMissing: true });
    expect(made.created).toBe(true);
    expect(made.resource.meta?.versionId).toBe('1');
  });

  it('refuses resources without a type or with an invalid id', () => {
    const store = createResourceStore();
    expect(() => store.add({ id: 'x' } as never)).toThrowError(InvalidResourceError);
    expect(() => store.add({ resourceType: 'Patient', id: 'has space' })).toThrowError(/not a FHIR id/);
    expect(() => store.add({ resourceType: 'Patient' })).toThrowError(/not a FHIR id/);
  });

  it('freezes stored versions and does not share objects with the caller of create/update', () => {
    const store = createResourceStore();
    const input: Patient = { resourceType: 'Patient', name: [{ family: 'A' }] };
    const created = store.create(input);
    expect(Object.isFrozen(created)).toBe(true);
    expect(Object.isFrozen(created.name?.[0])).toBe(true);
    (input.name as { family: string }[])[0] = { family: 'B' };
    expect((store.get('Patient', created.id as string) as Patient).name?.[0]?.family).toBe('A');
  });

  it('changes the generation of a type only when that type changes', () => {
    const store = createResourceStore();
    const before = store.generationOf('Patient');
    store.create({ resourceType: 'Practitioner' });
    expect(store.generationOf('Patient')).toBe(before);
    store.create({ resourceType: 'Patient' });
    expect(store.generationOf('Patient')).not.toBe(before);
  });
});

describe('ResourceStore.changedSince', () => {
  it('lists the ids written since a generation, and refuses a generation it never gave', () => {
    const store = createResourceStore({ resources: [{ resourceType: 'Patient', id: 'a' }] });
    const seen = store.generationOf('Patient');
    store.update({ resourceType: 'Patient', id: 'a' });
    const created = store.create({ resourceType: 'Patient' });
    expect(store.changedSince('Patient', seen)).toEqual(['a', created.id]);
    expect(store.changedSince('Patient', store.generationOf('Patient'))).toEqual([]);
    expect(store.changedSince('Patient', 99)).toBeUndefined();
    expect(store.changedSince('Slot', 0)).toEqual([]);
  });
});
