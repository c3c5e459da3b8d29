import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { PauseCause, PauseScope } from './pauses.js';
import type { Pause } from './pauses.js';
import type { PolicyContext } from './policy-context.js';

/**
 * A pause the caller makes ahead of time (`policy.pause(...)`), e.g. for a GP's known leave or a
 * practice closed for a holiday. Requests in scope are refused with `PausedError` until `until`.
 */
export type ManualPause =
  | {
      readonly scope: typeof PauseScope.Practitioner;
      readonly site: string;
      /** `Practitioner/123` or `123`. */
      readonly practitioner: string;
      /** When queries may run again. @default undefined (until `policy.resume(...)`) */
      readonly until?: Date | number;
      /** Why, in words, for events and `PausedError`. @default 'paused by the caller' */
      readonly reason?: string;
    }
  | {
      readonly scope: typeof PauseScope.Site;
      readonly site: string;
      /** When requests may run again. @default undefined (until `policy.resume(...)`) */
      readonly until?: Date | number;
      /** Why, in words. @default 'paused by the caller' */
      readonly reason?: string;
    };

/** Checks `request` and records the pause; a pause already in force that lasts longer is kept. */
export function manualPause(context: PolicyContext, request: ManualPause): Pause {
  if (request.scope !== PauseScope.Practitioner && request.scope !== PauseScope.Site) {
    throw new InvalidArgumentError(
      'scope',
      `it is ${String((request as { scope: unknown }).scope)}; give 'practitioner' or 'site'.`,
    );
  }
  if (typeof request.site !== 'string' || request.site.trim() === '') {
    throw new InvalidArgumentError(
      'site',
      'it is empty; give the Halo GUID or FHIR base URL the client uses.',
    );
  }
  const practitioner = request.scope === PauseScope.Practitioner ? request.practitioner : undefined;
  if (
    request.scope === PauseScope.Practitioner &&
    (typeof practitioner !== 'string' || practitioner.trim() === '')
  ) {
    throw new InvalidArgumentError('practitioner', "it is empty; give 'Practitioner/{id}' or the id.");
  }
  const resumesAt = request.until === undefined ? undefined : new Date(request.until).getTime();
  if (resumesAt !== undefined && !Number.isFinite(resumesAt)) {
    throw new InvalidArgumentError('until', 'it is not a valid time; give a Date or epoch milliseconds.');
  }
  if (resumesAt !== undefined && resumesAt <= context.now()) {
    throw new InvalidArgumentError(
      'until',
      'it has passed; give a time in the future, or leave it out to pause until resumed.',
    );
  }
  const pause = context.pause(
    context.makePause(
      { scope: request.scope, site: request.site, practitioner },
      {
        resumesAt,
        reason: {
          cause: PauseCause.Manual,
          category: undefined,
          status: undefined,
          rule: 'manual',
          message: request.reason ?? 'paused by the caller',
        },
      },
    ),
  );
  if (request.scope === PauseScope.Practitioner) context.stats.countPractitionerRule('manual');
  return pause;
}
