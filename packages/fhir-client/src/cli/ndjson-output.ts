import type { Writable } from 'node:stream';

/** Thrown when stdout's reader went away (e.g. `| head -1`): the CLI stops quietly, as Unix tools do. */
export class OutputClosedError extends Error {
  /** Always `'OutputClosedError'`. */
  override name = 'OutputClosedError';
}

/** Writes one JSON value per line, waiting while the stream is full so memory stays flat on long runs. */
export interface NdjsonOutput {
  write(value: unknown): Promise<void>;
  /** Lines written so far. */
  readonly lines: number;
}

/** An {@link NdjsonOutput} over `stream`. */
export function createNdjsonOutput(stream: Writable): NdjsonOutput {
  let closed = false;
  let lines = 0;
  // EPIPE (the reader closed the pipe) or any other stream error: without a listener Node would crash
  // with an unhandled 'error'; instead the next write reports the stream closed.
  stream.on('error', () => {
    closed = true;
  });
  return {
    get lines() {
      return lines;
    },
    async write(value) {
      if (closed || stream.destroyed) throw new OutputClosedError('stdout was closed');
      lines++;
      if (stream.write(`${JSON.stringify(value)}\n`)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
      if (closed || stream.destroyed) throw new OutputClosedError('stdout was closed');
    },
  };
}
