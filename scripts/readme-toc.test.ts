import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's table of contents lists every ## section, and each of its anchors lands on a heading.

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const toc = readme.slice(readme.indexOf('<!-- toc:start'), readme.indexOf('<!-- toc:end -->'));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const headings = [...readme.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, level, text]) => ({
  level: level!.length,
  anchor: anchorOf(text!.replace(/`/g, '')),
  text: text!,
}));

describe('README table of contents', () => {
  it('lists every ## section', () => {
    expect(toc.length).toBeGreaterThan(0);
    const missing = headings
      .filter((h) => h.level === 2 && h.text !== 'Contents' && !toc.includes(`](#${h.anchor})`))
      .map((h) => `## ${h.text} (add "- [${h.text}](#${h.anchor})" between the toc markers)`);
    expect(missing).toEqual([]);
  });

  it('links only to headings that exist', () => {
    const anchors = new Set(headings.map((h) => h.anchor));
    const dangling = [...toc.matchAll(/\]\(#([^)]+)\)/g)].map(([, a]) => a!).filter((a) => !anchors.has(a));
    expect(dangling).toEqual([]);
  });
});
