import { describe, expect, test } from 'vitest';
import { createRedisResilienceStore, InvalidRedisStoreOptionError } from './index.js';

function errorOf(make: () => unknown): InvalidRedisStoreOptionError {
  try {
    make();
  } catch (error) {
    if (error instanceof InvalidRedisStoreOptionError) return error;
    throw error;
  }
  throw new Error('expected InvalidRedisStoreOptionError');
}

describe('Redis store options', () => {
  test('an integrator or environment that cannot be a key part is refused, saying what to give', () => {
    const bad = errorOf(() =>
      createRedisResilienceStore({ integrator: 'acme sync', environment: 'production' }),
    );
    expect(bad.option).toBe('integrator');
    expect(bad.message).toBe(
      `Invalid Redis resilience store option integrator: it is "acme sync"; give 1-100 letters, digits, '.', '_' or '-' (never a subscription key).`,
    );
    expect(errorOf(() => createRedisResilienceStore({ integrator: 'acme', environment: '' })).option).toBe(
      'environment',
    );
  });

  test('timings must be positive numbers of ms', () => {
    const bad = errorOf(() =>
      createRedisResilienceStore({ integrator: 'acme', environment: 'test', commandTimeoutMs: 0 }),
    );
    expect(bad.message).toBe(
      'Invalid Redis resilience store option commandTimeoutMs: it is 0; give a number of ms > 0.',
    );
    expect(
      errorOf(() =>
        createRedisResilienceStore({ integrator: 'acme', environment: 'test', staleAfterMs: Number.NaN }),
      ).option,
    ).toBe('staleAfterMs');
  });
});
