import type { SiteInfo } from './site-info.js';
import type { SqlEventHub } from './sql-events.js';
import type { SqlTransport } from './sql-transport.js';
import type { ResolvedSqlConfig } from './resolve-sql-options.js';

/** What every SQL operation of one client shares. */
export interface SqlContext {
  readonly config: ResolvedSqlConfig;
  readonly transport: SqlTransport;
  readonly events: SqlEventHub;
  /** The site's metadata, read once and kept (a failed read is not kept). */
  siteInfo(signal?: AbortSignal): Promise<SiteInfo>;
  /** The redaction list for errors made outside the transport. */
  readonly secrets: readonly string[];
  /** Query-creating POSTs sent, and resends among them. */
  readonly counters: { queriesSent: number; resends: number };
}
