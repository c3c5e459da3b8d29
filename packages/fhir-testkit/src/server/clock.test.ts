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

  it('rejects an aborted sleep with the signal reason and forgets it, so abandoned waits hold nothing', async () => {
    const clock = createManualClock(0);
    const controllers = Array.from({ length: 1_000 }, () => new AbortController());
    const sleeps = controllers.map((controller) => clock.sleep(30_000, controller.signal));
    const kept = clock.sleep(30_000);
    expect(clock.pendingSleeps).toBe(1_001);
    const reason = new Error('exchange finished');
    for (const controller of controllers) controller.abort(reason);
    const settled = await Promise.allSettled(sleeps);
    expect(settled.every((s) => s.status === 'rejected' && s.reason === reason)).toBe(true);
    expect(clock.pendingSleeps).toBe(1);
    clock.advance(30_000);
    await expect(kept).resolves.toBeUndefined();
    expect(clock.pendingSleeps).toBe(0);
  });

  it('rejects at once when the signal has already aborted, even for sleep(0)', async () => {
    const clock = createManualClock(0);
    const aborted = AbortSignal.abort(new Error('gone'));
    await expect(clock.sleep(1_000, aborted)).rejects.toThrow('gone');
    await expect(clock.sleep(0, aborted)).rejects.toThrow('gone');
    expect(clock.pendingSleeps).toBe(0);
  });

  it('a sleeper woken by advance no longer listens to its signal', async () => {
    const clock = createManualClock(0);
    const controller = new AbortController();
    const sleep = clock.sleep(10, controller.signal);
    clock.advance(10);
    await expect(sleep).resolves.toBeUndefined();
    controller.abort(new Error('late'));
    expect(clock.pendingSleeps).toBe(0);
  });

  it('systemClock sleep rejects with the reason when its signal aborts', async () => {
    const controller = new AbortController();
    const sleep = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleep).rejects.toThrow('stop');
  });

  it('systemClock reads Date.now', () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });
});
