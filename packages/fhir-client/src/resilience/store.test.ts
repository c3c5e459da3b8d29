import { describe, expect, test } from 'vitest';
import { isInvalidArgumentError } from '../client/invalid-argument-error.js';
import { isPausedError } from '../errors/paused-error.js';
import { createMemoryResilienceStore } from './memory-store.js';
import type { MemoryResilienceStore } from './memory-store.js';
import { createResiliencePolicy } from './policy.js';
import type { ResilienceStore, StoreAttachment } from './store.js';
import { haloFailure, OTHER_SITE, SITE, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { errorOf, harness, settle, START } from './test-support/harness.js';

/** The memory store with every decision answered by a promise, as a shared store answers. */
function asyncStore(): {
  store: ResilienceStore;
  memory: MemoryResilienceStore;
  attachment: () => StoreAttachment;
} {
  const memory = createMemoryResilienceStore();
  let attached: StoreAttachment | undefined;
  // A microtask later: the manual clock lets continuations run before time moves.
  const later = <T>(value: T | Promise<T>): Promise<T> => Promise.resolve().then(() => value);
  const store: ResilienceStore = {
    ...memory,
    kind: 'slow',
    attach: (attachment) => {
      attached = attachment;
      memory.attach(attachment);
    },
    admitToSite: (site, now) => later(memory.admitToSite(site, now)),
    recordSiteAnswered: (site) => later(memory.recordSiteAnswered(site)),
    recordSiteFailure: (site, now, options) => later(memory.recordSiteFailure(site, now, options)),
    addLoginFailure: (site) => later(memory.addLoginFailure(site)),
    acquireRetry: (now) => later(memory.acquireRetry(now)),
    billedQueries: () => later(memory.billedQueries()),
  };
  return {
    store,
    memory,
    attachment: () =>
      attached ??
      (() => {
        throw new Error('not attached');
      })(),
  };
}

async function failSite(h: ReturnType<typeof harness>, site = SITE): Promise<void> {
  const { attempt } = scriptedAttempts([haloFailure('site-unavailable')], h.clock.now);
  await settle(h.policy.execute(searchRequest({ site }), attempt));
}

describe('the resilience store', () => {
  test('without a store option the policy keeps its state in memory, and counts billed queries per site', async () => {
    const store = createMemoryResilienceStore();
    const h = harness({ maxAttempts: 1, store });
    for (let i = 0; i < 3; i++) await failSite(h);
    await settle(
      h.policy.execute(searchRequest({ site: OTHER_SITE }), scriptedAttempts(['ok'], h.clock.now).attempt),
    );
    expect(store.pauses()).toMatchObject([{ scope: 'site', site: SITE, circuitOpen: true }]);
    expect(store.breaker(SITE)).toMatchObject({ state: 'open', consecutiveFailures: 3 });
    expect(store.billedQueries()).toEqual({ [SITE]: 3, [OTHER_SITE]: 1 });
    expect(h.policy.toJSON().pauses).toEqual(store.pauses());
  });

  test('a store that answers decisions with promises gives the same breaker, probe, streak and budget', async () => {
    const { store } = asyncStore();
    const h = harness({ maxAttempts: 4, store, retryBudgetMinRetries: 1, retryBudgetRatio: 0 });
    // the budget allows one retry in the window: the first request retries once, then stops
    const first = scriptedAttempts(
      [haloFailure('site-unavailable'), haloFailure('site-unavailable'), 'ok'],
      h.clock.now,
    );
    const pending = settle(h.policy.execute(searchRequest(), first.attempt));
    await h.clock.advance(10_000);
    const settled = await pending;
    expect(settled.ok).toBe(false);
    expect(first.calls).toHaveLength(2);
    expect(h.policy.stats().retriesDeniedByBudget).toBe(1);
    await failSite(h);
    expect(h.policy.pauseStatus({ site: SITE })).toMatchObject([{ circuitOpen: true }]);

    await h.clock.advance(30_000);
    let answer: (value: string) => void = () => {};
    const probe = settle(
      h.policy.execute(searchRequest(), () => new Promise<string>((resolve) => (answer = resolve))),
    );
    await h.clock.advance(0);
    const meanwhile = scriptedAttempts(['ok'], h.clock.now);
    expect(isPausedError(errorOf(await settle(h.policy.execute(searchRequest(), meanwhile.attempt))))).toBe(
      true,
    );
    expect(meanwhile.calls).toHaveLength(0);
    answer('back');
    expect(await probe).toEqual({ ok: true, value: 'back' });
    expect(h.of('resume')).toMatchObject([{ scope: 'site', via: 'probe-succeeded' }]);

    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
    );
    expect(h.policy.toJSON().loginFailures).toEqual({ [SITE]: 1 });
  });

  test('what another process learnt reaches the listeners: a pause with fromStore, a reset, the store status', () => {
    const { store, memory, attachment } = asyncStore();
    const h = harness({ store });
    const pause = {
      scope: 'practitioner' as const,
      scopeKey: 'Practitioner/7',
      site: SITE,
      practitioner: '7',
      since: START,
      resumesAt: START + 60_000,
      reason: { cause: 'manual' as const, category: undefined, status: undefined, message: 'on leave' },
      circuitOpen: false,
      waitable: false,
    };
    memory.applyPause(pause);
    attachment().pausedElsewhere(pause);
    expect(h.of('pause')).toMatchObject([{ scope: 'practitioner', practitioner: '7', fromStore: true }]);
    expect(h.policy.pauseStatus({ site: SITE, practitioner: 'Practitioner/7' })).toHaveLength(1);

    attachment().resumedElsewhere(
      memory.applyRemoval({ scope: 'practitioner', site: SITE, practitioner: '7' }, START),
    );
    expect(h.of('resume')).toMatchObject([{ scope: 'practitioner', via: 'reset' }]);
    expect(h.policy.pauseStatus()).toEqual([]);

    attachment().statusChanged({ available: false, message: 'redis: connection refused; using local state' });
    expect(h.of('store')).toEqual([
      {
        type: 'store',
        at: START,
        scope: 'integrator',
        scopeKey: 'integrator',
        site: undefined,
        practitioner: undefined,
        store: 'slow',
        available: false,
        message: 'redis: connection refused; using local state',
      },
    ]);
  });

  test('a store serves one policy: a second policy, or a store used before it is attached, is told what to do', () => {
    const store = createMemoryResilienceStore();
    expect(() => store.breaker(SITE)).toThrow(
      /not attached to a policy yet; pass it as createResiliencePolicy/,
    );
    createResiliencePolicy({ store });
    let error: unknown;
    try {
      createResiliencePolicy({ store });
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidArgumentError(error) && error.message).toMatch(
      /already used by another policy; create one store per policy/,
    );
  });
});
