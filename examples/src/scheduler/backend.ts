import type { ManualClock, ResilienceStats } from '@halo-fhir/fhir-client';
import type { Practice } from './scenario.js';

/** One GP of one practice. */
export interface PollTarget {
  readonly practice: Practice;
  /** GP number at the practice, from 1. */
  readonly gp: number;
}

/** How one poll ended: data, a failure, or refused locally because its scope is paused (nothing sent). */
export const PollOutcome = { Ok: 'ok', Failed: 'failed', Refused: 'refused' } as const;
export type PollOutcome = (typeof PollOutcome)[keyof typeof PollOutcome];

/** A poller on a network (simulated in-process, or the mock server over HTTP). */
export interface PollerBackend {
  readonly clock: ManualClock;
  /** Starts the faults scheduled at this minute (the mock server's schedule is relative to now). */
  beginMinute(minute: number): void;
  poll(target: PollTarget): Promise<PollOutcome>;
  /** Queries that reached the server: what Halo charges for. */
  queriesSent(): number;
  /** Queries that reached the server about one GP. */
  queriesAbout(target: PollTarget): number;
  /** The policy's stats, for the poller that has one. */
  stats(): ResilienceStats | undefined;
  /** True when no HTTP exchange is in flight (the clock may then move). */
  idle(): boolean;
  /** Resolves when the in-flight exchanges have finished. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

/** Key of a GP in per-GP counters. */
export const targetKey = (guid: string, practitioner: string): string =>
  `${guid.toLowerCase()}|${practitioner}`;
