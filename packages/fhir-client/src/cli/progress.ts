import type { FhirClientEvent } from '../client/events.js';
import type { StderrLines } from './stderr-lines.js';

/** What the run did besides printing resources, for the summary line. */
export interface RunCounts {
  retries: number;
  /** Time spent waiting before retries (backoff or `Retry-After`), in ms. */
  waitedMs: number;
  linksRepaired: number;
  pauses: number;
  warnings: number;
}

/** Turns client events into progress lines on stderr and counts for the summary. */
export interface ProgressReporter {
  onEvent(event: FhirClientEvent): void;
  /** A page was printed. */
  page(number: number, printed: { matches: number; included: number; total: number }): void;
  readonly counts: Readonly<RunCounts>;
}

/**
 * Creates a reporter. Retries, waits, pauses, repaired links and pages are reported only when
 * `verbose` (stderr is a terminal, or `--progress`); warnings always, since they change what the
 * output means (e.g. Halo never returns inactive records).
 */
export function createProgressReporter(
  lines: StderrLines,
  options: { readonly verbose: boolean },
): ProgressReporter {
  const counts: RunCounts = { retries: 0, waitedMs: 0, linksRepaired: 0, pauses: 0, warnings: 0 };
  // Retries, waits, pauses and repairs stay on screen; the page counter overwrites itself on a terminal.
  const report = (text: string) => {
    if (options.verbose) lines.line(text);
  };
  return {
    counts,
    onEvent(event) {
      switch (event.type) {
        case 'retry': {
          counts.retries++;
          counts.waitedMs += event.delayMs;
          const why = event.status === undefined ? event.reason : `${event.status} ${event.reason}`;
          const wait = event.fromRetryAfter ? 'as Retry-After asks' : 'backoff';
          report(
            `retry: attempt ${event.attempt} failed (${why}); waiting ${seconds(event.delayMs)} (${wait})`,
          );
          break;
        }
        case 'pause': {
          counts.pauses++;
          const until =
            event.resumesAt === undefined
              ? 'until reset'
              : `until ${new Date(event.resumesAt).toISOString()}`;
          const what = event.circuitOpen
            ? `circuit open for site ${event.scopeKey}`
            : `${pausedScope(event)} paused`;
          report(`pause: ${what} ${until} (${event.reason.cause})`);
          break;
        }
        case 'link-repaired':
          counts.linksRepaired++;
          report(`page ${event.page}: next link had lost ${event.repair.restored.join(', ')}; restored`);
          break;
        case 'warning':
          counts.warnings++;
          lines.line(`warning: ${event.message}`);
          break;
        default:
          break;
      }
    },
    page(number, printed) {
      const included = printed.included > 0 ? ` and ${printed.included} included` : '';
      if (options.verbose)
        lines.status(
          `page ${number}: ${printed.matches} matches${included} (${printed.total} resources so far)`,
        );
    },
  };
}

/** `1.25 s` or `340 ms`. */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** What a pause covers, in words: "every request with this key", "site …", "Practitioner/1 at site …". */
function pausedScope(event: { scope: string; scopeKey: string; site: string | undefined }): string {
  if (event.scope === 'integrator') return 'every request with this key';
  if (event.scope === 'site') return `site ${event.scopeKey}`;
  return event.site === undefined ? event.scopeKey : `${event.scopeKey} at site ${event.site}`;
}
