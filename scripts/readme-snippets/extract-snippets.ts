// Finds the TypeScript code blocks of a Markdown file, with the markers that say how to check them.

/** How a block is checked: compiled and run (the default), or compiled only. */
export interface SnippetMarker {
  /** Compile, but do not run (the block needs a real Halo practice, credentials or a long wait). */
  readonly compileOnly: boolean;
  /** A file of `scripts/readme-snippets/preludes/` put before the block: a fragment's missing context. */
  readonly prelude: string | undefined;
}

/** One ```ts block of a Markdown file. */
export interface Snippet {
  /** The Markdown file, relative to the repository root (`README.md`, `packages/fhir-client/README.md`). */
  readonly file: string;
  /** 1-based line of the block's first code line in that file. */
  readonly line: number;
  readonly code: string;
  readonly marker: SnippetMarker;
}

const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const markerLine = /^<!--\s*snippet:\s*(.*?)\s*-->$/;
const typescript = new Set(['ts', 'typescript', 'tsx', 'mts']);

/**
 * Reads a marker's text: `compile-only`, `prelude=NAME`, or both separated by a comma.
 * @throws Error naming the file and line for anything else, so a typo is not silently ignored.
 */
export function parseMarker(text: string, where: string): SnippetMarker {
  let compileOnly = false;
  let prelude: string | undefined;
  for (const part of text.split(',').map((p) => p.trim())) {
    if (part === 'compile-only') compileOnly = true;
    else if (/^prelude=[\w-]+$/.test(part)) prelude = part.slice('prelude='.length);
    else {
      throw new Error(
        `${where}: unknown snippet marker "${part}"; use <!-- snippet: compile-only -->, ` +
          '<!-- snippet: prelude=NAME --> or both, comma-separated',
      );
    }
  }
  return { compileOnly, prelude };
}

/**
 * Every TypeScript block of `markdown`, in order. A marker comment applies to the next block when
 * only blank lines stand between them; a marker followed by anything else is an error.
 */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  let pending: { marker: SnippetMarker; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const marker = markerLine.exec(text.trim());
    if (marker) {
      pending = { marker: parseMarker(marker[1]!, `${file}:${i + 1}`), line: i + 1 };
      continue;
    }
    const open = fence.exec(text);
    if (!open) {
      if (pending && text.trim() !== '') {
        throw new Error(`${file}:${pending.line}: a snippet marker must stand just before a code block`);
      }
      continue;
    }
    const [, indent, ticks, language] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(ticks!)) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!);
      j++;
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: code block is never closed`);
    if (typescript.has(language!.toLowerCase())) {
      snippets.push({
        file,
        line: i + 2,
        code: `${body.join('\n')}\n`,
        marker: pending?.marker ?? { compileOnly: false, prelude: undefined },
      });
    } else if (pending) {
      throw new Error(`${file}:${pending.line}: a snippet marker applies to TypeScript blocks only`);
    }
    pending = undefined;
    i = j;
  }
  return snippets;
}

/** Whether a block declares vitest tests (then running it means collecting and running them). */
export function declaresTests(code: string): boolean {
  return /from\s+['"]vitest['"]/.test(code) || /from\s+['"]@halo-fhir\/fhir-testkit\/contract['"]/.test(code);
}
