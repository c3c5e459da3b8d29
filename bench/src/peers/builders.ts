/**
 * The same realistic ten-parameter query (today's booked or arrived appointments of one GP for one service
 * type, changed since a date, with patient and practitioner included, sorted, 100 a page) written with
 * each library's own API, built from scratch and formatted to a query string on every call, as a
 * scheduler does for each poll.
 */
import { search } from '@halo-fhir/fhir-client';
import { provideWebSocketGlobal } from './medplum-environment.js';

const gp = 'Practitioner/gp-123';
const from = '2026-11-26T00:00:00';
const to = '2026-11-27T00:00:00';
const changedSince = '2026-11-20T00:00:00';
const snomed = 'http://snomed.info/sct';

/**
 * The names {@link oursQueryFor} reads besides its arguments, for the builder ablation
 * (profile/builder-ablation.ts), which compiles its own copy of the function per variant of the builder.
 */
export const oursQueryScope = { search, from, to, snomed } as const;

/** `search(...)` builder of @halo-fhir/fhir-client, Halo date profile, for one GP changed since one instant. */
export function oursQueryFor(practitioner: string, since: string): string {
  return search('Appointment', { dates: 'halo' })
    .date('date', { ge: from, lt: to })
    .token('status', ['booked', 'arrived'])
    .reference('practitioner', practitioner)
    .token('service-type', { system: snomed, code: '11429006' })
    .lastUpdated({ ge: since })
    .include('Appointment', 'patient')
    .include('Appointment', 'practitioner')
    .sort('date')
    .count(100)
    .toString();
}

/** The query with the same values on every call. */
export function oursQuery(): string {
  return oursQueryFor(gp, changedSince);
}

/**
 * The same query whose GP and changed-since instant differ on every call (5,000 GPs, one minute per
 * call), as a scheduler polling many GPs builds it: no two calls in a row are equal, so nothing a
 * builder remembers from an earlier call can answer this one.
 */
export function variedValues(): { gp: () => string; changedSince: () => string } {
  let call = 0;
  const base = Date.parse('2026-11-20T00:00:00Z');
  return {
    gp: () => `Practitioner/gp-${call++ % 5_000}`,
    changedSince: () => new Date(base + (call % 100_000) * 60_000).toISOString().slice(0, 19),
  };
}

/** The values of {@link oursQuery} in the shape of {@link variedValues}: the same on every call. */
export function repeatedValues(): { gp: () => string; changedSince: () => string } {
  return { gp: () => gp, changedSince: () => changedSince };
}

/** {@link oursQuery} with the GP and changed-since instant of {@link variedValues}. */
export function oursVariedQuery(values = variedValues()): () => string {
  return () => oursQueryFor(values.gp(), values.changedSince());
}

/** Loads the peers' builders once; each returned function builds and formats the query. */
export async function loadPeerBuilders(): Promise<{
  medplum: () => string;
  bonfhir: () => string;
  medplumVaried: () => string;
}> {
  provideWebSocketGlobal();
  const { formatSearchQuery, Operator } = await import('@medplum/core');
  const { fhirSearch } = await import('@bonfhir/core/r4b');
  const medplumQuery = (practitioner: string, since: string) =>
    `Appointment${formatSearchQuery({
      resourceType: 'Appointment',
      filters: [
        { code: 'date', operator: Operator.GREATER_THAN_OR_EQUALS, value: from },
        { code: 'date', operator: Operator.LESS_THAN, value: to },
        { code: 'status', operator: Operator.EQUALS, value: 'booked,arrived' },
        { code: 'practitioner', operator: Operator.EQUALS, value: practitioner },
        { code: 'service-type', operator: Operator.EQUALS, value: `${snomed}|11429006` },
        { code: '_lastUpdated', operator: Operator.GREATER_THAN_OR_EQUALS, value: since },
      ],
      include: [
        { resourceType: 'Appointment', searchParam: 'patient' },
        { resourceType: 'Appointment', searchParam: 'practitioner' },
      ],
      sortRules: [{ code: 'date' }],
      count: 100,
    })}`;
  const medplum = () => medplumQuery(gp, changedSince);
  const bonfhir = () =>
    `Appointment?${
      fhirSearch('Appointment')
        .date(from, 'ge')
        .date(to, 'lt')
        .status(['booked', 'arrived'])
        .practitioner(gp)
        .serviceType({ system: snomed, code: '11429006' })
        ._lastUpdated(changedSince, 'ge')
        ._include('Appointment', 'patient')
        ._include('Appointment', 'practitioner')
        ._sort('date')
        ._count(100).href
    }`;
  const values = variedValues();
  const medplumVaried = () => medplumQuery(values.gp(), values.changedSince());
  return { medplum, bonfhir, medplumVaried };
}
