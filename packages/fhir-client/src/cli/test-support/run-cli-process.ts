import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one run of the CLI process produced. */
export interface CliProcessResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout split into its non-empty lines. */
  readonly lines: readonly string[];
}

/** A way to start the CLI from its TypeScript sources. */
export interface CliLauncher {
  run(args: readonly string[], options?: CliRunOptions): Promise<CliProcessResult>;
}

/** How one CLI process is run. */
export interface CliRunOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Sends `signal` to the process once it has printed `afterStdoutLines` lines to stdout. */
  readonly stop?: { readonly signal: NodeJS.Signals; readonly afterStdoutLines: number };
}

/** The part of esbuild's API used here (esbuild is tsx's dependency, not ours, so its types are not at hand). */
interface Esbuild {
  build(options: Readonly<Record<string, unknown>>): Promise<unknown>;
}

const mainPath = fileURLToPath(new URL('../main.ts', import.meta.url));

/**
 * Bundles `src/cli/main.ts` (with esbuild, the compiler tsx runs on) into one file in a fresh
 * directory, so every test spawns plain `node cli.mjs …` as a user's shell would run the bin:
 * starting tsx per process costs ~1 s, which a dozen subprocesses on two CI cores cannot afford.
 */
export async function createCliLauncher(): Promise<CliLauncher> {
  const esbuild = createRequire(import.meta.resolve('tsx'))('esbuild') as Esbuild;
  // Inside the package (under its node_modules, which git ignores), as an installed bin lies inside its
  // package: `--version` finds the package.json above it.
  const cache = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
  await mkdir(cache, { recursive: true });
  const outfile = join(await mkdtemp(join(cache, 'fhir-client-cli-')), 'cli.mjs');
  await esbuild.build({
    entryPoints: [mainPath],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // The package's own sources, as the `@halo-fhir/source` condition resolves them in tests.
    conditions: ['@halo-fhir/source'],
  });
  return { run: (args, options) => spawnCli(outfile, args, options ?? {}) };
}

function spawnCli(
  script: string,
  args: readonly string[],
  options: CliRunOptions,
): Promise<CliProcessResult> {
  const { env = {}, stop } = options;
  return new Promise((resolve, reject) => {
    // Exactly the environment given (plus PATH): no key leaks in from the developer's shell.
    const child = spawn(process.execPath, [script, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let stopped = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stop && !stopped && stdout.split('\n').length > stop.afterStdoutLines) {
        stopped = true;
        child.kill(stop.signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      resolve({ exitCode, stdout, stderr, lines: stdout.split('\n').filter((line) => line !== '') });
    });
  });
}
