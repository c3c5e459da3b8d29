import { NotedTexts } from './noted-texts.js';
import type { SearchBuilder } from './search-builder.js';
import type { ResolvedSearchOptions } from './search-options.js';
import { SearchParameterType } from './search-parameter-definition.js';

// Builders are immutable values, so two equal steps on the same builder may return the same builder. A
// scheduler that rebuilds its queries on every poll then walks a chain it built before: each step is one
// map lookup on its parent instead of checking the value, allocating a builder and, at the end, writing
// the URL again (the final builder keeps its URL). Only steps that succeeded are kept; a refused value
// throws afresh every time, and the encoders still check every argument before a step is looked up.
//
// The kept steps are bounded: after `keptLimit` new ones, an epoch ends, the shared roots are dropped and
// every builder's kept steps are forgotten the next time it is asked, so a program that writes ever-new
// values keeps at most one epoch's worth.
//
// Keeping costs where values never repeat: a kept builder (and what it keeps in turn) lives on into the
// old generation, which then has to be collected. So only kept builders (and roots) keep their steps,
// and a name that has taken `eagerLimit` different values on one builder is treated as one whose values
// change: a new value is first only noted (noted-texts.ts), and its builder is kept the second time it
// comes. The notes are a small fixed table per name, outside the kept count: a stream of ever-new values
// neither ends epochs nor grows the map a kept step is looked up in. The builder a
// step returns unkept keeps nothing, so a query whose GP changes on every call allocates no memo past
// that step. A query rebuilt with the same values is kept on its first build as before.

// What in a step changes its checks or its pair: append or replace, the expected type, plain texts. One
// string made once per combination, so looking a step up builds no key.
function stepHows(kind: string): Readonly<Record<string, readonly [string, string]>> {
  const hows: Record<string, readonly [string, string]> = {};
  for (const type of ['', ...Object.values(SearchParameterType)]) {
    hows[type] = [`${kind}:${type}:`, `${kind}:${type}:plain`];
  }
  return hows;
}
const hows = { append: stepHows('append'), replace: stepHows('replace') } as const;

/** How a typed step was written (`options` as the builder's `append` and `replace` take them). */
export function howWritten(
  kind: keyof typeof hows,
  options: { readonly type?: SearchParameterType; readonly plain?: boolean } | undefined,
): string {
  if (options === undefined) return kind;
  return hows[kind][options.type ?? '']![options.plain === true ? 1 : 0];
}

/**
 * A builder's kept steps, valid for one epoch: by how the step was written, its name, then its texts;
 * and the last step recalled or kept, compared first (a rebuilt query takes one step from each builder).
 */
export interface StepMemo {
  readonly epoch: number;
  readonly children: Map<string, Map<string, StepsOfName>>;
  last:
    | { how: string; name: string; list: string | readonly string[]; child: SearchBuilder<string> }
    | undefined;
}

const keptLimit = 4096;
// Different values of one name on one builder kept at once before new ones are only noted first.
const eagerLimit = 8;
/** The steps of one name (and way of writing) on one builder: kept by their texts, and the texts noted. */
interface StepsOfName {
  readonly kept: Map<string, SearchBuilder<string>>;
  noted: NotedTexts | undefined;
}
let epoch = 0;
let keptInEpoch = 0;

function endEpochIfFull(): void {
  if (keptInEpoch < keptLimit) return;
  epoch++;
  keptInEpoch = 0;
  roots.clear();
  lastRoot = undefined;
}

/**
 * The texts of a step as one key: the text itself, or each length-prefixed. Steps with several texts are
 * kept under their own `how` (see {@link bucketOf}), so a list's key never meets a single text's.
 */
function textsKey(texts: string | readonly string[]): string {
  if (typeof texts === 'string') return texts;
  if (texts.length === 1) return texts[0]!;
  let key = '';
  for (const text of texts) key += `${text.length}:${text}`;
  return key;
}

