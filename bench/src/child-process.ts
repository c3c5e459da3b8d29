import { fork } from 'node:child_process';
import { snapshotPreload } from './dist-snapshot/snapshot.js';

/** Node options that make a child load the parent's dist snapshot (none when there is none). */
export const snapshotArgv = (): string[] =>
  process.env.HALO_BENCH_DIST_SNAPSHOT ? ['--import', snapshotPreload] : [];

/** A child that crashed, hung or answered nothing. */
export interface ChildFailure {
  readonly kind: 'failed';
  readonly reason: string;
}

/**
 * Runs a TypeScript module in a fresh child process (tsx's loader comes along in `process.execArgv`)
 * and resolves with the first message it sends over IPC. A child that crashes, hangs past `timeoutMs`
 * or exits without answering becomes a `ChildFailure`, never an exception, so one broken contender
 * cannot stop the suite.
 */
export function runChildProcess<T>(
  modulePath: string,
  args: readonly string[],
  options: { readonly timeoutMs: number; readonly nodeOptions?: readonly string[] },
): Promise<T | ChildFailure> {
  const execArgv = [...process.execArgv, ...snapshotArgv(), ...(options.nodeOptions ?? [])];
  return new Promise((resolve) => {
    const child = fork(modulePath, [...args], { execArgv, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    let stderr = '';
    let settled = false;
    const settle = (outcome: T | ChildFailure) => {
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
    child.on('message', (message) => settle(message as T));
    child.on('error', (error) => settle({ kind: 'failed', reason: error.message }));
    child.on('exit', (code, signal) => {
      const tail = stderr.trim().split('\n').slice(-3).join(' / ');
      settle({
        kind: 'failed',
        reason: `child exited (${signal ?? code}) without an answer${tail ? `: ${tail}` : ''}`,
      });
    });
  });
}
