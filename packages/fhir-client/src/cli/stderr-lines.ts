import type { Writable } from 'node:stream';
import { redactSecrets } from '../errors/redact.js';

/** stderr as the CLI uses it: prefixed single lines, every secret redacted. */
export interface StderrLines {
  /** One line, kept. */
  line(text: string): void;
  /** Progress: on a terminal it overwrites the previous progress line; elsewhere it is a line. */
  status(text: string): void;
  /** Ends an overwritten progress line so the next output starts clean. */
  end(): void;
}

/**
 * Lines on `stream`, each `fhir-client: …`, flattened to one line and with every secret (the
 * subscription key, and its URL-encoded form) replaced by `[REDACTED]`, whatever produced the text.
 */
export function createStderrLines(
  stream: Writable,
  options: { readonly terminal: boolean; readonly secrets: readonly string[] },
): StderrLines {
  let statusShown = false;
  const clean = (text: string) =>
    redactSecrets(`fhir-client: ${text}`.replace(/\s*[\r\n]+\s*/g, ' '), options.secrets);
  const clearStatus = () => {
    if (statusShown) stream.write('\r\x1b[K');
    statusShown = false;
  };
  return {
    line(text) {
      clearStatus();
      stream.write(`${clean(text)}\n`);
    },
    status(text) {
      if (!options.terminal) {
        stream.write(`${clean(text)}\n`);
        return;
      }
      clearStatus();
      stream.write(clean(text));
      statusShown = true;
    },
    end: clearStatus,
  };
}