/** The first-level key of a step: `how`, with the number of texts when it is not one. */
function bucketOf(how: string, texts: string | readonly string[]): string {
  return typeof texts === 'string' || texts.length === 1 ? how : `${how}#${texts.length}`;
}

/** The builder the step (`how`, `name`, `texts`) returned before, if it is kept in this epoch. */
export function recalledStep(
  memo: StepMemo | undefined,
  how: string,
  name: string,
  texts: string | readonly string[],
): SearchBuilder<string> | undefined {
  if (memo === undefined || memo.epoch !== epoch) return undefined;
  const last = memo.last;
  if (last !== undefined && last.how === how && last.name === name && sameTexts(last.list, texts)) {
    return last.child;
  }
  const child = memo.children.get(bucketOf(how, texts))?.get(name)?.kept.get(textsKey(texts));
  if (child === undefined) return undefined;
  memo.last = { how, name, list: texts, child };
  return child;
}

/** The texts compared one by one, so the last step is recognised without building its key. */
function sameTexts(kept: string | readonly string[], texts: string | readonly string[]): boolean {
  if (typeof kept === 'string' || typeof texts === 'string') {
    return (
      (typeof kept === 'string' ? kept : kept.length === 1 ? kept[0] : undefined) ===
      (typeof texts === 'string' ? texts : texts.length === 1 ? texts[0] : undefined)
    );
  }
  if (kept.length !== texts.length) return false;
  for (let index = 0; index < texts.length; index++) if (kept[index] !== texts[index]) return false;
  return true;
}

/**
 * Keeps `child` as what the step returned, or only notes the step (see `eagerLimit`); returns the memo
 * to keep (a new one in a new epoch). The child was kept when it is the memo's `last` afterwards.
 */
export function rememberStep(
  memo: StepMemo | undefined,
  how: string,
  name: string,
  texts: string | readonly string[],
  child: SearchBuilder<string>,
): StepMemo {
  endEpochIfFull();
  const current: StepMemo =
    memo !== undefined && memo.epoch === epoch ? memo : { epoch, children: new Map(), last: undefined };
  const bucket = bucketOf(how, texts);
  let byName = current.children.get(bucket);
  if (byName === undefined) {
    byName = new Map();
    current.children.set(bucket, byName);
  }
  let steps = byName.get(name);
  if (steps === undefined) {
    steps = { kept: new Map(), noted: undefined };
    byName.set(name, steps);
  }
  const key = textsKey(texts);
  if (steps.kept.size >= eagerLimit) {
    steps.noted ??= new NotedTexts();
    if (!steps.noted.seenBefore(key)) return current;
  }
  steps.kept.set(key, child);
  keptInEpoch++;
  current.last = { how, name, list: texts, child };
  return current;
}

const roots = new Map<string, SearchBuilder<string>>();
// The last root handed out: a program rebuilding one query asks for the same root every time.
let lastRoot:
  | { resourceType: string; options: ResolvedSearchOptions; root: SearchBuilder<string> }
  | undefined;

/** The empty builder of `resourceType` under `options`, shared while the epoch lasts. */
export function sharedRoot(
  resourceType: string,
  options: ResolvedSearchOptions,
  create: () => SearchBuilder<string>,
): SearchBuilder<string> {
  if (
    lastRoot !== undefined &&
    lastRoot.resourceType === resourceType &&
    lastRoot.options.rules === options.rules &&
    lastRoot.options.dates === options.dates &&
    lastRoot.options.timeZone === options.timeZone
  ) {
    return lastRoot.root;
  }
  const key = `${options.rules}|${options.dates}|${options.timeZone ?? ''}|${resourceType}`;
  let root = roots.get(key);
  if (root === undefined) {
    endEpochIfFull();
    root = create();
    roots.set(key, root);
    keptInEpoch++;
  }
  lastRoot = { resourceType, options, root };
  return root;
}
