import type { CircuitRecord, CircuitState, Pause, PauseRemoval } from '@halo-fhir/fhir-client';

/** A change announced on the channel by one worker's script, as Redis's cjson wrote it. */
export type ChangeMessage =
  | { readonly kind: 'pause'; readonly from: string; readonly seq: number; readonly pause: Pause }
  | {
      readonly kind: 'removal';
      readonly from: string;
      readonly seq: number;
      readonly removal: PauseRemoval;
      readonly at: number;
    }
  | {
      readonly kind: 'breaker';
      readonly from: string;
      readonly seq: number;
      readonly site: string;
      readonly record: CircuitRecord;
    }
  | {
      readonly kind: 'login';
      readonly from: string;
      readonly seq: number;
      readonly site: string;
      readonly streak: number;
    };

const states: readonly string[] = ['closed', 'open', 'half-open'];

/** A pause as stored: the JSON the worker wrote, with the `since` of the first pause of the scope. */
export function pauseFrom(json: string, since: string | number): Pause {
  const pause = JSON.parse(json) as Pause;
  if (
    typeof pause !== 'object' ||
    pause === null ||
    typeof pause.scope !== 'string' ||
    typeof pause.reason !== 'object'
  ) {
    throw new TypeError('not a pause');
  }
  return { ...pause, since: Number(since) };
}

/** A breaker record from the script's fields (strings or numbers; '' for no open time). */
export function breakerFrom(fields: {
  state: unknown;
  failures: unknown;
  openUntil: unknown;
  openMs: unknown;
  probes: unknown;
}): CircuitRecord {
  const state = String(fields.state);
  return {
    state: (states.includes(state) ? state : 'closed') as CircuitState,
    consecutiveFailures: Number(fields.failures) || 0,
    openUntil: fields.openUntil === '' || fields.openUntil == null ? undefined : Number(fields.openUntil),
    openMs: Number(fields.openMs) || 0,
    probesInFlight: Number(fields.probes) || 0,
  };
}

/** Reads one channel message; undefined for anything this version does not understand (never throws). */
export function parseChangeMessage(text: string): ChangeMessage | undefined {
  try {
    return readChangeMessage(JSON.parse(text) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

function readChangeMessage(value: Record<string, unknown>): ChangeMessage | undefined {
  const from = String(value.from);
  const seq = Number(value.seq);
  switch (value.kind) {
    case 'pause':
      return { kind: 'pause', from, seq, pause: pauseFrom(String(value.json), String(value.since)) };
    case 'removal':
      return {
        kind: 'removal',
        from,
        seq,
        removal: JSON.parse(String(value.removal)) as PauseRemoval,
        at: Number(value.at),
      };
    case 'breaker':
      return { kind: 'breaker', from, seq, site: String(value.site), record: breakerFrom(value as never) };
    case 'login':
      return { kind: 'login', from, seq, site: String(value.site), streak: Number(value.streak) };
    default:
      return undefined;
  }
}
