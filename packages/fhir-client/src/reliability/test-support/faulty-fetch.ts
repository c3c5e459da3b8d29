import { type FaultSchedule, haloErrors } from '@halo-fhir/fhir-testkit';
import { type FaultPlan, ScheduledFault } from './seeded-fault-plan.js';

/** What a {@link faultyFetch} saw: requests, key leaks, and whether anything is still on the wire. */
export interface FaultyFetchWatch {
  readonly requests: number;
  /** Requests that carried the key to anywhere but the configured origin. */
  readonly keysOutsideOrigin: number;
  /** Exchanges whose body has not been read to the end, cancelled or failed yet. */
  readonly inFlight: number;
  /** Bumped by every step of every exchange: unchanged across turns means the wire is quiet. */
  readonly activity: number;
}

const keyHeader = 'ocp-apim-subscription-key';
const many = 1_000_000;

function connectionReset(): TypeError {
  const reset: NodeJS.ErrnoException = new Error('read ECONNRESET');
  reset.code = 'ECONNRESET';
  return new TypeError('fetch failed', { cause: reset });
}

/**
 * A `fetch` in front of the mock (in-process or over HTTP) that fails requests as `plan` says:
 * the faults the mock can play (503, 504, 429, reset after headers, truncated body, HTML 502) are
 * scheduled on its own fault schedule and switched on for the planned request; a reset before the
 * headers and a body that fails half-way are played here. It also watches where the key goes.
 */
export function faultyFetch(options: {
  readonly fetch: typeof fetch;
  readonly faults: FaultSchedule;
  readonly plan: FaultPlan;
  readonly origin: string;
  readonly subscriptionKey: string;
}): { readonly fetch: typeof fetch; readonly watch: FaultyFetchWatch } {
  const { faults, plan, origin, subscriptionKey } = options;
  let current: ScheduledFault | undefined;
  const when = (fault: ScheduledFault) => () => current === fault;
  faults.failWhen(when(ScheduledFault.SiteUnavailable), haloErrors.siteUnavailable(), { count: many });
  faults.failWhen(when(ScheduledFault.QueryTimeout), haloErrors.queryTimeout(), { count: many });
  faults.rateLimit({ when: when(ScheduledFault.RateLimited), count: many, retryAfterSeconds: 2 });
  faults.resetConnection({ when: when(ScheduledFault.ResetAfterHeaders), count: many });
  faults.truncateBody({ when: when(ScheduledFault.TruncatedBody), count: many });
  faults.html502({ when: when(ScheduledFault.HtmlBody), count: many });

  const watch = { requests: 0, keysOutsideOrigin: 0, inFlight: 0, activity: 0 };
  const settle = () => {
    watch.inFlight--;
    watch.activity++;
  };
  const faultyFetchImpl: typeof fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    watch.requests++;
    watch.activity++;
    const key = request.headers.get(keyHeader);
    if (new URL(request.url).origin !== origin) {
      if (key !== null || request.url.includes(subscriptionKey)) watch.keysOutsideOrigin++;
      throw new TypeError(`fetch failed: ${new URL(request.url).origin} is not reachable in this test`);
    }
    current = plan.faultFor(watch.requests);
    if (current === ScheduledFault.ResetBeforeHeaders) throw connectionReset();
    watch.inFlight++;
    let response: Response;
    try {
      response = await options.fetch(request);
    } catch (error) {
      settle();
      throw error;
    } finally {
      watch.activity++;
    }
    if (response.body === null) {
      settle();
      return response;
    }
    const failMidBody = current === ScheduledFault.ResetMidBody && response.ok;
    const bytes = failMidBody ? new Uint8Array(await response.arrayBuffer()) : undefined;
    const reader = bytes === undefined ? response.body.getReader() : undefined;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        settle();
      }
    };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        watch.activity++;
        if (bytes !== undefined) {
          controller.enqueue(bytes.subarray(0, Math.floor(bytes.length / 2)));
          finish();
          controller.error(connectionReset());
          return;
        }
        try {
          const chunk = await reader!.read();
          if (chunk.done) {
            finish();
            controller.close();
          } else controller.enqueue(chunk.value);
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      cancel(reason) {
        finish();
        return reader?.cancel(reason);
      },
    });
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
  return { fetch: faultyFetchImpl, watch };
}
