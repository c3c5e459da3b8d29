/**
 * The CLI's exit codes: one table, read by `--help` and by the code that exits, so the two cannot drift.
 * Scripts branch on them: 3 means fix the request, 4 means try again later, 5 means wait until the
 * pause the line names has passed.
 */
export const ExitCode = {
  /** Everything asked for was printed. */
  Ok: 0,
  /** A bug in the CLI itself: an error it did not expect. */
  Internal: 1,
  /** Bad usage or an invalid query (e.g. a date Halo would reject); nothing was sent. */
  Usage: 2,
  /** The server rejected the request (4xx): fix the request or the configuration. */
  Rejected: 3,
  /**
   * Server or network failure (5xx, timeout, broken response) after the retries, or after the site's
   * circuit breaker opened: a one-shot run forgets that pause, so it names no time to wait for.
   */
  Failed: 4,
  /**
   * Paused until a time that outlasts the run: the server's `Retry-After` or rate-limit window, or the
   * GP is away today. Try again after the time shown.
   */
  Paused: 5,
  /** Interrupted (Ctrl-C, SIGINT): the resources printed before it are complete. */
  Interrupted: 130,
  /** Terminated (SIGTERM, e.g. by a scheduler or `docker stop`): the resources printed before it are complete. */
  Terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means, in the order `--help` lists them. */
export const exitCodeMeanings: readonly (readonly [ExitCode, string])[] = [
  [ExitCode.Ok, 'ok'],
  [ExitCode.Usage, 'usage error or invalid query (nothing was sent)'],
  [ExitCode.Rejected, 'request rejected by the server (4xx): fix the request or configuration'],
  [
    ExitCode.Failed,
    'server or network failure after retries (5xx, timeout, broken response, circuit opened)',
  ],
  [
    ExitCode.Paused,
    'paused by the server (Retry-After, rate limit) or the GP is away: try again after the time shown',
  ],
  [ExitCode.Internal, 'unexpected internal error (a bug: please report it)'],
  [ExitCode.Interrupted, 'interrupted (Ctrl-C)'],
  [ExitCode.Terminated, 'terminated (SIGTERM)'],
];
