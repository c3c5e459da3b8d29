import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaresTests } from './extract-snippets.js';
import { installHaloStandIn } from './halo-stand-in.js';
import { allSnippets, compileSnippets, writeSnippets } from './snippet-workspace.js';

// Every TypeScript block of the root README and the package READMEs, compiled as pasted under
// tsconfig.base.json (strict, exactOptionalPropertyTypes), then each runnable one run: blocks that
// declare vitest tests register them here; the others run as scripts with Halo's origins answered
// by the testkit's mock practice. Markers (rare): <!-- snippet: compile-only -->, <!-- snippet: prelude=NAME -->.

const workspace = writeSnippets(allSnippets());
afterAll(() => workspace.dispose());
const label = (file: string, line: number) => `${file}:${line}`;

describe('README snippets', () => {
  it('every TypeScript block compiles under the repository settings', () => {
    expect(workspace.written.length).toBeGreaterThan(5);
    expect(compileSnippets(workspace).join('\n')).toBe('');
  }, 180_000);

  describe('scripts run against the mock Halo practice', () => {
    let standIn: ReturnType<typeof installHaloStandIn> | undefined;
    beforeAll(() => {
      standIn = installHaloStandIn();
    });
    afterAll(() => standIn?.restore());
    for (const { snippet, path } of workspace.written) {
      if (snippet.marker.compileOnly || declaresTests(snippet.code)) continue;
      it(`${label(snippet.file, snippet.line)} runs`, async () => {
        await import(pathToFileURL(path).href);
      }, 60_000);
    }
  });
});

// Blocks that declare tests (a vitest example, a contract suite) register them as this file loads.
for (const { snippet, path } of workspace.written) {
  if (snippet.marker.compileOnly || !declaresTests(snippet.code)) continue;
  describe(`${label(snippet.file, snippet.line)} (its own tests)`, async () => {
    await import(pathToFileURL(path).href);
  });
}
