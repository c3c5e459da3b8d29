import type { ErrorCategory } from '../errors/vocabulary.js';
import type { PauseScope } from './pauses.js';

/** A snapshot of what the policy has done since it was created. */
export interface ResilienceStats {
  /** Logical requests given to `execute`. */
  readonly requests: number;
  /** Attempts that went to the network: what Halo charges for and what loads the practices. */
  readonly queriesSent: number;
  /** Attempts after the first (each is also counted in `queriesSent`). */
  readonly retries: number;
  /** Logical requests that succeeded. */
  readonly successes: number;
  /** Logical requests that failed for good, including refusals of paused scopes. */
  readonly failures: number;
  /** Failed attempts by category; refusals of paused scopes count as `paused`. */
  readonly failuresByCategory: Readonly<Partial<Record<ErrorCategory, number>>>;
  /** Requests refused at once (or after waiting) because their scope was paused. */
  readonly pausedRefusals: number;
  /** Retries not made because the retry budget was spent. */
  readonly retriesDeniedByBudget: number;
  /** Milliseconds paused per scope kind, summed over every pause (ended and still active). */
  readonly pausedMs: Readonly<Record<PauseScope, number>>;
  /** Milliseconds paused per scope: keys `integrator`, `site:{site}`, `practitioner:{site}/Practitioner/{id}`. */
  readonly pausedMsByScope: Readonly<Record<string, number>>;
  /** Pauses in force now. */
  readonly activePauses: number;
  /**
   * Failures each pause rule (`practitionerRules`) turned into a pause, by rule name
   * (`practitioner-away` for the default), so a caller sees which of its rules fired. Manual GP
   * `pause()` calls count as `manual`.
   */
  readonly practitionerPausesByRule: Readonly<Record<string, number>>;
}

/** Mutable counters behind {@link ResilienceStats}. */
export class StatsCounters {
  requests = 0;
  queriesSent = 0;
  retries = 0;
  successes = 0;
  failures = 0;
  pausedRefusals = 0;
  retriesDeniedByBudget = 0;
  readonly failuresByCategory: Partial<Record<ErrorCategory, number>> = {};
  readonly pausedMs: Record<PauseScope, number> = { integrator: 0, site: 0, practitioner: 0 };
  readonly pausedMsByScope: Record<string, number> = {};
  // No prototype: rule names are the caller's text.
  readonly practitionerPausesByRule: Record<string, number> = Object.create(null);

  countFailure(category: ErrorCategory): void {
    this.failuresByCategory[category] = (this.failuresByCategory[category] ?? 0) + 1;
  }

  countPractitionerRule(rule: string): void {
    this.practitionerPausesByRule[rule] = (this.practitionerPausesByRule[rule] ?? 0) + 1;
  }

  addPausedTime(scope: PauseScope, scopeLabel: string, ms: number): void {
    this.pausedMs[scope] += ms;
    this.pausedMsByScope[scopeLabel] = (this.pausedMsByScope[scopeLabel] ?? 0) + ms;
  }
}
