import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What one run of the built `fhir-client` bin produced. */
export interface CliRun {
  readonly exitCode: number | null;
  /** stdout's NDJSON lines, parsed. */
  readonly resources: readonly { readonly resourceType: string; readonly id?: string }[];
  readonly stderrLines: readonly string[];
}

/**
 * The `fhir-client` bin as a user gets it: the path `bin` in the package's `package.json` names,
 * under the package's build output (`pnpm demo` builds first).
 */
export function builtCliPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('@halo-fhir/fhir-client/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> };
  const bin = join(dirname(packageJson), manifest.bin['fhir-client'] ?? 'dist/cli/main.js');
  if (!existsSync(bin)) throw new Error(`${bin} does not exist: run \`pnpm build\` first (pnpm demo does).`);
  return bin;
}

/**
 * Runs the CLI with node, the subscription key in `HALO_SUBSCRIPTION_KEY` as a user would pass it.
 * `launch` is how to start it: by default the built bin; a test passes the sources under tsx.
 */
export function runBuiltCli(
  args: readonly string[],
  subscriptionKey: string,
  launch: readonly string[] = [builtCliPath()],
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...launch, ...args], {
      env: { ...process.env, HALO_SUBSCRIPTION_KEY: subscriptionKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({
        exitCode,
        resources: stdout
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as CliRun['resources'][number]),
        stderrLines: stderr.split('\n').filter((line) => line !== ''),
      }),
    );
  });
}
