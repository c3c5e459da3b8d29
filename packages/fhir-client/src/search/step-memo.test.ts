import { describe, expect, it } from 'vitest';
import { SearchBuildError, search } from '../index.js';

// Equal steps on the same builder return the same builder (step-memo.ts); these prove the memory never
// changes a result or a verdict.
describe('remembered steps', () => {
  const poll = (dates: 'halo' | 'fhir' = 'halo') =>
    search('Appointment', { dates })
      .date('date', { ge: '2026-11-26T00:00:00', lt: '2026-11-27T00:00:00' })
      .token('status', ['booked', 'arrived'])
      .include('Appointment', 'patient')
      .sort('date')
      .count(100);

  it('give the same builder, query and URL when a query is rebuilt', () => {
    const first = poll();
    const again = poll();
    expect(again).toBe(first);
    expect(again.toString()).toBe(
      'Appointment?date=ge2026-11-26T00:00:00&date=lt2026-11-27T00:00:00&status=booked,arrived&_include=Appointment:patient&_sort=date&_count=100',
    );
    expect(Object.isFrozen(again)).toBe(true);
    expect(again.query).toBe(first.query);
  });

  it('never give the verdict of another typed method on the same name and value', () => {
    search('Patient').token('gender', 'male');
    expect(() => search('Patient').string('gender' as never, 'male')).toThrow(
      /gender is a token parameter, not a string one/,
    );
  });

  it('never give the verdict of another date profile or rule set', () => {
    expect(search('Patient').date('birthdate', { ge: '2026-11' }).toString()).toBe(
      'Patient?birthdate=ge2026-11',
    );
    expect(() => search('Patient', { dates: 'halo' }).date('birthdate', { ge: '2026-11' })).toThrow(
      SearchBuildError,
    );
    expect(search('Patient', { rules: 'r4' }).param('x-custom', '1').toString()).toBe('Patient?x-custom=1');
    expect(() => search('Patient', { rules: 'strict' }).param('x-custom', '1')).toThrow(SearchBuildError);
  });

  it('keep each step apart from the steps of other builders', () => {
    const base = search('Appointment').count(10);
    expect(base.sort('date').toString()).toBe('Appointment?_count=10&_sort=date');
    expect(search('Appointment').sort('date').toString()).toBe('Appointment?_sort=date');
    expect(base.count(20).toString()).toBe('Appointment?_count=20');
  });

  it('note a new value of a name that keeps changing, and keep its builder once the value comes again', () => {
    const base = search('Appointment', { dates: 'halo' }).count(10);
    const gp = (i: number) => base.reference('practitioner', `Practitioner/gp-${i}`).sort('date');
    const firstBuilt = Array.from({ length: 20 }, (_, i) => gp(i));
    // The first values of a name are kept at once; later ones are noted, then kept the second time.
    expect(gp(0)).toBe(firstBuilt[0]);
    const second = gp(15);
    expect(second).not.toBe(firstBuilt[15]);
    expect(gp(15)).toBe(second);
    for (const [i, built] of [...firstBuilt.entries(), [15, second] as const]) {
      expect(built.toString()).toBe(`Appointment?_count=10&practitioner=Practitioner/gp-${i}&_sort=date`);
      expect(Object.isFrozen(built)).toBe(true);
    }
  });

  it('run every check on a builder no step kept: a new value after a changing one is refused the same way', () => {
    const base = search('Appointment', { dates: 'halo' });
    for (let i = 0; i < 20; i++) {
      const unkept = base.reference('practitioner', `Practitioner/other-${i}`);
      expect(() => unkept.date('date', { ge: '2026-11' })).toThrow(/a partial date/);
      expect(() => unkept.token('status', { system: 'x', code: 'y', value: 'z' })).toThrow(SearchBuildError);
      expect(() => unkept.param('_count', 'ten')).toThrow(/not a page size/);
      expect(unkept.lastUpdated({ ge: `2026-11-20T00:00:${String(i).padStart(2, '0')}` }).toString()).toBe(
        `Appointment?practitioner=Practitioner/other-${i}&_lastUpdated=ge2026-11-20T00:00:${String(i).padStart(2, '0')}`,
      );
    }
  });

  it('are bounded: after many thousands of new values, a rebuilt query is still right', () => {
    const early = poll('fhir').toString();
    for (let i = 0; i < 10_000; i++) search('Patient').param('_id', `p-${i}`);
    expect(search('Patient').param('_id', 'p-0').toString()).toBe('Patient?_id=p-0');
    expect(poll('fhir').toString()).toBe(early);
  });
});
