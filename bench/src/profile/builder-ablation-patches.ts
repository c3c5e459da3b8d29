/**
 * What the builder ablation (builder-ablation.ts) switches off, one item at a time: each item is a set
 * of textual patches to the built `dist/search/*.js` (tsc's output, which keeps the source's code and
 * names), and the promise of the builder that needs it. A patch names the exact text it replaces and
 * how many times it occurs; when the dist no longer has that text the ablation stops with the item's
 * name, so a refactor cannot make an item silently measure nothing.
 */

export interface TextPatch {
  /** Path under `dist/`. */
  readonly file: string;
  readonly find: string;
  readonly replace: string;
  /** How many times `find` occurs in the file. @default 1 */
  readonly count?: number;
}

export interface AblationItem {
  readonly id: string;
  /** What the item switches off, as the table names it. */
  readonly label: string;
  /** The promise (README, issue 14) that needs the work switched off. */
  readonly promise: string;
  readonly patches: readonly TextPatch[];
}

/** Insert `body` as the first statement of the function whose header is `header`. */
const firstStatement = (file: string, header: string, body: string): TextPatch => ({
  file,
  find: `${header} {`,
  replace: `${header} { ${body}`,
});

export const ablationItems: readonly AblationItem[] = [
  {
    id: 'dates',
    label: 'date checks (exact forms, real calendar dates)',
    promise:
      'exact date formats per the date profile (`dates: halo` refuses partial dates, offsets, 2026-02-30)',
    patches: [
      firstStatement('search/dates.js', 'export function validateSearchDate(text, context)', 'return;'),
    ],
  },
  {
    id: 'vocabulary',
    label: 'prefix and modifier checks',
    promise: 'prefixes and modifiers from their vocabularies (`{ gte: … }`, `:exactly` refused)',
    patches: [
      firstStatement(
        'search/value-encoders.js',
        'function checkedPrefix(parameter, prefix)',
        'return prefix;',
      ),
      firstStatement(
        'search/builder-arguments.js',
        'export function checkVocabulary(parameter, value, vocabulary)',
        'return;',
      ),
    ],
  },
  {
    id: 'r4',
    label: 'R4 lookups (resource type, parameter type)',
    promise: 'the resource type is R4, and a typed method is used on a parameter of its own R4 type',
    patches: [
      {
        file: 'search/builder-core.js',
        find: 'const actual = searchParameterType(this.resourceType, code);',
        replace: 'const actual = expected;',
      },
      { file: 'search/search.js', find: 'if (!isR4ResourceType(resourceType)) {', replace: 'if (false) {' },
    ],
  },
  {
    id: 'rules',
    label: 'search rules on untyped steps (`_include`, `_sort`), via the entry memo',
    promise: '`_include` sources, parameters and targets R4 allows; `_sort` keys (the parser’s rule set)',
    patches: [
      {
        file: 'search/builder-core.js',
        find: 'const entry = parseEntry(this.resourceType, name, text, this.options);',
        replace: 'const entry = undefined;',
      },
    ],
  },
  {
    id: 'values',
    label: 'value shape, FHIR escaping and well-formed text checks',
    promise:
      'values escaped by FHIR’s rules (`\\,` `\\|` `\\$` `\\\\`) and URL-encodable (no lone surrogates)',
    patches: [
      {
        file: 'search/escaping.js',
        find: "export const isPlainPart = (part) => part !== '' && !notPlainPart.test(part);",
        replace: "export const isPlainPart = (part) => part !== '';",
      },
      firstStatement('search/escaping.js', 'export function escapePart(part)', 'return part;'),
      {
        file: 'search/builder-core.js',
        find: "if (name === '' || !isWellFormed(name) || !isWellFormed(text)) {",
        replace: "if (name === '') {",
      },
    ],
  },
  {
    id: 'freeze',
    label: 'freezing each new builder',
    promise: 'a returned builder never changes (`Object.isFrozen(builder)`)',
    patches: [{ file: 'search/create-search-builder.js', find: 'Object.freeze(this);', replace: '' }],
  },
  {
    id: 'memo',
    label: 'the step memo (lookups, misses and notes; also its hits)',
    promise: 'none: a speed-up for queries rebuilt with the same values (benchmark 3’s repeated query)',
    patches: [
      { file: 'search/builder-core.js', find: 'if (this.#steps === false)', replace: 'if (true)', count: 3 },
    ],
  },
];
