import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HistoryInvariant } from '../data/history-invariants.js';
import { LiveChangeKind } from './live-schedule.js';

// The README's "practice on the clock" and "live practice" paragraphs, against the code.

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('**A practice on the clock.**'),
  readme.indexOf('**Halo quirks.**'),
);
const example = (name: string) => readFileSync(new URL(`./readme/${name}`, import.meta.url), 'utf8');

describe('README: a practice on the clock, and a live one', () => {
  it("shows the today's-appointments and polling examples exactly as the tests run them", () => {
    expect(section).toContain(`\`\`\`ts\n${example('todays-appointments.test.ts')}\`\`\``);
    expect(section).toContain(`\`\`\`ts\n${example('polling.test.ts')}\`\`\``);
  });

  it('names every history invariant and every kind of live change', () => {
    for (const name of Object.values(HistoryInvariant)) expect(section).toContain(`\`${name}\``);
    for (const kind of [
      'book',
      'cancel',
      'leaves',
      'arrives',
      'starts',
      'vital sign',
      'fulfilled',
      'no-show',
    ])
      expect(section).toContain(kind);
    expect(Object.values(LiveChangeKind)).toHaveLength(9);
  });
});
