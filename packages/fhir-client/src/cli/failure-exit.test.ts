import { describe, expect, it } from 'vitest';
import { PausedError } from '../errors/paused-error.js';
import type { Pause } from '../resilience/pauses.js';
import { ExitCode } from './exit-codes.js';
import { failureExit } from './failure-exit.js';

// A request this run's own policy refused (PausedError): rare in a one-shot run, since a fresh
// process starts with no pauses, but possible once an earlier request of the same run paused a scope.
const site = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
const pause = (overrides: Partial<Pause>): Pause => ({
  scope: 'site',
  scopeKey: site,
  site,
  practitioner: undefined,
  since: Date.parse('2026-11-26T00:00:00Z'),
  resumesAt: Date.parse('2026-11-26T00:01:00Z'),
  reason: {
    cause: 'circuit-open',
    category: 'site-unavailable',
    status: 503,
    message: 'Site could not be contacted',
  },
  circuitOpen: true,
  waitable: false,
  ...overrides,
});
const refused = (overrides: Partial<Pause>) =>
  failureExit(
    new PausedError(pause(overrides), { method: 'GET', url: `https://api.example/${site}/Patient` }),
    {
      policy: undefined,
      site,
      practitioner: undefined,
    },
  );

describe('a request the run itself paused', () => {
  it('is a failure without a time to wait for when the pause is the policy’s own pacing (circuit open)', () => {
    const failure = refused({});
    expect(failure.exitCode).toBe(ExitCode.Failed);
    expect(failure.message).toMatch(
      /^GET https:\/\/api\.example\/\S+ not sent: an earlier request of this run failed \(circuit-open: /,
    );
    expect(failure.message).toContain('fhir-client stopped after 3 failures in a row');
    expect(failure.message).not.toMatch(/until|try again after/);
  });

  it('is a rejection when the policy paused after a 4xx (login failed)', () => {
    const failure = refused({
      circuitOpen: false,
      reason: {
        cause: 'login-failed',
        category: 'login-failed',
        status: 400,
        message: 'Login failed for user',
      },
    });
    expect(failure.exitCode).toBe(ExitCode.Rejected);
    expect(failure.message).not.toMatch(/try again after/);
  });

  it('is a pause with the time when the server named it (rate limit)', () => {
    const failure = refused({
      scope: 'integrator',
      scopeKey: 'integrator',
      site: undefined,
      circuitOpen: false,
      reason: {
        cause: 'rate-limited',
        category: 'rate-limited',
        status: 429,
        message: 'Rate limit is exceeded',
      },
    });
    expect(failure.exitCode).toBe(ExitCode.Paused);
    expect(failure.message).toContain(
      'not sent: every request with this key is paused until 2026-11-26T00:01:00.000Z (rate-limited: Rate limit is exceeded); try again after that.',
    );
  });
});
