// The testkit's mock Halo server and its fault schedule: outages, rate limits, a GP away, broken
// gateways, all deterministic on a manual clock, and a request log to assert on.
// Run: pnpm --filter @halo-fhir/examples testkit
import {
  createManualClock,
  createMockFhirServer,
  FaultKind,
  generateSiteData,
  haloErrors,
} from '@halo-fhir/fhir-testkit';
import { runIfMain } from './support/run-if-main.js';

export async function main(): Promise<number> {
  // The server's clock is manual: outages end when the test says time has passed, not after real sleeps.
  const clock = createManualClock('2026-11-26T09:00:00+11:00');
  const guid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
  const server = await createMockFhirServer({
    clock,
    subscriptionKey: 'testkit-example-key',
    sites: [
      {
        guid,
        resources: generateSiteData({
          seed: 3,
          size: 500,
          practitioners: 2,
          startDate: '2026-11-26',
          now: clock.now(),
        }),
      },
    ],
  });
  try {
    const base = server.baseUrl(guid);
    const get = async (path: string) => {
      const response = await fetch(`${base}/${path}`, {
        headers: { 'Ocp-Apim-Subscription-Key': server.subscriptionKey, accept: 'application/fhir+json' },
      });
      const body = await response.text();
      const retryAfter = response.headers.get('retry-after');
      console.log(
        `GET ${path.padEnd(40)} → ${response.status}${retryAfter ? ` (Retry-After: ${retryAfter})` : ''} ${summary(body)}`,
      );
      return response.status;
    };
    const statuses: number[] = [];

    // 1. The practice is offline for a minute of the server's clock, then recovers.
    server.faults.siteOffline(guid, { forMs: 60_000 });
    statuses.push(await get('Patient?_count=1'));
    clock.advance(60_000);
    statuses.push(await get('Patient?_count=1'));

    // 2. The next request is rate limited (429 with Retry-After), the one after is fine.
    server.faults.rateLimit({ retryAfterSeconds: 5 });
    statuses.push(await get('Practitioner?_count=1'));
    statuses.push(await get('Practitioner?_count=1'));

    // 3. A GP is away today: only queries naming them fail, with Halo's database error.
    server.faults.practitionerAway(guid, 'prac-1');
    statuses.push(await get('Appointment?practitioner=Practitioner/prac-1&date=2026-11-26'));
    statuses.push(await get('Appointment?practitioner=Practitioner/prac-2&date=2026-11-26&_count=1'));

    // 4. Any documented error, by predicate or match object: here a gateway HTML page and a 504.
    server.faults.html502();
    statuses.push(await get('metadata'));
    server.faults.failWhen({ resourceType: 'Encounter' }, haloErrors.queryTimeout(), { count: 1 });
    statuses.push(await get('Encounter?_count=1'));

    // 5. The request log: what the server received and which fault fired (the key is redacted).
    console.log('request log:');
    for (const request of server.requests) {
      const fault = request.faults.length > 0 ? request.faults.join('+') : 'none';
      console.log(
        `  ${new Date(request.at).toISOString()} ${request.method} ${request.resourceType ?? request.interaction} ${request.status} fault=${fault} key=${request.headers['ocp-apim-subscription-key']}`,
      );
    }
    const expected = [503, 200, 429, 200, 400, 200, 502, 504];
    const fired = server.requests.flatMap((request) => request.faults);
    const ok =
      statuses.join() === expected.join() &&
      fired.includes(FaultKind.SiteOffline) &&
      fired.includes(FaultKind.PractitionerAway);
    console.log(`statuses as scheduled: ${ok}`);
    return ok ? 0 : 1;
  } finally {
    await server.close();
  }
}

/** What a body says: a Bundle's size, an error's message in any of Halo's shapes, or the start of the text. */
function summary(body: string): string {
  try {
    const json = JSON.parse(body) as {
      resourceType?: string;
      entry?: unknown[];
      message?: string;
      error?: { message?: string };
      errorDetails?: { errorMessage?: string };
      issue?: { details?: { text?: string }; diagnostics?: string }[];
    };
    if (json.resourceType === 'Bundle') return `Bundle with ${json.entry?.length ?? 0} entries`;
    const issue = json.issue?.[0];
    return (
      json.errorDetails?.errorMessage ??
      json.error?.message ??
      json.message ??
      issue?.details?.text ??
      issue?.diagnostics ??
      body.slice(0, 80)
    );
  } catch {
    return body.replace(/\s+/g, ' ').slice(0, 60);
  }
}

await runIfMain(import.meta.url, main);
