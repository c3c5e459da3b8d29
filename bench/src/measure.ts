import type { TargetCheck } from './report.js';

/** Statistics and number formatting shared by the benchmarks. Nothing here asserts anything about time. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** `123,456` style, for rates and counts. */
export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');

export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const nowMs = (): number => performance.now();

/**
 * Runs `operation` repeatedly for about `budgetMs` after a warm-up, and returns operations per second.
 * The count per batch grows so the clock is read rarely compared with the work.
 */
export function opsPerSecond(operation: () => unknown, budgetMs: number): number {
  let sink: unknown;
  const warmUntil = nowMs() + Math.min(200, budgetMs / 4);
  while (nowMs() < warmUntil) sink = operation();
  let done = 0;
  let batch = 64;
  const start = nowMs();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < batch; i++) sink = operation();
    done += batch;
    elapsed = nowMs() - start;
    if (elapsed < budgetMs / 20) batch *= 2;
  }
  keep(sink);
  return (done * 1000) / elapsed;
}

let kept: unknown;
/** Stops the optimiser from discarding a result nobody reads. */
export function keep(v: unknown): void {
  kept = v;
}
export const lastKept = (): unknown => kept;

/** Target: ours / baseline must be at least `minimum` (higher is better). */
export function atLeastRatio(
  description: string,
  ours: number | undefined,
  baseline: number | undefined,
  minimum: number,
): TargetCheck {
  if (ours === undefined || baseline === undefined || baseline === 0) {
    return { description, met: undefined, shortfall: 'one side is n/a' };
  }
  const ratio = ours / baseline;
  if (ratio >= minimum) return { description, met: true, shortfall: '' };
  return {
    description,
    met: false,
    shortfall: `missed by ${((1 - ratio / minimum) * 100).toFixed(1)}% (ratio ${ratio.toFixed(2)}, needed ${minimum})`,
  };
}

/** Target: a value must be at most `maximum` (lower is better). */
export function atMost(
  description: string,
  actual: number | undefined,
  maximum: number,
  unit: string,
): TargetCheck {
  if (actual === undefined) return { description, met: undefined, shortfall: 'n/a' };
  if (actual <= maximum) return { description, met: true, shortfall: '' };
  return {
    description,
    met: false,
    shortfall: `missed by ${(actual - maximum).toFixed(2)} ${unit} (${((actual / maximum - 1) * 100).toFixed(1)}% over)`,
  };
}

/** Target: ours / baseline must be at most `maximum` (lower is better, e.g. 0.5 = twice as fast). */
export function atMostRatio(
  description: string,
  ours: number | undefined,
  baseline: number | undefined,
  maximum: number,
): TargetCheck {
  if (ours === undefined || baseline === undefined || baseline === 0) {
    return { description, met: undefined, shortfall: 'one side is n/a' };
  }
  const ratio = ours / baseline;
  if (ratio <= maximum) return { description, met: true, shortfall: '' };
  return {
    description,
    met: false,
    shortfall: `missed: ratio ${ratio.toFixed(2)}, needed at most ${maximum} (${((ratio / maximum - 1) * 100).toFixed(0)}% over)`,
  };
}

/** Geometric mean, the fair average of ratios and of latencies that span orders of magnitude. */
export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}
