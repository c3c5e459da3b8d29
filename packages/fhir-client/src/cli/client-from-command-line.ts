import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClient } from '../client/fhir-client.js';
import type { FhirClientOptions } from '../client/options.js';
import { PostSearchWhen } from '../client/personal-data.js';
import { resilienceDefaults } from '../resilience/options.js';
import { createResiliencePolicy, type ResiliencePolicy } from '../resilience/policy.js';
import { CliUsageError } from './cli-usage-error.js';
import type { CliCommandLine } from './command-line.js';
import { SUBSCRIPTION_KEY_ENV } from './options-table.js';

/**
 * The client a command line asks for. Creating it sends nothing.
 * @throws CliUsageError when a Halo site is given without a key; InvalidClientOptionsError for a bad URL or zone.
 */
export function clientFromCommandLine(commandLine: CliCommandLine): FhirClient {
  const { connection, subscriptionKey, timeZone } = commandLine;
  if (connection === undefined) throw new CliUsageError('say where to connect: --base-url or --site');
  if (connection.kind === 'halo' && subscriptionKey === undefined) {
    throw new CliUsageError(
      `Halo needs a subscription key: set ${SUBSCRIPTION_KEY_ENV} (or pass --subscription-key)`,
    );
  }
  const options: FhirClientOptions = {
    ...(connection.kind === 'halo'
      ? { halo: { siteId: connection.siteId, environment: connection.environment } }
      : { baseUrl: connection.baseUrl }),
    ...(subscriptionKey === undefined ? {} : { subscriptionKey }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(commandLine.post ? { postSearchWhen: PostSearchWhen.Always } : {}),
    ...(commandLine.timeoutMs === undefined ? {} : { timeoutMs: commandLine.timeoutMs }),
    policy: policyFromCommandLine(commandLine),
  };
  return createFhirClient(options);
}

/** The resilience policy the command line's retry options ask for. */
export function policyFromCommandLine(commandLine: CliCommandLine): ResiliencePolicy {
  const { timeZone } = commandLine;
  const retryDelayMs = commandLine.retryDelayMs;
  return createResiliencePolicy({
    ...(commandLine.maxAttempts === undefined ? {} : { maxAttempts: commandLine.maxAttempts }),
    ...(retryDelayMs === undefined
      ? {}
      : { baseDelayMs: retryDelayMs, maxDelayMs: Math.max(resilienceDefaults.maxDelayMs, retryDelayMs) }),
    // "Until tomorrow" pauses (a GP away today) are counted in the practice's zone.
    ...(timeZone === undefined ? {} : { siteTimeZone: () => timeZone }),
  });
}
