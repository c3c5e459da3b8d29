import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLastUpdated, LastUpdatedForm, lastUpdatedFormFor } from './last-updated-forms.js';

const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
const zones = fc.constantFrom(
  'Australia/Sydney',
  'Australia/Perth',
  'Australia/Adelaide',
  'Australia/Brisbane',
);

describe('lastUpdated forms', () => {
  it('offset and Z forms name the same instant, to the second', () => {
    fc.assert(
      fc.property(instants, zones, (epochMs, zone) => {
        const second = Math.floor(epochMs / 1000) * 1000;
        const offset = formatLastUpdated(epochMs, LastUpdatedForm.Offset, zone);
        const utc = formatLastUpdated(epochMs, LastUpdatedForm.Utc, zone);
        expect(offset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(utc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(Date.parse(offset)).toBe(second);
        expect(Date.parse(utc)).toBe(second);
      }),
    );
  });

  it('the zone-less form is the practice wall-clock time of the offset form', () => {
    fc.assert(
      fc.property(instants, zones, (epochMs, zone) => {
        const none = formatLastUpdated(epochMs, LastUpdatedForm.None, zone);
        expect(none).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
        expect(formatLastUpdated(epochMs, LastUpdatedForm.Offset, zone).startsWith(none)).toBe(true);
      }),
    );
  });

  it('writes Sydney summer time with +11:00 and winter time with +10:00', () => {
    expect(
      formatLastUpdated(Date.parse('2026-01-15T00:00:00Z'), LastUpdatedForm.Offset, 'Australia/Sydney'),
    ).toBe('2026-01-15T11:00:00+11:00');
    expect(
      formatLastUpdated(Date.parse('2026-07-15T00:00:00Z'), LastUpdatedForm.Offset, 'Australia/Sydney'),
    ).toBe('2026-07-15T10:00:00+10:00');
  });

  it('gives each documented type its form and every other type Z', () => {
    expect(lastUpdatedFormFor('Patient')).toBe('offset');
    expect(lastUpdatedFormFor('Appointment')).toBe('offset');
    expect(lastUpdatedFormFor('Practitioner')).toBe('none');
    expect(lastUpdatedFormFor('Observation')).toBe('utc');
  });
});
