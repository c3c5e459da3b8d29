import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { snapshotArgv } from '../child-process.js';

const serverPath = fileURLToPath(new URL('./paging-server-process.ts', import.meta.url));

export interface PagingServerProcess {
  readonly baseUrl: string;
  stop(): void;
}

/** Starts the paging server in its own process (its own core) and resolves with its FHIR base. */
export function startPagingServerProcess(options: {
  pageSize: number;
  pages: number;
}): Promise<PagingServerProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(serverPath, [String(options.pageSize), String(options.pages)], {
      execArgv: [...process.execArgv, ...snapshotArgv()],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the paging server did not start within 30 s'));
    }, 30_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      const { baseUrl } = message as { baseUrl: string };
      resolve({
        baseUrl,
        stop: () => {
          child.disconnect();
          setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the paging server exited with code ${code} before listening`));
    });
  });
}
