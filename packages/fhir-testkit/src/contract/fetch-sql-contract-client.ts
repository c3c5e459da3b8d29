import type { SqlCommand } from '@halo-fhir/fhir-client/sql';
import type { Clock } from '../server/clock.js';
import type { SqlContractClient, SqlContractResult } from './sql-contract-client.js';

/** A failed SQL request or query, as the fetch client reports it. */
export class FetchSqlContractError extends Error {
  /** Always `'FetchSqlContractError'`. */
  override name = 'FetchSqlContractError';
  constructor(
    /** The HTTP status (200 for an async query whose status reports the failure). */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link createFetchSqlContractClient}. */
export interface FetchSqlContractClientOptions {
  /** `{origin}/integrator/sites/{guid}`. */
  readonly siteUrl: string;
  /** Sent as `Ocp-Apim-Subscription-Key`. */
  readonly subscriptionKey: string;
  /** Where polling waits. */
  readonly clock: Clock;
  /** Wait between status reads. @default 1000 */
  readonly pollMs?: number;
}

type Json = Record<string, unknown>;

const terminalFailures = new Set([
  'executionFailed',
  'uploadFailed',
  'expiredInQueue',
  'initialisationFailedSiteOffline',
  'initialisationFailedSiteUnreachable',
  'initialisationFailedCacheError',
]);

/** The error a failed record carries: `errorDetails`, else the old root fields, else the status. */
function failureMessage(record: Json, fallback: string): string {
  const details = (record.errorDetails ?? record.lastErrorDetails) as Json | undefined;
  const message = details?.errorMessage ?? record.errorMessage ?? (record.error as Json | undefined)?.message;
  return typeof message === 'string' ? message : fallback;
}

function decode(data: unknown): unknown[] {
  if (typeof data !== 'string') return [];
  const value = JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as unknown;
  return Array.isArray(value) ? value : [value];
}

function outputsOf(parameters: unknown): Record<string, string | null> {
  if (!Array.isArray(parameters)) return {};
  return Object.fromEntries(
    (parameters as Json[]).map((p) => [String(p.name), (p.value as string | null) ?? null]),
  );
}

/**
 * A minimal SQL passthrough client over plain `fetch`: the reference the SQL contract is tested
 * with, and a model for adapters of other clients. It polls async queries on the given clock.
 */
export function createFetchSqlContractClient(options: FetchSqlContractClientOptions): SqlContractClient {
  const base = options.siteUrl.replace(/\/$/, '');
  const call = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Json }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Ocp-Apim-Subscription-Key': options.subscriptionKey, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: Json = {};
    try {
      json = text === '' ? {} : (JSON.parse(text) as Json);
    } catch {
      // A gateway's HTML or a cut-off body: the status says enough.
    }
    if (!response.ok) {
      throw new FetchSqlContractError(
        response.status,
        `${method} ${path} answered HTTP ${response.status}: ${failureMessage(json, 'no error details')}`,
      );
    }
    return { status: response.status, json };
  };
  return {
    async immediate(command: SqlCommand): Promise<SqlContractResult> {
      const { json } = await call('POST', '/queries/immediate', { command });
      const result = (json.result ?? {}) as Json;
      return { rows: decode(result.data), outputs: outputsOf(result.parameters) };
    },
    async runAsync(command: SqlCommand): Promise<SqlContractResult> {
      const { json: created } = await call('POST', '/queries/async', { command });
      const id = String(created.id);
      let record = created;
      while (record.status !== 'successful') {
        if (terminalFailures.has(String(record.status))) {
          throw new FetchSqlContractError(
            200,
            `async query ${id} ended ${String(record.status)}: ${failureMessage(record, String(record.status))}`,
          );
        }
        await options.clock.sleep(options.pollMs ?? 1000);
        record = (await call('GET', `/queries/${id}`)).json;
      }
      const pages = (((record.result ?? record.results) as Json | undefined)?.pages ?? []) as Json[];
      const rows: unknown[] = [];
      let outputs: Record<string, string | null> = {};
      for (let page = 1; page <= pages.length; page++) {
        const { json } = await call('GET', `/queries/${id}/results/${page}`);
        rows.push(...decode(json.data));
        outputs = outputsOf(json.parameters);
      }
      return { rows, outputs };
    },
    async registered(command: SqlCommand): Promise<SqlContractResult> {
      const body = {
        name: 'contract',
        registeredQueryType: 'query',
        frequency: 60,
        duration: 120,
        registerCommand: { command },
      };
      const { json: created } = await call('POST', '/queries/registered', body);
      const { json: record } = await call('GET', `/queries/registered/${String(created.id)}`);
      if (record.lastHash === undefined && record.lastErrorDetails !== undefined) {
        throw new FetchSqlContractError(
          200,
          `registered query ${String(created.id)} failed: ${failureMessage(record, 'failed')}`,
        );
      }
      const { json } = await call('GET', `/queries/registered/${String(created.id)}/results`);
      return { rows: decode(json.data), outputs: outputsOf(json.parameters) };
    },
  };
}
