import type { ResilienceEvent } from '../resilience/events.js';
import { fetchStatuses } from './fetch-statuses.js';
import type { HaloSqlClient, SqlQueryTag, SqlTagOptions } from './halo-sql-client.js';
import { postQuery, runImmediate } from './immediate.js';
import { createQueryHandle } from './query-handle.js';
import { assertQueryId } from './query-state.js';
import { createRegisteredQueries } from './registered.js';
import { resolveSqlOptions } from './resolve-sql-options.js';
import { storedProcedureRewrite } from './rewrite-port.js';
import { parseSavedSqlQuery } from './saved-query.js';
import { readSiteInfo, type SiteInfo } from './site-info.js';
import type { HaloSqlClientOptions } from './sql-client-options.js';
import type { SqlContext } from './sql-context.js';
import { createSqlEventHub } from './sql-events.js';
import { createSqlTransport } from './sql-transport.js';
import { StatusPoller } from './status-poller.js';
import { type SqlTemplateValue, sqlTemplate } from './template.js';
import { SqlQueryType } from './errors/sql-query-failed-error.js';

/**
 * Creates a Halo SQL passthrough client for one practice. Share the practice's FHIR client policy
 * (pass `fhirClient`, or the same `policy`) so that its breaker, pauses, rate-limit pause and retry
 * budget cover both kinds of traffic: an offline practice is offline for both.
 *
 * @example
 * const sql = createHaloSqlClient({ fhirClient, subscriptionKey: process.env.HALO_KEY });
 * const { rows } = await sql.immediate<{ PatientID: number }>({ text: 'SELECT PatientID FROM Patients' });
 * const handle = await sql.submit({ text: 'SELECT * FROM Appointments' });
 * for await (const row of handle.rows()) console.log(row);
 * @throws InvalidClientOptionsError for options it cannot work with.
 */
export function createHaloSqlClient(options: HaloSqlClientOptions): HaloSqlClient {
  const config = resolveSqlOptions(options);
  const { policy, site } = config;
  const secrets = config.subscriptionKey === undefined ? [] : [config.subscriptionKey];
  const events = createSqlEventHub(
    options.onEvent,
    (listener) =>
      policy.on((event) => {
        if (concernsSql(event, site)) listener(event);
      }),
    secrets,
  );
  const transport = createSqlTransport(config);
  let siteInfo: Promise<SiteInfo> | undefined;
  const counters = { queriesSent: 0, resends: 0 };
  const context: SqlContext = {
    config,
    transport,
    events,
    secrets,
    counters,
    siteInfo(signal) {
      siteInfo ??= readSiteInfo(transport, signal).catch((error: unknown) => {
        siteInfo = undefined;
        throw error;
      });
      return siteInfo;
    },
  };
  const rewriter = storedProcedureRewrite;
  const poller = new StatusPoller(context);

  function queryTag(tagOptions: SqlTagOptions): SqlQueryTag {
    const { executionMode, ...queryOptions } = tagOptions;
    const tag = <Row>(strings: TemplateStringsArray, ...values: readonly SqlTemplateValue[]) => {
      const command = sqlTemplate(strings, ...values);
      return runImmediate<Row>(
        context,
        rewriter,
        executionMode === undefined ? command : { ...command, executionMode },
        queryOptions,
      );
    };
    return Object.assign(tag, { with: (more: SqlTagOptions) => queryTag({ ...tagOptions, ...more }) });
  }

  const client: HaloSqlClient = {
    site,
    baseUrl: config.siteBase.href,
    policy,
    immediate: (command, queryOptions) => runImmediate(context, rewriter, command, queryOptions),
    query: queryTag({}),
    async submit(command, queryOptions = {}) {
      const { prepared, record } = await postQuery(
        context,
        rewriter,
        command,
        queryOptions,
        SqlQueryType.Async,
      );
      assertQueryId('response.id', record.id);
      return createQueryHandle(context, rewriter, poller, {
        queryId: record.id,
        executionMode: prepared.mode,
        pagesRead: 0,
        rowsReadInPage: 0,
        ...(typeof record.status === 'string' ? { lastStatus: record.status } : {}),
        ...(prepared.rewrite === undefined ? {} : { rewriteOutputs: prepared.rewrite.outputs }),
      });
    },
    resume(saved) {
      return createQueryHandle(context, rewriter, poller, parseSavedSqlQuery(saved, site));
    },
    async statuses(ids, statusOptions = {}) {
      for (const [index, id] of ids.entries()) assertQueryId(`ids[${index}]`, id);
      return fetchStatuses(context, [...new Set(ids)], statusOptions.signal);
    },
    registered: createRegisteredQueries(context, rewriter),
    siteInfo(infoOptions = {}) {
      if (infoOptions.refresh === true) siteInfo = undefined;
      return context.siteInfo(infoOptions.signal);
    },
    stats: () => ({ ...counters }),
    on: (listener) => events.on(listener),
  };
  return Object.freeze(client);
}

/** Policy events of this site's SQL traffic, and pauses that apply to it (its site, or the whole integrator). */
function concernsSql(event: ResilienceEvent, site: string): boolean {
  if ('interaction' in event) return event.site === site && event.interaction.startsWith('sql-');
  return event.site === undefined || event.site === site;
}
