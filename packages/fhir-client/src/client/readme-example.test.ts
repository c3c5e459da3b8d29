import { readFileSync } from 'node:fs';
import { createMockFhirServer } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { search } from '../search/search.js';
import { createFhirClient } from './create-fhir-client.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- section:client -->'), readme.indexOf('### Options'));

describe('the README client example', () => {
  it('is the code this test runs (but for the mock server, the day and a small page size)', () => {
    expect(section).toContain("const query = search('Appointment', { dates: 'halo' })");
    expect(section).toContain(".include('Appointment', 'patient', { target: 'Patient' });");
    expect(section).toContain(
      'for await (const page of client.pages(query, { signal: AbortSignal.timeout(120_000) })) {',
    );
    expect(section).toContain(
      "if (page.repairedLink) console.log('link repaired:', page.repairedLink.restored);",
    );
  });

  it('runs against the mock Halo server: every appointment’s patient resolves, later links are repaired', async () => {
    await using server = await createMockFhirServer({
      sites: [
        {
          guid: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b',
          seed: 1,
          size: 200,
          timeZone: 'Australia/Sydney',
          // The example searches a fixed day: generate the data around it.
          anchor: '2026-11-26T09:00:00+11:00',
        },
      ],
    });
    const client = createFhirClient({
      halo: { siteId: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b', origin: server.url },
      subscriptionKey: server.subscriptionKey,
      timeZone: 'Australia/Sydney',
    });
    const lines: unknown[][] = [];
    const console = { log: (...args: unknown[]) => lines.push(args) };

    const query = search('Appointment', { dates: 'halo' })
      .date('date', '2026-11-26')
      .include('Appointment', 'patient', { target: 'Patient' })
      .count(5);
    for await (const page of client.pages(query, { signal: AbortSignal.timeout(120_000) })) {
      for (const appointment of page.matches) {
        const patientRef = appointment.participant.find((p) => p.actor?.reference?.startsWith('Patient/'));
        console.log(appointment.start, page.resolve(patientRef?.actor ?? '')?.id);
      }
      if (page.repairedLink) console.log('link repaired:', page.repairedLink.restored);
    }

    const appointments = lines.filter((line) => line[0] !== 'link repaired:');
    expect(appointments.length).toBeGreaterThan(5);
    // Only-active: an inactive patient is never returned, so a few references may not resolve.
    expect(appointments.filter((line) => line[1] !== undefined).length).toBeGreaterThan(
      appointments.length * 0.7,
    );
    expect(lines.filter((line) => line[0] === 'link repaired:').length).toBe(
      Math.ceil(appointments.length / 5) - 1,
    );
  });
});
