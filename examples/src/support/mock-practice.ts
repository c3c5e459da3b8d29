import { randomUUID } from 'node:crypto';
import { type MockFhirServer, createMockFhirServer, generateSiteData } from '@halo-fhir/fhir-testkit';

/** A mock Halo practice running on 127.0.0.1 for an example. */
export interface MockPractice {
  readonly server: MockFhirServer;
  /** The practice's Halo GUID. */
  readonly guid: string;
  readonly timeZone: string;
  /** Today at the practice, `YYYY-MM-DD`: the one day its appointment book covers. */
  readonly today: string;
  /** The subscription key the mock accepts; made up per run, and never printed. */
  readonly subscriptionKey: string;
  close(): Promise<void>;
}

/** Options of {@link startMockPractice}. */
export interface MockPracticeOptions {
  /** @default 7 */
  readonly seed?: number;
  /** GPs at the practice. @default 4 */
  readonly practitioners?: number;
  /** Approximate number of resources. @default 1200 */
  readonly size?: number;
}

const guid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
const timeZone = 'Australia/Sydney';

/** Today's date in `zone`, `YYYY-MM-DD` (the `en-CA` locale writes dates that way). */
export function todayIn(zone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Starts the testkit's mock server with Halo's quirks on and one seeded practice whose appointment
 * book is today's (in the practice's time zone), so "today's appointments" finds some whenever it
 * runs. About 10% of patients are inactive (Halo never returns those).
 */
export async function startMockPractice(options: MockPracticeOptions = {}): Promise<MockPractice> {
  const today = todayIn(timeZone);
  // Generated around now: today's book (and only today's), as far along as the clock says. A GP who
  // left has no book and Halo hides them; about 10% of patients are inactive, as in a real practice.
  const resources = generateSiteData({
    seed: options.seed ?? 7,
    size: options.size ?? 1200,
    daysBack: 0,
    daysForward: 0,
    practitioners: options.practitioners ?? 4,
    timeZone,
  });
  const subscriptionKey = `demo-${randomUUID()}`;
  const server = await createMockFhirServer({
    profile: 'halo',
    subscriptionKey,
    sites: [{ guid, resources, timeZone }],
  });
  return { server, guid, timeZone, today, subscriptionKey, close: () => server.close() };
}

/**
 * The instant when the wall clock in `zone` shows `date` `time` (`YYYY-MM-DD`, `hh:mm`), for
 * examples that need a JavaScript `Date` at a practice-local time. (Not for times inside a
 * daylight-saving change, which a practice's working day never is.)
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const offsetName =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(asUtc)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(offsetName);
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(asUtc.getTime() - offsetMinutes * 60_000);
}
