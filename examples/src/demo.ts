// `pnpm demo`: the main job on an embedded mock Halo practice. Starts the testkit's mock server
// (Halo's quirks on, data seeded for today in the practice's time zone), fetches today's
// appointments for each GP with their patients through the library, then does the same day with
// the built `fhir-client` CLI, and prints a short report. Exits 1 if the two disagree.
import { createFhirClient, createResiliencePolicy, type LinkRepair, search } from '@halo-fhir/fhir-client';
import { haloErrors, Quirk } from '@halo-fhir/fhir-testkit';
import type { Patient, Practitioner } from 'fhir/r4.js';
import { fetchGpDay, type GpDay } from './demo/gp-day.js';
import { runBuiltCli } from './demo/run-built-cli.js';
import { startMockPractice } from './support/mock-practice.js';
import { runIfMain } from './support/run-if-main.js';

const pageSize = 10;

/** Options of the demo's {@link main}. */
export interface DemoOptions {
  /**
   * Node arguments that start the CLI.
   * @default the built bin, `packages/fhir-client/dist/cli/main.js`
   */
  readonly cli?: readonly string[];
}

/** Runs the demo, printing its report; resolves to the exit code (0 when CLI and library agree). */
export async function main(options: DemoOptions = {}): Promise<number> {
  const practice = await startMockPractice();
  try {
    const { server, today, timeZone } = practice;
    const quirksOn = Object.values(Quirk).filter((quirk) => server.quirks[quirk]);
    console.log(`Mock Halo practice ${practice.guid} (${timeZone}) at ${server.url}`);
    console.log(`  Halo quirks on: ${quirksOn.join(', ')}`);
    console.log(`  Today at the practice: ${today} (the seeded appointment book covers this day)\n`);

    // A practice server hiccups now and then: the first query meets a 503 and is retried.
    server.faults.failNext(1, haloErrors.siteUnavailable());
    const client = createFhirClient({
      halo: { siteId: practice.guid, origin: server.url },
      subscriptionKey: practice.subscriptionKey,
      timeZone,
      policy: createResiliencePolicy({ baseDelayMs: 200 }),
    });
    const retries: string[] = [];
    client.on((event) => {
      if (event.type === 'retry') {
        retries.push(`${event.status ?? ''} ${event.reason}, retried after ${Math.round(event.delayMs)} ms`);
      }
    });

    console.log('1. Library: today’s appointments for each GP, with their patients');
    const gps = await client.collect(search('Practitioner').count(50));
    const days: GpDay[] = [];
    for (const practitioner of gps.matches as readonly Practitioner[]) {
      const day = await fetchGpDay(client, practitioner, { today, pageSize });
      days.push(day);
      const first = day.firstAppointment
        ? `first ${day.firstAppointment.start.slice(11, 16)} with ${day.firstAppointment.patient}`
        : 'no appointments';
      console.log(
        `   ${day.name.padEnd(28)} ${String(day.appointments).padStart(3)} appointments, ${day.pages} pages, ` +
          `${day.patientsResolved}/${day.appointments} patients resolved, ${day.repairs.length} links repaired; ${first}`,
      );
    }
    const repairs = days.flatMap((day) => day.repairs);
    const appointments = sum(days.map((day) => day.appointments));
    const resolved = sum(days.map((day) => day.patientsResolved));
    // Check every unresolved patient against the server's own store: Halo returns only active records.
    const missing = days.flatMap((day) => day.patientsMissing);
    const inactive = missing.filter((reference) => {
      const [, id = ''] = reference.split('/');
      return (server.store(practice.guid).get('Patient', id) as Patient | undefined)?.active === false;
    });
    printRepairs(repairs);
    if (missing.length > 0) {
      console.log(
        `   ${missing.length} appointments have no patient included: ${inactive.length} of those patients are inactive, ` +
          'and Halo never returns inactive records',
      );
    }
    for (const retry of retries) console.log(`   Transient failure: ${retry.trim()}`);
    const stats = client.stats();

    console.log(
      '\n2. CLI: the whole practice’s day with the built fhir-client, key in HALO_SUBSCRIPTION_KEY',
    );
    const query = `Appointment?date=${today}&_include=Appointment:patient&_count=25`;
    const args = [
      'search',
      query,
      '--base-url',
      server.baseUrl(practice.guid),
      '--time-zone',
      timeZone,
      '--all',
      '--with-included',
    ];
    console.log(`   $ fhir-client ${args.map((arg) => (arg.includes('?') ? `'${arg}'` : arg)).join(' ')}`);
    const cli = await runBuiltCli(args, practice.subscriptionKey, options.cli);
    const cliAppointments = cli.resources.filter((r) => r.resourceType === 'Appointment').length;
    const cliPatients = new Set(cli.resources.filter((r) => r.resourceType === 'Patient').map((r) => r.id))
      .size;
    console.log(
      `   exit ${cli.exitCode}: ${cli.resources.length} NDJSON lines = ${cliAppointments} appointments + ${cliPatients} patients`,
    );
    for (const line of cli.stderrLines) console.log(`   ${line}`);

    const agree = cli.exitCode === 0 && cliAppointments === appointments;
    console.log('\nReport');
    console.log(
      `   GPs: ${days.length}; appointments today: ${appointments}; patients resolved: ${resolved}/${appointments}` +
        (resolved < appointments
          ? ` (the other ${appointments - resolved} are inactive, which Halo never returns)`
          : ''),
    );
    console.log(
      `   Library queries sent (each one charged by Halo): ${stats.queriesSent}, retries: ${stats.retries}, ` +
        `next links repaired: ${repairs.length}`,
    );
    console.log(`   CLI and library agree on today's appointments: ${agree ? 'yes' : 'NO'}`);
    const explained = resolved + inactive.length === appointments;
    return agree && explained ? 0 : 1;
  } finally {
    await practice.close();
  }
}

function printRepairs(repairs: readonly LinkRepair[]): void {
  const example = repairs[0];
  if (example === undefined) return;
  console.log(
    `   Halo's next links lost ${example.restored.join(', ')} ${repairs.length} times; each was restored before it was followed:`,
  );
  console.log(`     sent by Halo: ${pathAndQuery(example.original)}`);
  console.log(`     followed:     ${pathAndQuery(example.repaired)}`);
}

function pathAndQuery(url: string): string {
  const parsed = new URL(url);
  return `…/${parsed.pathname.split('/').pop()}${decodeURIComponent(parsed.search)}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

await runIfMain(import.meta.url, () => main());
