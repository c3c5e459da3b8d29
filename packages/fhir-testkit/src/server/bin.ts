#!/usr/bin/env node
import { MockServerUsageError, startMockServerFromArgs } from './cli.js';

// The standalone mock server, for manual use and for tests written in other languages.
try {
  const server = await startMockServerFromArgs(process.argv.slice(2), process.env, (line) =>
    console.log(line),
  );
  if (server) {
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof MockServerUsageError ? error.message : error);
  process.exit(error instanceof MockServerUsageError ? 2 : 1);
}
