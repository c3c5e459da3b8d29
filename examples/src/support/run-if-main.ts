import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Runs `main` and sets the exit code when the module is the script node was started with
 * (`tsx src/paging.ts`), and does nothing when a test imports it to call `main` itself.
 */
export async function runIfMain(moduleUrl: string, main: () => Promise<number>): Promise<void> {
  const script = process.argv[1];
  if (script === undefined || realpathSync(script) !== realpathSync(fileURLToPath(moduleUrl))) return;
  process.exitCode = await main();
}
