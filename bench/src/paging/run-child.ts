import { fileURLToPath } from 'node:url';
import { runChildProcess } from '../child-process.js';
import type { ChildJob, ChildOutcome } from './child-protocol.js';

const childPath = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs one paging job in a fresh child process (with `--expose-gc` for the memory mode). */
export function runPagingChild(
  job: ChildJob,
  options: { readonly timeoutMs: number },
): Promise<ChildOutcome> {
  return runChildProcess<ChildOutcome>(childPath, [JSON.stringify(job)], {
    timeoutMs: options.timeoutMs,
    nodeOptions: job.mode === 'memory' ? ['--expose-gc'] : [],
  });
}
