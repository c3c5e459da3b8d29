import type { Resource } from 'fhir/r4.js';
import { haloErrors } from '../fixtures/halo-errors.js';
import type { Clock } from './clock.js';
import { controlPathPrefix, handleControlRequest } from './control-api.js';
import { type FaultContext, practitionerIdsOf } from './faults/fault-context.js';
import type { FaultDecision } from './faults/fault-rule.js';
import type { FaultSchedule } from './faults/fault-schedule.js';
import { headerValue, type MockRequest, type MockResponse, TransportFault } from './mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from './operation-outcome.js';
import { applyLastUpdatedForm } from './quirks/last-updated-forms.js';
import type { QuirkSettings } from './quirks/quirks.js';
import { checkSubscriptionKey } from './quirks/subscription-key.js';
import { type RequestLogEntry, redactHeaders, subscriptionKeyHeader } from './request-log.js';
import { negotiateFormat, withMediaType } from './formats.js';
import { instanceHistory } from './routes/history.js';
import { typeHistory } from './routes/type-history.js';
import { metadata } from './routes/metadata.js';
import { readResource, vreadResource } from './routes/read.js';
import type { RouteContext } from './routes/route-context.js';
import { searchResources } from './routes/search.js';
import { createResource, updateResource } from './routes/write-patient.js';
import { parseSitePath, type Route, routeOf } from './routing.js';
import type { MockSite } from './site.js';
import { parseSqlSitePath, type SqlRoute, sqlRouteOf } from './sql/sql-routing.js';
import type { SqlService } from './sql/sql-service.js';
import { urlTooLong } from './url-limit.js';

/** Everything the request-handling core needs; both the HTTP server and the nock adapter build one. */
export interface RequestHandlerConfig {
  /** The sites served; the first is the default (served at `basePath`). */
  readonly sites: readonly MockSite[];
  readonly quirks: QuirkSettings;
  readonly subscriptionKey: string;
  /** Page size when a search gives no `_count`. */
  readonly pageSize: number;
  readonly clock: Clock;
  readonly faults: FaultSchedule;
  /** Extra mount of the default site for plain FHIR clients, e.g. `/fhir/R4`. */
  readonly basePath: string | undefined;
  /** Origin for links when a request carries no Host header, e.g. `https://api.haloconnect.io`. */
  readonly origin: string | undefined;
  /** Serve the control API under `/__mock` (faults and request log over HTTP). */
  readonly controlApi: boolean;
  /** Serves the SQL passthrough routes (`/integrator/sites/{guid}/…` outside the FHIR base). @default none */
  readonly sql?: SqlService;
}

/** The transport-free core: one request in, one response out. */
export interface FhirRequestHandler {
  handle(request: MockRequest): Promise<MockResponse>;
  /** Every request handled so far, oldest first. */
  readonly requests: readonly RequestLogEntry[];
}

const formMediaType = 'application/x-www-form-urlencoded';

interface Parsed {
  readonly url: URL;
  readonly route: Route | undefined;
  /** Set instead of `route` for a SQL passthrough path. */
  readonly sqlRoute: SqlRoute | undefined;
  readonly site: MockSite | undefined;
  readonly siteGuid: string | undefined;
  readonly basePath: string | undefined;
  readonly params: URLSearchParams;
}

