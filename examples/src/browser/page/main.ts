/**
 * The browser example's page: today's appointments at one practice, searched through the builder
 * and the client, with each appointment's patient and GP from `_include`. Bundled by esbuild
 * (`build-page.ts`) and run in headless Chromium by `run-browser-example.ts`.
 *
 * Configured by its URL: `?base=` the FHIR base to search (a proxy that adds the subscription key,
 * or the testkit's mock with CORS on), `timeZone=` the practice's zone, and, against the mock only,
 * `key=` the mock's made-up test key. A real Halo subscription key never goes to a browser: see
 * `halo-proxy.ts`.
 */
import { createFhirClient, isFhirRequestError, isNetworkBlockedError, search } from '@halo-fhir/fhir-client';
import type { Appointment } from 'fhir/r4.js';
import { type AppointmentRow, appointmentRow, sortRows, todayIn } from './appointment-rows.js';
import { type BrowserExampleResult, resultGlobal } from './result.js';

async function run(): Promise<BrowserExampleResult> {
  const config = new URLSearchParams(location.search);
  const base = config.get('base') ?? '';
  const timeZone = config.get('timeZone') ?? 'Australia/Sydney';
  const key = config.get('key') ?? undefined;
  const date = todayIn(timeZone);
  heading(date, timeZone, base);

  let fetchCalls = 0;
  const client = createFhirClient({
    baseUrl: base,
    timeZone,
    ...(key === undefined ? {} : { subscriptionKey: key }),
    fetch: (input, init) => {
      fetchCalls++;
      return fetch(input, init);
    },
  });
  const query = search('Appointment', { dates: 'halo', timeZone })
    .date('date', date)
    .include('Appointment', 'patient', { target: 'Patient' })
    .include('Appointment', 'practitioner', { target: 'Practitioner' })
    .count(Number(config.get('count') ?? 10));

  const rows: AppointmentRow[] = [];
  let pages = 0;
  try {
    for await (const page of client.pages(query)) {
      pages++;
      for (const appointment of page.matches as readonly Appointment[]) {
        rows.push(appointmentRow(appointment, (reference) => page.resolve(reference), timeZone));
      }
    }
  } catch (error) {
    const reported = describe(error);
    showError(reported);
    return { state: 'error', origin: location.origin, date, rows, pages, fetchCalls, error: reported };
  }
  const sorted = sortRows(rows);
  showRows(sorted, pages);
  return { state: 'done', origin: location.origin, date, rows: sorted, pages, fetchCalls };
}

function describe(error: unknown): NonNullable<BrowserExampleResult['error']> {
  if (!isFhirRequestError(error)) {
    return { name: error instanceof Error ? error.name : 'Error', message: String(error) };
  }
  return {
    name: error.name,
    message: error.message,
    category: error.category,
    retryable: error.retryable,
    attempt: error.attempt,
    ...(isNetworkBlockedError(error) ? { pageOrigin: error.pageOrigin } : {}),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function heading(date: string, timeZone: string, base: string): void {
  document.title = `Appointments ${date}`;
  document.body.append(
    element('h1', `Today's appointments, ${date}`),
    element('p', `${timeZone}, from ${new URL(base).origin} (page at ${location.origin})`, { id: 'source' }),
  );
}

function showRows(rows: readonly AppointmentRow[], pages: number): void {
  document.body.append(element('p', `${rows.length} appointments in ${pages} pages`, { id: 'summary' }));
  const table = element('table', undefined, { id: 'appointments' });
  const head = element('tr');
  for (const title of ['Time', 'Patient', 'GP', 'Status']) head.append(element('th', title));
  table.append(element('thead'), element('tbody'));
  table.tHead?.append(head);
  for (const row of rows) {
    const tr = element('tr', undefined, { 'data-appointment-id': row.id });
    for (const cell of [row.time, row.patient, row.practitioner, row.status]) tr.append(element('td', cell));
    table.tBodies[0]?.append(tr);
  }
  document.body.append(table);
}

function showError(error: NonNullable<BrowserExampleResult['error']>): void {
  document.body.append(
    element('p', `${error.name}: ${error.message}`, {
      id: 'error',
      role: 'alert',
      'data-error-name': error.name,
    }),
  );
}

const result = run();
(globalThis as Record<string, unknown>)[resultGlobal] = result;
