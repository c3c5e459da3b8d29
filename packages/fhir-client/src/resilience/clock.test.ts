import { describe, expect, test } from 'vitest';
import { createManualClock, sleepUnlessAborted } from './clock.js';

describe('manual clock', () => {
  test('sleepers wake in deadline order as time passes, including sleeps started by earlier wakers', async () => {
    const clock = createManualClock(1000);
    const woke: string[] = [];
    void clock.sleep(300).then(() => woke.push(`b@${clock.now()}`));
    void clock.sleep(100).then(async () => {
      woke.push(`a@${clock.now()}`);
      await clock.sleep(100);
      woke.push(`a2@${clock.now()}`);
    });
    await clock.advance(250);
    expect(woke).toEqual(['a@1100', 'a2@1200']);
    expect(clock.pendingSleeps).toBe(1);
    expect(clock.nextWakeAt).toBe(1300);
    await clock.advance(50);
    expect(woke).toEqual(['a@1100', 'a2@1200', 'b@1300']);
    expect(clock.now()).toBe(1300);
  });

  test('a sleep rejects with the abort reason and leaves no sleeper behind', async () => {
    const clock = createManualClock(0);
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    expect(clock.pendingSleeps).toBe(0);
  });

  test('sleepUnlessAborted aborts even a clock that ignores signals', async () => {
    const clock = createManualClock(0);
    const deaf = { now: clock.now, sleep: (ms: number) => clock.sleep(ms) };
    const controller = new AbortController();
    const sleeping = sleepUnlessAborted(deaf, 1000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('refuses to move backwards or start at an invalid date', async () => {
    const clock = createManualClock('2026-11-26T00:00:00Z');
    await expect(clock.advanceTo(0)).rejects.toThrow(RangeError);
    await expect(clock.advance(-1)).rejects.toThrow(/non-negative/);
    expect(() => createManualClock('not a date')).toThrow(/not a valid date/);
  });
});
