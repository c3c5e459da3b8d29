import { describe, expect, it } from 'vitest';
import { declaresTests, extractSnippets } from './extract-snippets.js';

const fenced = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;

describe('extractSnippets', () => {
  it('finds TypeScript blocks with the line of their first code line, and skips other languages', () => {
    const markdown = [
      '# Title',
      '',
      fenced('sh', 'pnpm test'),
      '',
      fenced('ts', "const a = 1;\nconst b = 'x';"),
      '',
    ].join('\n');
    expect(extractSnippets(markdown, 'README.md')).toEqual([
      {
        file: 'README.md',
        line: 8,
        code: "const a = 1;\nconst b = 'x';\n",
        marker: { compileOnly: false, prelude: undefined },
      },
    ]);
  });

  it('applies a marker to the next block across blank lines, and only to it', () => {
    const markdown = [
      '<!-- snippet: prelude=sql-client, compile-only -->',
      '',
      fenced('typescript', 'await sql.immediate(command);'),
      fenced('ts', 'run();'),
    ].join('\n');
    const [first, second] = extractSnippets(markdown, 'x.md');
    expect(first?.marker).toEqual({ compileOnly: true, prelude: 'sql-client' });
    expect(second?.marker).toEqual({ compileOnly: false, prelude: undefined });
  });

  it('keeps a fence inside a list item, dedented', () => {
    const markdown = ['- item', '  ```ts', '  const a = 1;', '  ```'].join('\n');
    expect(extractSnippets(markdown, 'x.md')[0]?.code).toBe('const a = 1;\n');
  });

  it('refuses a misspelt marker, a marker away from its block, and an unclosed block, naming the line', () => {
    expect(() => extractSnippets(`<!-- snippet: compileonly -->\n${fenced('ts', 'x;')}`, 'a.md')).toThrow(
      'a.md:1: unknown snippet marker "compileonly"',
    );
    expect(() =>
      extractSnippets(`<!-- snippet: compile-only -->\nsome text\n${fenced('ts', 'x;')}`, 'a.md'),
    ).toThrow('a.md:1: a snippet marker must stand just before a code block');
    expect(() => extractSnippets(`<!-- snippet: compile-only -->\n${fenced('sh', 'ls')}`, 'a.md')).toThrow(
      'a.md:1: a snippet marker applies to TypeScript blocks only',
    );
    expect(() => extractSnippets('```ts\nconst a = 1;\n', 'a.md')).toThrow(
      'a.md:1: code block is never closed',
    );
  });

  it('tells blocks that declare tests from scripts', () => {
    expect(declaresTests("import { it } from 'vitest';\nit('x', () => {});")).toBe(true);
    expect(
      declaresTests("import { defineFhirClientContract } from '@halo-fhir/fhir-testkit/contract';"),
    ).toBe(true);
    expect(declaresTests("import { search } from '@halo-fhir/fhir-client';")).toBe(false);
  });
});
