// Building searches: typed, immutable builders; exact dates written in the practice's time zone;
// what a date Halo would reject says, before anything is sent. Run: pnpm --filter @halo-fhir/examples search-builder
import { createFhirClient, isSearchBuildError, parseSearch, search } from '@halo-fhir/fhir-client';
import { startMockPractice, zonedInstant } from './support/mock-practice.js';
import { runIfMain } from './support/run-if-main.js';

export async function main(): Promise<number> {
  const practice = await startMockPractice();
  try {
    const { today, timeZone } = practice;

    // 1. A builder is immutable: each call returns a new one, so a base query can be shared.
    const withPatients = search('Appointment', { dates: 'halo', timeZone }).include('Appointment', 'patient');
    const drRobinson = withPatients.reference('practitioner', 'Practitioner/prac-1');
    console.log(`base query:        ${withPatients}`);
    console.log(`one GP's day:      ${drRobinson.date('date', today)}`);

    // 2. Halo takes only YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, in the practice's local time. A JavaScript
    //    Date is an instant; with `timeZone` the builder writes it as the practice's wall-clock time.
    const morningStart = zonedInstant(today, '08:00', timeZone);
    const morning = drRobinson.date('date', { ge: morningStart, lt: zonedInstant(today, '12:00', timeZone) });
    console.log(`the morning, from Dates (${morningStart.toISOString()} is 08:00 at the practice):`);
    console.log(`                   ${morning}`);

    // 3. A date Halo would reject fails while building, with what was wrong and what is accepted.
    try {
      search('Patient', { dates: 'halo' }).date('birthdate', '1980-05');
    } catch (error) {
      if (!isSearchBuildError(error)) throw error;
      console.log(`bad date refused:  ${error.message}`);
      console.log(`                   parameter=${error.parameter} value=${error.value}`);
    }
    // Text is checked the same way: an offset is refused, nothing is sent.
    try {
      parseSearch(`Appointment?date=ge${today}T08:00:00%2B11:00`, { dates: 'halo' });
    } catch (error) {
      if (!isSearchBuildError(error)) throw error;
      console.log(`offset refused:    ${error.message}`);
    }

    // 4. Text and builder are inverses: parse the text back, get the same query.
    const reparsed = parseSearch(morning.toString(), { dates: 'halo' });
    console.log(`round trip equal:  ${reparsed.toString() === morning.toString()}`);

    // 5. The server (strict about dates, as Halo is) accepts what the builder wrote.
    const client = createFhirClient({
      halo: { siteId: practice.guid, origin: practice.server.url },
      subscriptionKey: practice.subscriptionKey,
      timeZone,
    });
    const bundle = await client.search(morning);
    const appointments =
      bundle.entry?.filter((entry) => entry.resource?.resourceType === 'Appointment') ?? [];
    console.log(`server answered:   ${appointments.length} morning appointments for Practitioner/prac-1`);
    return appointments.length > 0 ? 0 : 1;
  } finally {
    await practice.close();
  }
}

await runIfMain(import.meta.url, main);