/** Creates the core. It keeps the request log; the fault schedule and sites are the caller's. */
export function createRequestHandler(config: RequestHandlerConfig): FhirRequestHandler {
  const requests: RequestLogEntry[] = [];
  const sitesByGuid = new Map(config.sites.map((site) => [site.guid.toLowerCase(), site]));
  const defaultSite = config.sites[0];

  const originOf = (request: MockRequest, url: URL): string => {
    if (/^https?:\/\//i.test(request.url)) return url.origin;
    const host = headerValue(request.headers, 'host');
    return host ? `http://${host}` : (config.origin ?? 'http://localhost');
  };

  const parse = (request: MockRequest): Parsed => {
    const url = new URL(request.url, 'http://mock.invalid');
    const params = new URLSearchParams(url.searchParams);
    const sitePath = parseSitePath(url.pathname, config.basePath);
    const route = sitePath ? routeOf(request.method.toUpperCase(), sitePath.segments) : undefined;
    const sqlPath = sitePath || config.sql === undefined ? undefined : parseSqlSitePath(url.pathname);
    const sqlRoute = sqlPath ? sqlRouteOf(request.method.toUpperCase(), sqlPath.segments) : undefined;
    const contentType = headerValue(request.headers, 'content-type') ?? '';
    if (route?.interaction === 'search' && route.via === 'post' && contentType.startsWith(formMediaType)) {
      for (const [name, value] of new URLSearchParams(request.body)) params.append(name, value);
    }
    const siteGuid = sitePath
      ? (sitePath.siteGuid ?? defaultSite?.guid)?.toLowerCase()
      : sqlPath?.siteGuid.toLowerCase();
    const site = siteGuid === undefined ? undefined : sitesByGuid.get(siteGuid);
    const basePath = sitePath?.basePath ?? sqlPath?.basePath;
    return { url, route, sqlRoute, site, siteGuid, basePath, params };
  };

  const present = (site: MockSite) => (resource: Resource) =>
    config.quirks.lastUpdatedForms ? applyLastUpdatedForm(resource, site.timeZone) : resource;

  const dispatch = (route: Route, context: RouteContext, request: MockRequest): MockResponse => {
    switch (route.interaction) {
      case 'metadata':
        return metadata(context);
      case 'read':
        return readResource(context, route.resourceType, route.id);
      case 'vread':
        return vreadResource(context, route.resourceType, route.id, route.versionId);
      case 'history-instance':
        return instanceHistory(context, route.resourceType, route.id);
      case 'history-type':
        return typeHistory(context, route.resourceType);
      case 'search': {
        const contentType = headerValue(request.headers, 'content-type') ?? '';
        if (route.via === 'post' && request.body !== '' && !contentType.startsWith(formMediaType)) {
          return operationOutcomeResponse(
            415,
            IssueCode.NotSupported,
            `POST ${route.resourceType}/_search takes a ${formMediaType} body (got "${contentType}").`,
          );
        }
        return searchResources(context, route.resourceType);
      }
      case 'create':
        return createResource(context, route.resourceType);
      case 'update':
        return updateResource(context, route.resourceType, route.id);
      case 'not-allowed':
        return operationOutcomeResponse(405, IssueCode.NotSupported, route.diagnostics);
      case 'not-found':
        return operationOutcomeResponse(404, IssueCode.NotFound, route.diagnostics);
    }
  };

  const respond = async (
    request: MockRequest,
    parsed: Parsed,
    log: (d: FaultDecision) => void,
    bill: () => void,
  ) => {
    if (config.quirks.requireSubscriptionKey) {
      const refused = checkSubscriptionKey(
        headerValue(request.headers, subscriptionKeyHeader),
        config.subscriptionKey,
      );
      if (refused) return refused;
    }
    const { route, sqlRoute, site } = parsed;
    if ((route === undefined && sqlRoute === undefined) || parsed.basePath === undefined) {
      return operationOutcomeResponse(404, IssueCode.NotFound, `No FHIR endpoint at ${parsed.url.pathname}.`);
    }
    if (site === undefined) {
      if (config.quirks.unknownSiteUnauthorized) return haloErrors.siteInactive();
      return operationOutcomeResponse(
        404,
        IssueCode.NotFound,
        `No site with GUID ${parsed.siteGuid ?? '(none)'}.`,
      );
    }
    const resourceType = route !== undefined && 'resourceType' in route ? route.resourceType : undefined;
    const id = route !== undefined && 'id' in route ? route.id : undefined;
    // SQL requests show faults their command text and the practitioners their parameters name.
    const sql = sqlRoute === undefined ? undefined : config.sql?.faultFields(request.body);
    const faultContext: FaultContext = {
      method: request.method.toUpperCase(),
      path: parsed.url.pathname,
      siteGuid: site.guid.toLowerCase(),
      resourceType,
      id,
      params: parsed.params,
      queryText: sql?.queryText ?? parsed.params.toString(),
      practitionerIds: sql?.practitionerIds ?? practitionerIdsOf(parsed.params, resourceType, id),
      now: config.clock.now(),
      timeZone: site.timeZone,
    };
    const decision = config.faults.decide(faultContext);
    log(decision);
    if (decision.latencyMs > 0) await config.clock.sleep(decision.latencyMs);
    const { outcome } = decision;
    // A database fault (a GP away) on an async SQL query shows in its status, not on the POST.
    const deferred = sqlRoute === undefined ? undefined : config.sql?.deferredError(sqlRoute, decision);
    if (outcome?.type === 'respond' && deferred === undefined) {
      if (outcome.delayMs > 0) await config.clock.sleep(outcome.delayMs);
      return { status: outcome.fixture.status, headers: outcome.fixture.headers, body: outcome.fixture.body };
    }
    const context: RouteContext = {
      site,
      base: `${originOf(request, parsed.url)}${parsed.basePath}`,
      params: parsed.params,
      body: request.body,
      ifMatch: headerValue(request.headers, 'if-match'),
      conditions: {
        ifNoneMatch: headerValue(request.headers, 'if-none-match'),
        ifModifiedSince: headerValue(request.headers, 'if-modified-since'),
      },
      quirks: config.quirks,
      pageSize: config.pageSize,
      clock: config.clock,
      present: present(site),
    };
    let response: MockResponse;
    if (route === undefined) {
      const answer = await config.sql!.respond(sqlRoute!, site.guid.toLowerCase(), request.body, deferred);
      if (answer.billed) bill();
      response = answer.response;
    } else {
      const negotiated = negotiateFormat(
        headerValue(request.headers, 'accept'),
        parsed.params.getAll('_format'),
      );
      response =
        'refusal' in negotiated
          ? negotiated.refusal
          : withMediaType(dispatch(route, context, request), negotiated.mediaType);
    }
    if (outcome?.type === 'reset') return { ...response, transportFault: TransportFault.ResetAfterHeaders };
    if (outcome?.type === 'truncate') return truncate(response, outcome.keepBytes);
    return response;
  };

  return {
    requests,
    async handle(request) {
      const at = config.clock.now();
      const tooLong = urlTooLong(request.url);
      if (tooLong) return tooLong;
      let parsed: Parsed;
      try {
        parsed = parse(request);
      } catch {
        return operationOutcomeResponse(
          400,
          IssueCode.Invalid,
          `The request URL cannot be parsed: ${request.url}`,
        );
      }
      if (config.controlApi && parsed.url.pathname.startsWith(`${controlPathPrefix}/`)) {
        return handleControlRequest(request, parsed.url.pathname, {
          faults: config.faults,
          requests,
          ...(config.sql === undefined ? {} : { sql: config.sql }),
        });
      }
      let decision: FaultDecision | undefined;
      let billed = false;
      let response: MockResponse;
      try {
        response = await respond(
          request,
          parsed,
          (d) => {
            decision = d;
          },
          () => {
            billed = true;
          },
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        response = operationOutcomeResponse(500, IssueCode.Exception, `Mock server error: ${message}`);
      }
      requests.push({
        at,
        method: request.method.toUpperCase(),
        path: parsed.url.pathname,
        params: parsed.params,
        headers: redactHeaders(request.headers),
        siteGuid: parsed.siteGuid,
        resourceType: parsed.route && 'resourceType' in parsed.route ? parsed.route.resourceType : undefined,
        interaction: parsed.route?.interaction ?? parsed.sqlRoute?.interaction,
        status: response.status,
        faults: decision?.kinds ?? [],
        billed,
      });
      return response;
    },
  };
}

function truncate(response: MockResponse, keepBytes: number | undefined): MockResponse {
  const bytes = Buffer.from(response.body, 'utf8');
  const keep = Math.max(0, Math.min(bytes.length - 1, keepBytes ?? Math.floor(bytes.length / 2)));
  return { ...response, body: bytes.subarray(0, keep).toString('utf8') };
}
