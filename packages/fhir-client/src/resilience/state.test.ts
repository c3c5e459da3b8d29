import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ErrorCategory } from '../errors/vocabulary.js';
import { CircuitState } from './circuit-breaker.js';
import { PauseCause, PauseScope } from './pauses.js';
import { InvalidResilienceStateError, parseResilienceState, RESILIENCE_STATE_VERSION } from './state.js';

const epoch = fc.integer({ min: 0, max: 4_102_444_800_000 });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const pause = fc.record({
  scope: fc.constantFrom(...Object.values(PauseScope)),
  scopeKey: fc.string(),
  site: optional(fc.string()),
  practitioner: optional(fc.string()),
  since: epoch,
  resumesAt: optional(epoch),
  reason: fc.record({
    cause: fc.constantFrom(...Object.values(PauseCause)),
    category: optional(fc.constantFrom(...Object.values(ErrorCategory))),
    status: optional(fc.integer({ min: 100, max: 599 })),
    message: fc.string(),
  }),
  circuitOpen: fc.boolean(),
  waitable: fc.boolean(),
});

const breaker = fc.record({
  state: fc.constantFrom(...Object.values(CircuitState)),
  consecutiveFailures: fc.nat(),
  openUntil: optional(epoch),
  openMs: fc.nat(),
  probesInFlight: fc.constant(0),
});

const state = fc.record({
  version: fc.constant(RESILIENCE_STATE_VERSION),
  savedAt: epoch,
  pauses: fc.array(pause, { maxLength: 5 }),
  breakers: fc.dictionary(fc.string(), breaker, { maxKeys: 3 }),
  loginFailures: fc.dictionary(fc.string(), fc.nat(), { maxKeys: 3 }),
});

describe('parsing saved resilience state', () => {
  test('whatever toJSON can produce survives JSON text unchanged', () => {
    fc.assert(
      fc.property(state, (saved) => {
        expect(parseResilienceState(JSON.stringify(saved))).toEqual(saved);
      }),
    );
  });

  test('any other JSON is either a valid state or refused with InvalidResilienceStateError, never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          state.map((s) => ({ ...s, pauses: [{ ...s.pauses[0], scope: 1 }] })),
        ),
        (value) => {
          try {
            parseResilienceState(value);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidResilienceStateError);
          }
        },
      ),
    );
  });
});
