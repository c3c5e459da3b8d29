import { describe, expect, test } from 'vitest';
import { InvalidResilienceOptionError, resilienceDefaults, resolveResilienceOptions } from './options.js';
import { createResiliencePolicy } from './policy.js';

describe('resilience options', () => {
  test('defaults follow Halo guidance', () => {
    const resolved = resolveResilienceOptions();
    expect(resolved).toMatchObject({
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      maxAttempts: 4,
      maxRetryAfterMs: 120_000,
      breakerFailureThreshold: 3,
      breakerOpenMs: 30_000,
      breakerMaxOpenMs: 60_000,
      breakerHalfOpenProbes: 1,
      loginFailedPauseMs: 3_600_000,
      retryBudgetRatio: 0.1,
      retryBudgetWindowMs: 60_000,
    });
    expect(resolved.siteTimeZone('any')).toBe(resilienceDefaults.timeZone);
  });

  test.each([
    [{ maxAttempts: 0 }, /maxAttempts must be an integer > 0; got 0/],
    [{ maxAttempts: 2.5 }, /maxAttempts/],
    [{ baseDelayMs: -1 }, /baseDelayMs must be a number >= 0/],
    [{ retryBudgetRatio: Number.NaN }, /retryBudgetRatio/],
    [{ baseDelayMs: 5000, maxDelayMs: 1000 }, /maxDelayMs \(1000\) must be >= baseDelayMs \(5000\)/],
    [{ breakerOpenMs: 60_000, breakerMaxOpenMs: 1000 }, /breakerMaxOpenMs/],
  ])('%o is refused at construction with a message saying what is wrong', (options, message) => {
    expect(() => createResiliencePolicy(options)).toThrow(InvalidResilienceOptionError);
    expect(() => createResiliencePolicy(options)).toThrow(message);
  });
});
