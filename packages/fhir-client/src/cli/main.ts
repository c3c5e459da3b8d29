#!/usr/bin/env node
import { runCli, StopSignal } from './run-cli.js';

// The `fhir-client` bin. Everything testable lives in runCli; this file only binds the process.
// A second signal of the same kind finds no listener left and ends the process at once.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort(StopSignal.Interrupt));
process.once('SIGTERM', () => controller.abort(StopSignal.Terminate));
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
