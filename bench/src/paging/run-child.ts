import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildJob, ChildOutcome } from './child-protocol.js';

const childPath = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * Runs one paging job in a fresh child process (tsx's loader comes along in `process.execArgv`) and
 * resolves with its outcome; a child that crashes, hangs past `timeoutMs` or answers nothing becomes a
 * `failed` outcome, never an exception, so one broken contender cannot stop the suite.
 */
export function runPagingChild(
  job: ChildJob,
  options: { readonly timeoutMs: number },
): Promise<ChildOutcome> {
  const execArgv = job.mode === 'memory' ? [...process.execArgv, '--expose-gc'] : [...process.execArgv];
  return new Promise((resolve) => {
    const child = fork(childPath, [JSON.stringify(job)], {
      execArgv,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    let settled = false;
    const settle = (outcome: ChildOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({ kind: 'failed', reason: `timed out after ${Math.round(options.timeoutMs / 1000)} s` });
    }, options.timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on('message', (message) => settle(message as ChildOutcome));
    child.on('error', (error) => settle({ kind: 'failed', reason: error.message }));
    child.on('exit', (code) =>
      settle({
        kind: 'failed',
        reason: `child exited with code ${code} without an answer: ${stderr.trim().split('\n').slice(-3).join(' / ')}`,
      }),
    );
  });
}
