import type { DayResult } from './run-day.js';

const seconds = (value: number | undefined): string =>
  value === undefined ? 'never' : `${value.toFixed(1)} s`;

/** The comparison table, one row per poller. */
export function formatResults(results: readonly DayResult[]): string {
  const header = [
    'poller',
    'queries sent',
    'failed polls',
    'refused (paused)',
    'skipped',
    'queries about away GP',
    'first success after practice back',
    'after rate limit lifted',
  ];
  const rows = results.map((r) => [
    r.poller,
    String(r.queriesSent),
    String(r.failed),
    String(r.refused),
    String(r.skipped),
    String(r.queriesAboutAwayGp),
    seconds(r.siteRecoverySeconds),
    seconds(r.rateLimitRecoverySeconds),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The policy's own accounting of one run. */
export function formatPolicyStats(result: DayResult): string {
  const { stats } = result;
  if (!stats) return '';
  const failures = Object.entries(stats.failuresByCategory)
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
  const paused = Object.entries(stats.pausedMs)
    .map(([scope, ms]) => `${scope} ${Math.round(ms / 1000)} s`)
    .join(', ');
  return (
    `${result.poller}: ${stats.requests} requests, ${stats.queriesSent} queries sent, ${stats.retries} retries ` +
    `(${stats.retriesDeniedByBudget} denied by the budget); failed attempts: ${failures || 'none'}; time paused: ${paused}`
  );
}
