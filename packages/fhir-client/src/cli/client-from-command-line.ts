import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClient } from '../client/fhir-client.js';
import type { FhirClientOptions } from '../client/options.js';
import type { HaloEnvironment } from '../client/halo-preset.js';
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
  const { timeZone } = commandLine;
  const options: FhirClientOptions = {
    ...connectionFromCommandLine(commandLine),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(commandLine.post ? { postSearchWhen: PostSearchWhen.Always } : {}),
    policy: policyFromCommandLine(commandLine),
  };
  return createFhirClient(options);
}

/**
 * Where and how to connect, as the FHIR and SQL clients both take it: the Halo site (`--site`,
 * `--env`) or `--base-url`, the key, and `--timeout`.
 * @throws CliUsageError without a place to connect, or a Halo site without a key.
 */
export function connectionFromCommandLine(commandLine: CliCommandLine): {
  readonly halo?: { readonly siteId: string; readonly environment: HaloEnvironment };
  readonly baseUrl?: string;
  readonly subscriptionKey?: string;
  readonly timeoutMs?: number;
} {
  const { connection, subscriptionKey } = commandLine;
  if (connection === undefined) throw new CliUsageError('say where to connect: --base-url or --site');
  if (connection.kind === 'halo' && subscriptionKey === undefined) {
    throw new CliUsageError(
      `Halo needs a subscription key: set ${SUBSCRIPTION_KEY_ENV} (or pass --subscription-key)`,
    );
  }
  return {
    ...(connection.kind === 'halo'
      ? { halo: { siteId: connection.siteId, environment: connection.environment } }
      : { baseUrl: connection.baseUrl }),
    ...(subscriptionKey === undefined ? {} : { subscriptionKey }),
    ...(commandLine.timeoutMs === undefined ? {} : { timeoutMs: commandLine.timeoutMs }),
  };
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
