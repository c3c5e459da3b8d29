import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultKinds, renderLastUpdatedTable, renderQuirkTable } from './test-support/readme-tables.js';

// The README's testkit section is tested against the code it describes.

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('<!-- section:testkit -->'),
  readme.indexOf('<!-- section:bench -->'),
);

describe('README testkit section', () => {
  it('shows the vitest example exactly as readme-example.test.ts runs it', () => {
    const example = readFileSync(new URL('./readme-example.test.ts', import.meta.url), 'utf8');
    expect(section).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('lists every quirk with the description the CapabilityStatement uses', () => {
    expect(section).toContain(renderQuirkTable());
  });

  it('documents which resource type gets which lastUpdated form, as the server writes them', () => {
    expect(section).toContain(renderLastUpdatedTable());
  });

  it('names every fault the schedule can inject', () => {
    const methodOf: Record<string, string> = {
      fixture: 'failWhen',
      'site-offline': 'siteOffline',
      'practitioner-away': 'practitionerAway',
      'rate-limit': 'rateLimit',
      'gateway-timeout': 'gatewayTimeout',
      latency: 'latency',
      'reset-connection': 'resetConnection',
      'truncate-body': 'truncateBody',
      'html-502': 'html502',
      random: 'randomFaults',
    };
    for (const kind of faultKinds) {
      expect(methodOf[kind], `fault kind ${kind} has no README entry`).toBeDefined();
      expect(section).toContain(`\`${methodOf[kind]}(`);
    }
  });
});
