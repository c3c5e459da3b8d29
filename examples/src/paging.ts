// Paging: every page with `pages`, resource by resource with `resources`, and resuming from a saved
// cursor after a failure without fetching a page twice or yielding a resource twice.
// Run: pnpm --filter @halo-fhir/examples paging
import {
  createFhirClient,
  createResiliencePolicy,
  isFhirRequestError,
  type PagingCursor,
  search,
} from '@halo-fhir/fhir-client';
import { haloErrors } from '@halo-fhir/fhir-testkit';
import { startMockPractice } from './support/mock-practice.js';
import { runIfMain } from './support/run-if-main.js';

export async function main(): Promise<number> {
  const practice = await startMockPractice();
  try {
    const { server, today, timeZone } = practice;
    const client = createFhirClient({
      halo: { siteId: practice.guid, origin: server.url },
      subscriptionKey: practice.subscriptionKey,
      timeZone,
      // A batch job that would rather resume later than wait: one attempt per request.
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });
    const query = search('Appointment', { dates: 'halo' })
      .date('date', today)
      .include('Appointment', 'patient')
      .count(20);
    console.log(`query: ${query}`);

    // 1. Page by page. The second page's request meets the practice offline (503).
    server.faults.failWhen({ queryIncludes: '_cursor' }, haloErrors.siteUnavailable(), { count: 1 });
    const seen = new Set<string>();
    const firstRun = client.pages(query);
    let saved: string | undefined;
    try {
      for await (const page of firstRun) {
        for (const appointment of page.matches) seen.add(`Appointment/${appointment.id}`);
        console.log(
          `page ${page.number}: ${page.matches.length} appointments, ${page.included.length} patients`,
        );
      }
    } catch (error) {
      if (!isFhirRequestError(error)) throw error;
      // The cursor is plain JSON: store it anywhere (a file, a queue message) and resume later.
      saved = JSON.stringify(firstRun.cursor);
      console.log(
        `page 2 failed: ${error.status} ${error.category} (${error.scope} scope); cursor saved, ${saved.length} bytes`,
      );
    }
    if (saved === undefined) return 1;

    // 2. Later, maybe in another process: resume where it stopped. Page 1 is not fetched again.
    const requestsBefore = server.requests.length;
    let duplicates = 0;
    for await (const page of client.pages(query, { resumeFrom: JSON.parse(saved) as PagingCursor })) {
      for (const appointment of page.matches) {
        const reference = `Appointment/${appointment.id}`;
        if (seen.has(reference)) duplicates++;
        seen.add(reference);
      }
      const repaired = page.repairedLink
        ? `, next link repaired (+${page.repairedLink.restored.join(', ')})`
        : '';
      console.log(
        `resumed page ${page.number}: ${page.matches.length} appointments, ${page.included.length} patients${repaired}`,
      );
    }
    const firstPagesRefetched = server.requests
      .slice(requestsBefore)
      .filter((request) => !request.params.has('_cursor')).length;
    console.log(
      `resumed without fetching page 1 again: ${firstPagesRefetched === 0}; duplicates: ${duplicates}`,
    );

    // 3. Resource by resource, and all at once: the same appointments.
    let streamed = 0;
    for await (const appointment of client.resources(query))
      if (appointment.resourceType === 'Appointment') streamed++;
    const collected = await client.collect(query);
    console.log(
      `appointments: ${seen.size} across the failure and resume, ${streamed} from resources(), ` +
        `${collected.matches.length} from collect() over ${collected.pages} pages`,
    );
    const consistent =
      duplicates === 0 &&
      firstPagesRefetched === 0 &&
      seen.size === streamed &&
      streamed === collected.matches.length;
    console.log(`consistent: ${consistent}`);
    return consistent ? 0 : 1;
  } finally {
    await practice.close();
  }
}

await runIfMain(import.meta.url, main);
