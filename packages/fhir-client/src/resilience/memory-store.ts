import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { CircuitBreakers } from './circuit-breaker.js';
import type { CircuitRecord, CircuitTransition } from './circuit-breaker.js';
import { PauseRegistry, PauseScope, normalisePractitioner } from './pauses.js';
import type { EndedPause, Pause, ScopeTarget } from './pauses.js';
import { RetryBudget } from './retry-budget.js';
import type {
  BreakerAdmission,
  PauseRemoval,
  PauseWrite,
  ResilienceStore,
  StoreAttachment,
} from './store.js';

/**
 * The in-memory store: the policy's shared state lives in this process (the default). It also
 * serves as the local mirror of a shared store, which applies what other processes decided
 * with `applyPause`, `applyRemoval`, `applyBreaker` and `applyLoginFailures`.
 */
export interface MemoryResilienceStore extends ResilienceStore {
  readonly kind: 'memory';
  /** Records a pause another process decided (a longer one held here is kept). */
  applyPause(pause: Pause): PauseWrite;
  /** Ends pauses another process ended. */
  applyRemoval(removal: PauseRemoval, now: number): EndedPause[];
  /** Replaces one site's breaker as another process decided it (undefined: closed). */
  applyBreaker(site: string, record: CircuitRecord | undefined): void;
  /** Replaces one site's login-failure streak (0 ends it). */
  applyLoginFailures(site: string, streak: number): void;
}

/** Whether `pause` is one of the pauses `removal` ends. */
export function matchesRemoval(pause: Pause, removal: PauseRemoval): boolean {
  switch (removal.scope) {
    case 'all':
      return true;
    case 'integrator':
      return pause.scope === PauseScope.Integrator;
    case 'site':
      return pause.scope === PauseScope.Site && pause.site === removal.site;
    case 'practitioner':
      return (
        pause.scope === PauseScope.Practitioner &&
        pause.site === removal.site &&
        pause.practitioner === normalisePractitioner(removal.practitioner)
      );
  }
}

const notAttached = (): never => {
  throw new InvalidArgumentError(
    'store',
    'it is not attached to a policy yet; pass it as createResiliencePolicy({ store }) before using it.',
  );
};

/**
 * Creates the in-memory store: state held by this process only, as a policy without a `store`
 * option uses. Give each policy its own.
 */
export function createMemoryResilienceStore(): MemoryResilienceStore {
  const pauses = new PauseRegistry();
  const loginStreaks = new Map<string, number>();
  const billed = new Map<string, number>();
  let breakers: CircuitBreakers | undefined;
  let budget: RetryBudget | undefined;
  const breakersOf = (): CircuitBreakers => breakers ?? notAttached();
  const budgetOf = (): RetryBudget => budget ?? notAttached();

  const setPause = (pause: Pause): PauseWrite => {
    const result = pauses.set(pause);
    return {
      pause: result.pause,
      applied: result.pause === pause || result.extended,
      extended: result.extended,
    };
  };
  const removePauses = (removal: PauseRemoval, now: number): EndedPause[] =>
    pauses.remove((pause) => matchesRemoval(pause, removal), now);

  return {
    kind: 'memory',
    attach(attachment: StoreAttachment): void {
      if (breakers) {
        throw new InvalidArgumentError(
          'store',
          'it is already used by another policy; create one store per policy (one policy per subscription key).',
        );
      }
      breakers = new CircuitBreakers(attachment.breaker, attachment.state?.breakers);
      budget = new RetryBudget(attachment.retryBudget);
      for (const pause of attachment.state?.pauses ?? []) pauses.set(pause);
      for (const [site, count] of Object.entries(attachment.state?.loginFailures ?? {}))
        loginStreaks.set(site, count);
    },
    getPause: (target: ScopeTarget) => pauses.get(target),
    pauses: () => pauses.all(),
    setPause,
    expirePauses: (now) => pauses.sweep(now),
    removePauses,
    breaker: (site) => breakersOf().state(site),
    breakers: () => breakersOf().toJSON(),
    admitToSite: (site, now): BreakerAdmission => breakersOf().admit(site, now),
    recordSiteAnswered: (site): CircuitTransition => breakersOf().recordSuccess(site),
    recordSiteFailure: (site, now, options): CircuitTransition =>
      breakersOf().recordFailure(site, now, options),
    releaseProbe: (site) => breakersOf().releaseProbe(site),
    resetBreakers: (site) => breakersOf().reset(site),
    loginFailures: () => Object.fromEntries(loginStreaks),
    addLoginFailure(site) {
      const streak = (loginStreaks.get(site) ?? 0) + 1;
      loginStreaks.set(site, streak);
      return streak;
    },
    clearLoginFailures(site) {
      if (site === undefined) loginStreaks.clear();
      else loginStreaks.delete(site);
    },
    recordRequest: (now) => budgetOf().recordRequest(now),
    acquireRetry: (now) => budgetOf().tryAcquire(now),
    recordQuerySent(site) {
      billed.set(site, (billed.get(site) ?? 0) + 1);
    },
    billedQueries: () => Object.fromEntries(billed),
    applyPause: setPause,
    applyRemoval: removePauses,
    applyBreaker: (site, record) => breakersOf().apply(site, record),
    applyLoginFailures(site, streak) {
      if (streak > 0) loginStreaks.set(site, streak);
      else loginStreaks.delete(site);
    },
  };
}
