import type { ErrorFixture } from '../../fixtures/error-fixture.js';
import type { FaultContext } from './fault-context.js';
import type { FaultKind } from './fault-kind.js';

/** An error fixture, or a function that makes one for the request (e.g. with today's date). */
export type FixtureSource = ErrorFixture | ((context: FaultContext) => ErrorFixture);

/** What a rule does to a request it matches. */
export type FaultEffect =
  /** Answer with the fixture, after `delayMs` of the server clock. */
  | { readonly type: 'respond'; readonly fixture: FixtureSource; readonly delayMs?: number }
  /** Wait, then serve normally; latency rules add up and never stop other rules. */
  | { readonly type: 'latency'; readonly ms: number }
  /** Serve normally, but reset the connection after the headers. */
  | { readonly type: 'reset' }
  /** Serve normally, but send only the first `keepBytes` bytes of the body. */
  | { readonly type: 'truncate'; readonly keepBytes: number | undefined }
  /** Draw from `random`: with probability `rate`, answer with one of `fixtures`. */
  | {
      readonly type: 'random';
      readonly rate: number;
      readonly fixtures: readonly FixtureSource[];
      readonly random: () => number;
    };

/** One scheduled fault. Mutable counters live here; the schedule owns the rule list. */
export interface FaultRule {
  readonly kind: FaultKind;
  readonly matches: (context: FaultContext) => boolean;
  readonly effect: FaultEffect;
  /** Requests it may still affect (Infinity: no limit). */
  remaining: number;
  /** Epoch ms after which it no longer applies (undefined: no end). */
  readonly until: number | undefined;
  /** Requests it affected so far. */
  hits: number;
}

/** The terminal part of a decision: how the request ends. */
export type FaultOutcome =
  | {
      /** Answer with an error fixture. */
      readonly type: 'respond';
      /** The error answered. */
      readonly fixture: ErrorFixture;
      /** How long to wait first, on the mock's clock (a gateway timeout waits). */
      readonly delayMs: number;
    }
  | {
      /** Send the headers, then break the connection. */
      readonly type: 'reset';
    }
  | {
      /** Send only the start of the body. */
      readonly type: 'truncate';
      /** How many bytes to send; undefined for half. */
      readonly keepBytes: number | undefined;
    };

/** What the schedule decided for one request. */
export interface FaultDecision {
  /** Total latency to add before answering. */
  readonly latencyMs: number;
  /** How the request ends, or undefined to serve it normally (after the latency). */
  readonly outcome: FaultOutcome | undefined;
  /** Kinds of every rule that fired, for the request log. */
  readonly kinds: readonly FaultKind[];
}

/** True while a rule may still fire: count left and before its end time. */
export function isLive(rule: FaultRule, now: number): boolean {
  return rule.remaining > 0 && (rule.until === undefined || now < rule.until);
}

/** The fixture itself, or the one a fixture function makes for this request. */
export function resolveFixture(source: FixtureSource, context: FaultContext): ErrorFixture {
  return typeof source === 'function' ? source(context) : source;
}

/**
 * Applies `rules` in the order they were scheduled: every live latency rule that matches adds its
 * delay, and the first live terminal rule that matches decides the outcome. Only rules that fire
 * use up their count, so a later rule waits its turn instead of being silently spent.
 */
export function decide(rules: readonly FaultRule[], context: FaultContext): FaultDecision {
  let latencyMs = 0;
  let outcome: FaultOutcome | undefined;
  const kinds: FaultKind[] = [];
  const fire = (rule: FaultRule): void => {
    rule.remaining -= 1;
    rule.hits += 1;
    kinds.push(rule.kind);
  };
  for (const rule of rules) {
    if (!isLive(rule, context.now) || !rule.matches(context)) continue;
    const { effect } = rule;
    if (effect.type === 'latency') {
      latencyMs += effect.ms;
      fire(rule);
      continue;
    }
    if (outcome !== undefined) continue;
    switch (effect.type) {
      case 'respond':
        outcome = {
          type: 'respond',
          fixture: resolveFixture(effect.fixture, context),
          delayMs: effect.delayMs ?? 0,
        };
        break;
      case 'reset':
        outcome = { type: 'reset' };
        break;
      case 'truncate':
        outcome = { type: 'truncate', keepBytes: effect.keepBytes };
        break;
      case 'random': {
        if (effect.random() >= effect.rate) continue;
        const source = effect.fixtures[Math.floor(effect.random() * effect.fixtures.length)] as FixtureSource;
        outcome = { type: 'respond', fixture: resolveFixture(source, context), delayMs: 0 };
        break;
      }
    }
    fire(rule);
  }
  return { latencyMs, outcome, kinds };
}
