import type { FhirClient } from '../client/fhir-client.js';
import type { HaloSiteOptions } from '../client/halo-preset.js';
import type { Clock } from '../resilience/clock.js';
import type { ResiliencePolicy } from '../resilience/policy.js';
import type { SqlEngine } from './rewrite/sql-server-only.js';
import type { HaloSqlEventListener } from './sql-events.js';

/** When a `storedProcedure` command is sent as T-SQL text instead (Halo's documented workaround). */
export const SqlRewriteMode = {
  /** Only when a parameter is over Halo's limits (VarBinary > 8,000 bytes, NVarChar > 4,000 characters, …). */
  Auto: 'auto',
  /** Every storedProcedure command. */
  Always: 'always',
  /** Never: send storedProcedure commands as given. */
  Never: 'never',
} as const;
export type SqlRewriteMode = (typeof SqlRewriteMode)[keyof typeof SqlRewriteMode];

/** Polling of `handle.wait()`: the first interval, growing by `factor` up to `maxMs`. */
export interface SqlPollingOptions {
  /** @default 1000 */
  readonly initialMs?: number;
  /** @default 30000 */
  readonly maxMs?: number;
  /** @default 1.5 */
  readonly factor?: number;
}

/**
 * Options of `createHaloSqlClient`. Name the practice with `halo`, `baseUrl` or `fhirClient`
 * (exactly one). The client shares a resilience policy with the FHIR client of the same practice
 * (`fhirClient`, or `policy`), so an offline practice is offline for both.
 */
export interface HaloSqlClientOptions {
  /**
   * The practice and environment: `{ siteId, environment?, origin? }`.
   * @default undefined (then `baseUrl` or `fhirClient`)
   */
  readonly halo?: HaloSiteOptions;
  /**
   * The site's base, `{origin}/integrator/sites/{siteId}` (Halo's FHIR base of the site is accepted too).
   * @default undefined (then `halo` or `fhirClient`)
   */
  readonly baseUrl?: string | URL;
  /**
   * A FHIR client of the same practice: the SQL client uses its site, origin and resilience policy
   * (breaker, pauses, rate-limit pause, retry budget). Its key is never exposed, so pass
   * `subscriptionKey` again; `fetch` and `clock` are not inherited either.
   * @default undefined (then `halo` or `baseUrl`)
   */
  readonly fhirClient?: Pick<FhirClient, 'baseUrl' | 'site' | 'policy'>;
  /**
   * Sent as `Ocp-Apim-Subscription-Key` to the configured origin only. Never in errors, events or logs.
   * @default undefined (no key header)
   */
  readonly subscriptionKey?: string;
  /**
   * The resilience policy to share (one per subscription key). Overrides `fhirClient.policy`.
   * @default fhirClient's policy, else a new policy on `clock`
   */
  readonly policy?: ResiliencePolicy;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Time for timeouts, polling and deadlines. Give the policy's clock when sharing a policy.
   * @default the system clock
   */
  readonly clock?: Clock;
  /**
   * Per-request timeout in ms. An immediate query may take 60 s to execute plus its queue time.
   * @default 100000
   */
  readonly timeoutMs?: number;
  /**
   * The most bytes of one response body read (an immediate result may be 8 MB of data, base64 in JSON).
   * A larger body fails with `ResponseTooLargeError` and is not retried.
   * @default 33554432 (32 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * Receives every event of this client (see `HaloSqlEvent`).
   * @default undefined
   */
  readonly onEvent?: HaloSqlEventListener;
  /**
   * When a `storedProcedure` command is rewritten as T-SQL text.
   * @default 'auto'
   */
  readonly rewrite?: SqlRewriteMode;
  /**
   * The site's database engine, as Halo's `errorType` names it: `mssql` (SQL Server) or `fbsql`
   * (Firebird). When a rewrite is due and this is not given, the client reads the site's `pmsType`
   * once (`Zedmed` is taken to be Firebird; `BestPractice`, `D4w` SQL Server).
   * @default undefined (asked from the site when needed)
   */
  readonly engine?: SqlEngine;
  /**
   * `handle.wait()` polling intervals.
   * @default { initialMs: 1000, maxMs: 30000, factor: 1.5 }
   */
  readonly polling?: SqlPollingOptions;
}
