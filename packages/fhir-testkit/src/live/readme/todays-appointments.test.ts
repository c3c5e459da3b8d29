import { createFhirClient, search } from '@halo-fhir/fhir-client';
import { createMockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Appointment } from 'fhir/r4.js';
import { expect, it } from 'vitest';

it("finds today's appointments on a fresh mock", async () => {
  const timeZone = 'Australia/Sydney';
  await using server = await createMockFhirServer(); // data generated around the clock's now
  const client = createFhirClient({
    halo: { siteId: server.siteGuids[0]!, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    timeZone,
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date()); // YYYY-MM-DD
  const query = search('Appointment', { dates: 'halo' }).date('date', today).count(100);
  const appointments: Appointment[] = [];
  for await (const page of client.pages(query)) appointments.push(...page.matches);
  expect(appointments.length).toBeGreaterThan(20);
  expect(appointments.every((appointment) => appointment.start?.startsWith(today))).toBe(true);
});
