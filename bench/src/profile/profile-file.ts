/**
 * bench/PROFILE.md is written by more than one script (`pnpm bench:profile` and the ablation scripts),
 * each regenerating only its own sections, often with `--only=`. This replaces the sections a run
 * regenerated (matched by their `## ` title), keeps every other section where it was, and appends new
 * ones. Each section says when it was generated (its scripts put the date in it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Splits a Markdown document into its preamble (before the first `## `) and its `## ` sections. */
function splitSections(text: string): { readonly preamble: string; readonly sections: string[] } {
  const parts = text.split(/\n(?=## )/);
  const first = parts[0] ?? '';
  return first.startsWith('## ')
    ? { preamble: '', sections: parts.map((p) => p.trimEnd()) }
    : { preamble: first.trimEnd(), sections: parts.slice(1).map((p) => p.trimEnd()) };
}

/** A section's first line, its `## ` title. */
function titleOf(section: string): string {
  const end = section.indexOf('\n');
  return (end === -1 ? section : section.slice(0, end)).trim();
}

/**
 * Writes `sections` (each starting with its `## ` title) into `path`, replacing sections of the same
 * title and keeping the others; `header` replaces the preamble.
 */
export function writeProfileSections(path: string, header: string, sections: readonly string[]): void {
  const old = existsSync(path) ? splitSections(readFileSync(path, 'utf8')).sections : [];
  const fresh = new Map(sections.map((s) => [titleOf(s), s.trimEnd()]));
  const merged = old.map((s) => {
    const replacement = fresh.get(titleOf(s));
    fresh.delete(titleOf(s));
    return replacement ?? s;
  });
  writeFileSync(path, `${[header.trimEnd(), ...merged, ...fresh.values()].join('\n\n')}\n`);
}
