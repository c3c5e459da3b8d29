import type { AsyncFailure, SqlDatabaseError } from './sql-mock-types.js';

/** Resolved phase durations (ms). */
export interface LifecycleDurations {
  readonly initialisingMs: number;
  readonly queuedMs: number;
  readonly executingMs: number;
  readonly uploadingMs: number;
}

/** The phases an async query passes through. */
export type Phase = 'initialising' | 'queued' | 'executing' | 'uploading';

/** When each phase started and ended, and how and when the query ends. */
export interface Timeline {
  readonly phases: readonly { readonly phase: Phase; readonly start: number; readonly end: number }[];
  /** The terminal status and when it is reached. */
  readonly terminal: { readonly status: string; readonly at: number; readonly error?: SqlDatabaseError };
}

/** What decides an async query's path, all known at submit except later queue blocks. */
export interface LifecycleInput {
  readonly createdAt: number;
  readonly durations: LifecycleDurations;
  readonly maxTimeInQueue: number;
  /** A forced failure (handler `async.fail`, or the site's availability at submit). */
  readonly failure: AsyncFailure | undefined;
  /** The database's error, when the command failed. */
  readonly error: SqlDatabaseError | undefined;
  /** Intervals when the site's queue is held. */
  readonly queueBlocks: readonly { readonly from: number; readonly to: number }[];
  /** Errors Halo Link reports for forced failures (codes 1, 3, 5). */
  readonly haloLink: (code: 1 | 3 | 5) => SqlDatabaseError;
}

function queueExit(start: number, natural: number, blocks: LifecycleInput['queueBlocks']): number {
  let exit = natural;
  let moved = true;
  while (moved) {
    moved = false;
    for (const block of blocks) {
      if (block.from < exit && block.to > start && block.to > exit) {
        exit = block.to;
        moved = true;
      }
    }
  }
  return exit;
}

/**
 * The whole path of an async query, derived from its inputs (no timers):
 * `initialising → queued → executing → uploading → successful`, or the failure that ends it.
 */
export function timelineOf(input: LifecycleInput): Timeline {
  const { durations: d, failure } = input;
  const t1 = input.createdAt + d.initialisingMs;
  const initialising = { phase: 'initialising' as const, start: input.createdAt, end: t1 };
  if (failure?.startsWith('initialisationFailed')) {
    return { phases: [initialising], terminal: { status: failure as string, at: t1 } };
  }
  const exit =
    failure === 'expiredInQueue'
      ? Number.POSITIVE_INFINITY
      : queueExit(t1, t1 + d.queuedMs, input.queueBlocks);
  if (exit - t1 > input.maxTimeInQueue) {
    const at = t1 + input.maxTimeInQueue;
    return {
      phases: [initialising, { phase: 'queued', start: t1, end: at }],
      terminal: { status: 'expiredInQueue', at },
    };
  }
  const t3 = exit + d.executingMs;
  const queued = { phase: 'queued' as const, start: t1, end: exit };
  const executing = { phase: 'executing' as const, start: exit, end: t3 };
  const error =
    input.error ??
    (failure === 'executionFailed'
      ? input.haloLink(1)
      : failure === 'orphaned'
        ? input.haloLink(3)
        : undefined);
  if (error !== undefined) {
    return {
      phases: [initialising, queued, executing],
      terminal: { status: 'executionFailed', at: t3, error },
    };
  }
  const t4 = t3 + d.uploadingMs;
  const phases = [initialising, queued, executing, { phase: 'uploading' as const, start: t3, end: t4 }];
  if (failure === 'uploadFailed')
    return { phases, terminal: { status: 'uploadFailed', at: t4, error: input.haloLink(5) } };
  return { phases, terminal: { status: 'successful', at: t4 } };
}

/** The status at `now`: the phase under way, or the terminal status once reached. */
export function statusAt(timeline: Timeline, now: number): string {
  if (now >= timeline.terminal.at) return timeline.terminal.status;
  const current = timeline.phases.find((p) => now >= p.start && now < p.end);
  return current?.phase ?? 'initialising';
}

/** `statusTiming` at `now`: each phase begun, with its end once it has ended. */
export function statusTimingAt(
  timeline: Timeline,
  now: number,
): Record<string, { startTime: string; endTime?: string }> {
  const timing: Record<string, { startTime: string; endTime?: string }> = {};
  for (const { phase, start, end } of timeline.phases) {
    if (now < start) break;
    // A zero-length phase (e.g. no wait in the queue) still shows, started and ended.
    timing[phase] = now >= end ? { startTime: iso(start), endTime: iso(end) } : { startTime: iso(start) };
  }
  return timing;
}

/** ISO 8601 text of epoch ms. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
