import type { PagingCursor } from '../cursor.js';

/** A Halo site's FHIR base, as the link tests page under it. */
export const haloTestBase = new URL('https://api.haloconnect.io/integrator/sites/abc/fhir/R4/');

/** The cursor of an Appointment search stopped after its first page under {@link haloTestBase}. */
export const stoppedAfterFirstPage: PagingCursor = {
  version: 1,
  base: haloTestBase.href,
  resourceType: 'Appointment',
  query: '',
  next: null,
  done: false,
  pagesDelivered: 1,
  followed: [],
  yielded: { matches: [], included: [] },
};
