import type { FleetResult } from './run-fleet.js';

const seconds = (value: number | undefined): string =>
  value === undefined ? 'never' : `${value.toFixed(1)} s`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The runs side by side: queries into each fault, probes, the away GP, and recovery times. */
export function formatFleetResults(results: readonly FleetResult[]): string {
  const single = results[0];
  return table(
    [
      'run',
      'queries sent',
      'into faults',
      'vs 1 process',
      'offline 503',
      'GP away 400',
      '429',
      'max probes / 30 s',
      'away GP after learnt',
      'first success after practice back',
      'after rate limit lifted',
    ],
    results.map((result) => [
      result.label,
      String(result.queriesSent),
      String(result.intoFaults),
      single ? `${(result.intoFaults / single.intoFaults).toFixed(2)}x` : '',
      String(result.intoOffline),
      String(result.intoAwayGp),
      String(result.intoRateLimit),
      String(result.maxProbesPerOpenPeriod),
      String(result.awayGpQueriesAfterLearnt),
      seconds(result.siteRecoverySeconds),
      seconds(result.rateLimitRecoverySeconds),
    ]),
  );
}

/** Billed queries per practice (counted at the mock; for the shared run, also the fleet's count in Redis). */
export function formatBilled(results: readonly FleetResult[]): string {
  const practices = Object.keys(results[0]?.billedByPractice ?? {});
  return table(
    ['run', ...practices],
    results.flatMap((result) => [
      [result.label, ...practices.map((name) => String(result.billedByPractice[name] ?? 0))],
      ...(result.storeBilledByPractice
        ? [
            [
              `  (Redis billed counter)`,
              ...practices.map((name) => String(result.storeBilledByPractice?.[name] ?? 0)),
            ],
          ]
        : []),
    ]),
  );
}

/**
 * The Done-when, checked on the runs [single process, shared fleet, private fleet]:
 * returns what failed, in words (empty when all hold).
 */
export function checkFleetResults([single, shared, isolated]: readonly FleetResult[]): string[] {
  const problems: string[] = [];
  if (!single || !shared || !isolated) return ['fleet: expected three runs (single, shared, private)'];
  if (shared.storeUnavailable > 0) {
    problems.push(
      `a worker lost Redis ${shared.storeUnavailable} time(s) and decided alone: the shared run is not a fair one`,
    );
  }
  if (shared.intoFaults > 1.2 * single.intoFaults) {
    problems.push(
      `shared state sent ${shared.intoFaults} queries into faults, more than 1.2x a single process's ${single.intoFaults}`,
    );
  }
  const privateRatio = isolated.intoFaults / single.intoFaults;
  if (privateRatio < 2.5) {
    problems.push(
      `private state sent only ${privateRatio.toFixed(2)}x a single process's queries into faults (expected near 4x)`,
    );
  }
  if (shared.maxProbesPerOpenPeriod > 1) {
    problems.push(
      `the offline practice got ${shared.maxProbesPerOpenPeriod} probes within one open period with shared state`,
    );
  }
  if (shared.awayGpQueriesAfterLearnt > 0) {
    problems.push(
      `${shared.awayGpQueriesAfterLearnt} queries went to the away GP after a worker learnt it was away`,
    );
  }
  if (
    shared.storeBilledByPractice &&
    JSON.stringify(shared.storeBilledByPractice) !== JSON.stringify(shared.billedByPractice)
  ) {
    problems.push(
      `Redis's billed counts ${JSON.stringify(shared.storeBilledByPractice)} differ from the mock's ${JSON.stringify(shared.billedByPractice)}`,
    );
  }
  for (const result of [single, shared]) {
    if (result.siteRecoverySeconds === undefined || result.siteRecoverySeconds > 60) {
      problems.push(`${result.label}: the practice back online was not found within a minute`);
    }
  }
  return problems;
}
