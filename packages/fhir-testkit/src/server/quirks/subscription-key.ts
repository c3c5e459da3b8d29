import { haloErrors } from '../../fixtures/halo-errors.js';
import type { MockResponse } from '../mock-exchange.js';

/**
 * The 401 for a missing (SubscriptionKeyNotFound) or wrong (SubscriptionKeyInvalid)
 * `Ocp-Apim-Subscription-Key`, as the fixtures render Halo's answers; undefined when the key is right.
 */
export function checkSubscriptionKey(given: string | undefined, expected: string): MockResponse | undefined {
  if (given === undefined || given === '') return haloErrors.keyNotFound();
  if (given !== expected) return haloErrors.keyInvalid();
  return undefined;
}
