import { describe, expect, it } from 'vitest';
import { addDays, localInstant, zoneOffsetMinutes } from './time-zone.js';

describe('local instants with the site offset', () => {
  it('writes Sydney daylight time as +11:00 and standard time as +10:00', () => {
    expect(localInstant('2026-11-26', 9 * 60 + 15, 'Australia/Sydney')).toBe('2026-11-26T09:15:00+11:00');
    expect(localInstant('2026-06-26', 9 * 60 + 15, 'Australia/Sydney')).toBe('2026-06-26T09:15:00+10:00');
  });

  it('follows the DST changes (first Sunday of April and of October)', () => {
    expect(localInstant('2026-04-04', 9 * 60, 'Australia/Sydney')).toBe('2026-04-04T09:00:00+11:00');
    expect(localInstant('2026-04-05', 9 * 60, 'Australia/Sydney')).toBe('2026-04-05T09:00:00+10:00');
    expect(localInstant('2026-10-04', 9 * 60, 'Australia/Sydney')).toBe('2026-10-04T09:00:00+11:00');
  });

  it('handles zones without DST and with half-hour offsets', () => {
    expect(localInstant('2026-11-26', 8 * 60, 'Australia/Perth')).toBe('2026-11-26T08:00:00+08:00');
    expect(localInstant('2026-11-26', 8 * 60, 'Australia/Adelaide')).toBe('2026-11-26T08:00:00+10:30');
    expect(localInstant('2026-11-26', 8 * 60, 'UTC')).toBe('2026-11-26T08:00:00+00:00');
    expect(zoneOffsetMinutes('Australia/Darwin', Date.parse('2026-11-26T00:00:00Z'))).toBe(570);
  });

  it('says what to pass for an unknown zone', () => {
    expect(() => localInstant('2026-11-26', 0, 'Mars/Olympus')).toThrowError(/IANA name/);
  });

  it('adds calendar days across month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
