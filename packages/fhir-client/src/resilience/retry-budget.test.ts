import { describe, expect, test } from 'vitest';
import { haloFailure, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { harness, settle } from './test-support/harness.js';

describe('retry budget', () => {
  test('in a storm, retries stay within 10% of requests over the window, so load is not multiplied', async () => {
    // Every request fails with a retryable 500; without a budget each would be sent 4 times.
    const h = harness({ retryBudgetRatio: 0.1, retryBudgetWindowMs: 60_000, retryBudgetMinRetries: 3 });
    const results = [];
    for (let i = 0; i < 200; i++) {
      const failures = Array.from({ length: 4 }, () => haloFailure('server-error'));
      results.push(
        settle(
          h.policy.execute(
            searchRequest({ site: `site-${i}` }),
            scriptedAttempts(failures, h.clock.now).attempt,
          ),
        ),
      );
    }
    await h.clock.advance(59_000);
    await Promise.all(results);
    const stats = h.policy.stats();
    expect(stats.requests).toBe(200);
    expect(stats.retries).toBeLessThanOrEqual(20);
    expect(stats.retries).toBeGreaterThan(0);
    expect(stats.queriesSent).toBe(200 + stats.retries);
    expect(stats.retriesDeniedByBudget).toBeGreaterThan(0);
    expect(h.of('error').filter((e) => e.outcome === 'budget-exhausted').length).toBeGreaterThan(150);
  });

  test('a quiet client still gets the minimum number of retries', async () => {
    const h = harness({ retryBudgetMinRetries: 3, breakerFailureThreshold: 99 });
    const failures = Array.from({ length: 4 }, () => haloFailure('server-error'));
    const { attempt, calls } = scriptedAttempts([...failures], h.clock.now);
    const result = settle(h.policy.execute(searchRequest(), attempt));
    await h.clock.advance(60_000);
    expect((await result).ok).toBe(false);
    expect(calls).toHaveLength(4); // 1 request, 3 retries: allowed by the minimum, not by 10% of 1
  });

  test('the budget refills as the window slides', async () => {
    const h = harness({
      retryBudgetMinRetries: 1,
      retryBudgetRatio: 0,
      maxAttempts: 2,
      breakerFailureThreshold: 99,
    });
    const run = async () => {
      const { attempt, calls } = scriptedAttempts([haloFailure('server-error'), 'ok'], h.clock.now);
      const result = settle(h.policy.execute(searchRequest(), attempt));
      await h.clock.advance(5_000);
      await result;
      return calls.length;
    };
    expect(await run()).toBe(2);
    expect(await run()).toBe(1); // the one retry of this window is spent
    await h.clock.advance(60_000);
    expect(await run()).toBe(2);
  });
});
