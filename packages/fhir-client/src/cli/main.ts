#!/usr/bin/env node
import { infoCommandOf, infoText } from './info-command.js';

// The `fhir-client` bin. Everything testable lives in runCli; this file only binds the process.
// `--help` and `--version` on their own are answered here, before the commands (most of the bin) are
// loaded, so a script that asks for them pays little more than starting Node.
const argv = process.argv.slice(2);
const info = infoCommandOf(argv);
if (info !== undefined) {
  process.stdout.write(await infoText(info));
} else {
  // Start-up: Node's fetch parses HTTP with a WebAssembly module (llhttp) that V8 recompiles with
  // TurboFan in the background once it has run, and a short-lived process then waits for that compile
  // before it can exit. The baseline compiler (Liftoff) alone is plenty for parsing headers. Reviewed
  // for issue 14 (2026-12-06, interleaved runs on a shared 2-core machine): a one-page search 203 ms with
  // the flag against 289 ms without; 300 pages with --all 1.31 s against 1.49 s and 1,500 pages 4.2 s
  // against 6.1 s, so it never slows a long run either. Node prints nothing for it (stderr stays clean
  // for scripts), and it only limits which compiler V8 uses for WebAssembly: no JavaScript behaviour
  // changes. Set before the first request, when the module is compiled. node:v8 is imported here, not
  // at the top, as `--help` has no use for it.
  const [{ setFlagsFromString }, { runCli, StopSignal }] = await Promise.all([
    import('node:v8'),
    import('./run-cli.js'),
  ]);
  setFlagsFromString('--liftoff-only');
  // A second signal of the same kind finds no listener left and ends the process at once.
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(StopSignal.Interrupt));
  process.once('SIGTERM', () => controller.abort(StopSignal.Terminate));
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
  });
}
