import { PausedError } from '../errors/paused-error.js';
import { sleepUnlessAborted } from './clock.js';
import type { Pause } from './pauses.js';
import { PauseCause, PauseScope } from './pauses.js';
import type { PolicyContext } from './policy-context.js';
import type { RequestDescriptor } from './request-descriptor.js';

/** The pause that blocks longest among `pauses` (until-reset first). */
function longest(pauses: Pause[]): Pause | undefined {
  return pauses.reduce<Pause | undefined>((worst, pause) => {
    if (!worst) return pause;
    if (worst.resumesAt === undefined) return worst;
    if (pause.resumesAt === undefined || pause.resumesAt > worst.resumesAt) return pause;
    return worst;
  }, undefined);
}

/**
 * Waits until `request` may go to the network, or throws a {@link PausedError} without sending
 * anything. A short rate-limit window is always waited out (every request waits for the same
 * window); other pauses are waited out only with `waitIfPaused`; a pause until reset never is.
 * Returns whether the request is a half-open breaker's probe.
 */
export async function admit(
  context: PolicyContext,
  request: RequestDescriptor,
  waitIfPaused: boolean,
  attempt: number,
): Promise<{ probe: boolean }> {
  const { clock, random, baseDelayMs } = context.options;
  const refused = { method: request.method, url: request.url, attempt };
  for (;;) {
    context.sweep();
    const now = context.now();
    const blocking = longest(context.applicablePauses(request.site, request.practitioner));
    if (blocking) {
      if (blocking.resumesAt === undefined || !(blocking.waitable || waitIfPaused))
        throw new PausedError(blocking, refused);
      // A little jitter so that the requests held by one window do not all fire in the same instant.
      const jitter = blocking.waitable ? Math.floor(random() * baseDelayMs) : 0;
      await sleepUnlessAborted(clock, blocking.resumesAt - now + jitter, request.signal);
      continue;
    }
    const admission = await context.store.admitToSite(request.site, now);
    if (admission.allowed) return { probe: admission.probe };
    // Half-open with its probe in flight: the answer is due soon, so "resumes" is a hint to look again.
    const probing = context.makePause(
      { scope: PauseScope.Site, site: request.site },
      {
        resumesAt: now + baseDelayMs,
        reason: {
          cause: PauseCause.CircuitOpen,
          category: context.halfOpen.get(request.site)?.reason.category,
          status: context.halfOpen.get(request.site)?.reason.status,
          message: 'the circuit is half-open and a probe request is testing the site',
        },
        circuitOpen: true,
      },
    );
    if (!waitIfPaused) throw new PausedError(probing, refused);
    await sleepUnlessAborted(clock, baseDelayMs, request.signal);
  }
}
