// Typed errors: every failure is a FhirRequestError saying what failed (`category`), how far it
// reaches (`scope`) and what to do (`action`). A job acts on the scope: skip one GP, skip the
// practice, or stop everything. Run: pnpm --filter @halo-fhir/examples errors
import {
  createFhirClient,
  createResiliencePolicy,
  ErrorScope,
  type FhirRequestError,
  isFhirRequestError,
  isPausedError,
  search,
} from '@halo-fhir/fhir-client';
import { startMockPractice } from './support/mock-practice.js';
import { runIfMain } from './support/run-if-main.js';

/** What a sync job does next after a failure, decided by the error's scope alone. */
type NextStep = 'next request' | 'skip this GP' | 'skip this practice' | 'stop the job';

function nextStepFor(error: FhirRequestError): NextStep {
  switch (error.scope) {
    case ErrorScope.Request:
      return 'next request';
    case ErrorScope.Practitioner:
      return 'skip this GP';
    case ErrorScope.Site:
      return 'skip this practice';
    case ErrorScope.Integrator:
      return 'stop the job';
  }
}

export async function main(): Promise<number> {
  const practice = await startMockPractice();
  try {
    const { server, today, timeZone, guid } = practice;
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: practice.subscriptionKey,
      timeZone,
      // Short backoff so the example runs in a moment; the defaults follow Halo's advice.
      policy: createResiliencePolicy({ baseDelayMs: 20, siteTimeZone: () => timeZone }),
    });
    const dayOf = (gp: string) =>
      search('Appointment', { dates: 'halo' }).reference('practitioner', gp).date('date', today);
    const steps: NextStep[] = [];
    const report = (label: string, error: unknown) => {
      if (!isFhirRequestError(error)) throw error;
      const step = nextStepFor(error);
      steps.push(step);
      console.log(
        `${label}: ${error.category} (status ${error.status ?? 'none'}, scope ${error.scope}) → ${step}`,
      );
      console.log(`   action: ${error.action}`);
      if (isPausedError(error)) {
        const why = error.circuitOpen ? 'circuit open' : error.reason.cause;
        const resumes = error.resumesAt?.toISOString() ?? 'after reset';
        console.log(`   refused locally (${why}), nothing sent; resumes ${resumes}`);
      }
    };

    // 1. One GP is away today: Halo answers a database error naming them. Pause that GP only.
    server.faults.practitionerAway(guid, 'prac-2');
    for (const gp of ['Practitioner/prac-1', 'Practitioner/prac-2', 'Practitioner/prac-3']) {
      try {
        const bundle = await client.search(dayOf(gp));
        console.log(`${gp}: ${bundle.entry?.length ?? 0} appointments`);
      } catch (error) {
        report(gp, error);
      }
    }
    // Asking again for the away GP is refused by the policy without a (charged) query.
    const sentBefore = client.stats().queriesSent;
    await client
      .search(dayOf('Practitioner/prac-2'))
      .catch((error: unknown) => report('Practitioner/prac-2 again', error));
    console.log(`   queries sent for it: ${client.stats().queriesSent - sentBefore}`);

    // 2. The practice goes offline: 503s are retried with backoff until its circuit opens.
    server.faults.siteOffline(guid, { forMs: 5 * 60_000 });
    await client
      .search(dayOf('Practitioner/prac-3'))
      .catch((error: unknown) => report('practice offline', error));
    await client
      .search(dayOf('Practitioner/prac-4'))
      .catch((error: unknown) => report('next GP, same practice', error));

    // 3. A wrong key (here: the other environment's) fails every request of the integrator.
    //    One policy per key: its pauses belong to that key, so this client gets its own.
    const wrongKey = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: 'key-for-the-other-environment',
      policy: createResiliencePolicy(),
    });
    await wrongKey.capabilities().catch((error: unknown) => report('wrong key', error));

    const expected: NextStep[] = [
      'skip this GP',
      'skip this GP',
      'skip this practice',
      'skip this practice',
      'stop the job',
    ];
    const ok = steps.join() === expected.join();
    console.log(`every failure typed and acted on by scope: ${ok}`);
    return ok ? 0 : 1;
  } finally {
    await practice.close();
  }
}

await runIfMain(import.meta.url, main);
