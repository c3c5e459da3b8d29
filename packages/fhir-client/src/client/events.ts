import { redactEverywhere, VOCABULARY_FIELDS } from '../errors/redact-everywhere.js';
import type { LinkRepair } from '../paging/link-repair.js';
import type { ResilienceEvent } from '../resilience/events.js';

/** What the client warns about. */
export const FhirClientWarningCode = {
  /** The query asks for inactive records, which Halo never returns. */
  OnlyActive: 'only-active',
  /** A `meta.lastUpdated` value could not be normalised (no `timeZone`, or not a date-time). */
  LastUpdatedNotNormalized: 'last-updated-not-normalized',
  /** A Bundle entry with `search.mode = outcome`: the server's remarks about the search. */
  SearchOutcome: 'search-outcome',
} as const;
export type FhirClientWarningCode = (typeof FhirClientWarningCode)[keyof typeof FhirClientWarningCode];

/** Who a client event is about: the practice (Halo GUID or base URL) and, when known, the practitioner. */
export interface ClientEventScope {
  /** The practice: its Halo GUID, or the base URL for other servers (the client's `site`). */
  readonly site: string;
  /** The practitioner the request names, when it names one. */
  readonly practitioner: string | undefined;
}

/** Something the caller should know that did not fail the call. */
export interface WarningEvent extends ClientEventScope {
  /** Always `'warning'`. */
  readonly type: 'warning';
  /** Which warning, one of {@link FhirClientWarningCode}. */
  readonly code: FhirClientWarningCode;
  /** What happened and what it means for the caller, redacted. */
  readonly message: string;
  /** The resource type searched or read, when the warning is about one request. */
  readonly resourceType: string | undefined;
}

/** A `next` link lost parameters of the search and was repaired before it was followed. */
export interface LinkRepairedEvent extends ClientEventScope {
  /** Always `'link-repaired'`. */
  readonly type: 'link-repaired';
  /** The resource type searched. */
  readonly resourceType: string;
  /** The number of the page the repaired link fetches (2 for the first `next`). */
  readonly page: number;
  /** The link as the server sent it, as repaired, and the parameters restored. */
  readonly repair: LinkRepair;
}

/**
 * Everything the client reports through `onEvent` / `client.on`: the resilience policy's events
 * (`request`, `response`, `retry`, `pause`, `resume`, `error`, each with its scope; they carry
 * URL paths without query strings) plus the client's own `warning` and `link-repaired`. No event
 * ever carries the subscription key.
 */
export type FhirClientEvent = ResilienceEvent | WarningEvent | LinkRepairedEvent;

/** Receives client events synchronously. An exception it throws is swallowed so it cannot break a request. */
export type FhirClientEventListener = (event: FhirClientEvent) => void;

/** A tiny synchronous emitter; listeners are isolated from each other and from the request. */
export interface EventHub {
  emit(event: FhirClientEvent): void;
  on(listener: FhirClientEventListener): () => void;
}

/** An event's fields that are the client's own words: the vocabulary fields and a warning's `code`. */
const eventVocabularyFields: ReadonlySet<string> = new Set([...VOCABULARY_FIELDS, 'code']);

/** Options of {@link createEventHub}. */
export interface EventHubOptions {
  /** Redacted from every event (every string in it) before any listener sees it. @default [] */
  readonly secrets?: readonly string[];
}

/**
 * Creates an {@link EventHub} with the given first listeners. `activate` runs while the hub has at
 * least one listener and returns its cleanup, so a client subscribes to a shared policy only while
 * someone listens.
 */
export function createEventHub(
  initial: readonly FhirClientEventListener[] = [],
  activate?: (hub: EventHub) => () => void,
  options: EventHubOptions = {},
): EventHub {
  const hub: EventHub = createListenerHub<FhirClientEvent>({
    secrets: options.secrets ?? [],
    preserve: eventVocabularyFields,
    ...(activate === undefined ? {} : { activate: () => activate(hub) }),
  });
  for (const listener of initial) hub.on(listener);
  return hub;
}

/** What {@link createListenerHub} needs: what to redact, what to keep, and what to run while listened to. */
export interface ListenerHubOptions {
  /** Redacted from every event before any listener sees it. */
  readonly secrets: readonly string[];
  /** Fields that hold the emitter's own closed vocabularies, never server text. */
  readonly preserve: ReadonlySet<string>;
  /** Runs while the hub has at least one listener; returns its cleanup. */
  readonly activate?: () => () => void;
}

/**
 * The emitter under the FHIR and SQL clients' hubs: synchronous, every event through the one
 * redaction chokepoint, listeners isolated from each other and from the request.
 */
export function createListenerHub<E extends object>(
  options: ListenerHubOptions,
): { emit(event: E): void; on(listener: (event: E) => void): () => void } {
  const listeners = new Set<(event: E) => void>();
  let deactivate: (() => void) | undefined;
  return {
    emit(event) {
      if (listeners.size === 0) return;
      // The one redaction chokepoint: a key a server echoed into a link or a remark stays out.
      const safe = redactEverywhere(event, options.secrets, { preserve: options.preserve });
      for (const listener of listeners) {
        try {
          listener(safe);
        } catch {
          // A logging hook must never turn a successful request into a failure.
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && options.activate) deactivate = options.activate();
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        deactivate?.();
        deactivate = undefined;
      };
    },
  };
}
