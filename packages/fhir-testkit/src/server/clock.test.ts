import { describe, expect, it } from 'vitest';
import { createManualClock, systemClock } from './clock.js';

describe('createManualClock', () => {
  it('starts at the given instant and moves only when advanced', () => {
    const clock = createManualClock('2026-11-26T00:00:00Z');
    expect(clock.now()).toBe(Date.parse('2026-11-26T00:00:00Z'));
    clock.advance(1_500);
    expect(clock.now()).toBe(Date.parse('2026-11-26T00:00:01.500Z'));
  });

  it('wakes sleepers when their deadline passes, in any order of advance steps', async () => {
    const clock = createManualClock(0);
    const woke: string[] = [];
    void clock.sleep(100).then(() => woke.push('100'));
    void clock.sleep(50).then(() => woke.push('50'));
    await clock.whenSleeping(2);
    clock.advance(60);
    await Promise.resolve();
    expect(woke).toEqual(['50']);
    expect(clock.pendingSleeps).toBe(1);
    clock.set(100);
    await Promise.resolve();
    expect(woke).toEqual(['50', '100']);
  });

  it('resolves sleep(0) at once and refuses moving backwards or an invalid start', async () => {
    const clock = createManualClock(1_000);
    await clock.sleep(0);
    expect(() => clock.set(999)).toThrow(/backwards/);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => createManualClock('not a date')).toThrow(/not a valid date/);
  });

  it('systemClock reads Date.now', () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });
});
