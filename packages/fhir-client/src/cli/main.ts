#!/usr/bin/env node
import { runCli } from './run-cli.js';

// The `fhir-client` bin. Everything testable lives in runCli; this file only binds the process.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
