// Compiles the README snippets inside a fresh project where the packed tarballs are installed
// (check-consumer-types.mjs makes it), so they are checked against the published types (dist/*.d.ts,
// no source condition) as a new user pastes them. Blocks that declare vitest tests are left out:
// the fresh project does not install vitest (the workspace run of readme-snippets.test.ts covers them).
// Usage: tsx scripts/readme-snippets/compile-in-project.ts <project folder>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { declaresTests } from './extract-snippets.js';
import { allSnippets, compileSnippets, writeSnippetFiles } from './snippet-workspace.js';

const project = process.argv[2];
if (project === undefined) throw new Error('Usage: compile-in-project.ts <project folder>');
const folder = join(project, 'readme-snippets');
mkdirSync(folder, { recursive: true });
const snippets = allSnippets().filter((snippet) => !declaresTests(snippet.code));
// The published types, as a consumer resolves them: no workspace source condition.
const written = writeSnippetFiles(folder, snippets, { customConditions: [], types: ['node'] });
const errors = compileSnippets({ folder, written, dispose: () => {} });
for (const error of errors) console.log(error);
console.log(
  `README snippets against the installed tarballs: ${written.length} compiled, ${errors.length} errors`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
