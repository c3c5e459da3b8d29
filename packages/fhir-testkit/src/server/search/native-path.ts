import r4Model from 'fhirpath/fhir-context/r4';
import type { Extractor, TypedValue } from './search-parameters.js';

/**
 * A fast path for the expressions most search parameters use: `Type.a.b` with optional
 * `.ofType(T)` and `.where(field='literal')` steps. It walks the JSON directly and reads element
 * types from fhirpath.js's own R4 model, so it returns what fhirpath.js would, about ten times
 * faster. Anything else (functions, operators, extensions) returns undefined: the caller uses fhirpath.
 */

interface Step {
  readonly name: string;
  /** `.ofType(X)` right after the step: keep only that choice. */
  readonly ofType?: string;
  /** `.where(field='literal')` right after the step. */
  readonly where?: { readonly field: string; readonly value: string };
}

const model = r4Model as unknown as {
  path2Type: Record<string, string>;
  choiceTypePaths: Record<string, string[]>;
  pathsDefinedElsewhere: Record<string, string>;
};

const stepPattern =
  /^([a-z][A-Za-z0-9]*)(?:\.ofType\(([A-Za-z]+)\))?(?:\.where\(([a-z][A-Za-z]*)='([^'\\]*)'\))?/;

function parseSteps(path: string): Step[] | undefined {
  const steps: Step[] = [];
  let rest = path;
  while (rest.length > 0) {
    const m = stepPattern.exec(rest);
    if (m === null) return undefined;
    const [whole, name = '', ofType, field, value] = m;
    steps.push({
      name,
      ...(ofType === undefined ? {} : { ofType }),
      ...(field === undefined ? {} : { where: { field, value: value ?? '' } }),
    });
    rest = rest.slice(whole.length);
    if (rest.length === 0) break;
    if (!rest.startsWith('.')) return undefined;
    rest = rest.slice(1);
  }
  return steps;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Choice suffixes that name primitive types, written lower-case as fhirpath.js reports them. */
const primitiveChoices = new Set([
  'Boolean',
  'DateTime',
  'Date',
  'Instant',
  'Time',
  'String',
  'Integer',
  'Decimal',
  'Uri',
  'Url',
  'Canonical',
  'Code',
  'Id',
  'Markdown',
  'Oid',
  'PositiveInt',
  'UnsignedInt',
  'Base64Binary',
]);

/** One resolved step: which JSON keys to read and the FHIR type each yields. */
interface ResolvedStep {
  readonly keys: readonly { readonly key: string; readonly type: string }[];
  readonly where: Step['where'];
}

function resolveSteps(resourceType: string, steps: readonly Step[]): ResolvedStep[] | undefined {
  const out: ResolvedStep[] = [];
  let context = resourceType;
  for (const step of steps) {
    let path = `${context}.${step.name}`;
    path = model.pathsDefinedElsewhere[path] ?? path;
    const choices = model.choiceTypePaths[path];
    let keys: { key: string; type: string }[];
    let nextContext: string;
    if (choices !== undefined) {
      const allowed =
        step.ofType === undefined ? choices : choices.filter((c) => c === upperFirst(step.ofType as string));
      if (allowed.length === 0) return undefined;
      keys = allowed.map((c) => ({
        key: `${step.name}${c}`,
        type: primitiveChoices.has(c) ? lowerFirst(c) : c,
      }));
      // Walking further into a choice would need one context per choice; leave that to fhirpath.
      if (allowed.length !== 1) nextContext = '';
      else nextContext = keys[0]?.type ?? '';
    } else {
      const type = model.path2Type[path];
      if (type === undefined || step.ofType !== undefined) return undefined;
      keys = [{ key: step.name, type: type.replace(/^System\./, '') }];
      nextContext = type === 'BackboneElement' || type === 'Element' ? path : type;
    }
    out.push({ keys, where: step.where });
    context = nextContext;
  }
  return out;
}

/** Compiles `Type.a.b…` natively; undefined when the expression needs fhirpath. */
export function compileNativePath(resourceType: string, expression: string): Extractor | undefined {
  if (!expression.startsWith(`${resourceType}.`)) return undefined;
  const steps = parseSteps(expression.slice(resourceType.length + 1));
  const resolved = steps === undefined ? undefined : resolveSteps(resourceType, steps);
  if (resolved === undefined) return undefined;
  return (resource) => {
    let nodes: TypedValue[] = [{ type: resourceType, value: resource }];
    for (const step of resolved) {
      const next: TypedValue[] = [];
      for (const node of nodes) {
        const object = node.value as Record<string, unknown>;
        for (const { key, type } of step.keys) {
          const value = object[key];
          if (value === undefined || value === null) continue;
          if (Array.isArray(value)) {
            for (const item of value)
              if (item !== null && item !== undefined) next.push({ type, value: item });
          } else next.push({ type, value });
        }
      }
      const where = step.where;
      nodes =
        where === undefined
          ? next
          : next.filter((n) => (n.value as Record<string, unknown>)[where.field] === where.value);
      if (nodes.length === 0) return nodes;
    }
    return nodes;
  };
}
