import { r4SearchParametersPacked } from '../r4-search-parameters.generated.js';
import { letterToType } from '../parameter-types.js';
import type { SearchParameterType } from '../search-parameter-definition.js';

// What the rules need beyond a parameter's type: where a reference may point, and the types of a
// composite's components. Read from the compact packed table (unpacked once, on first use), like the types.

interface Details {
  readonly targets: Map<string, readonly string[] | AnyTarget>;
  readonly components: Map<string, readonly SearchParameterType[]>;
}

/** A reference R4 declares as pointing to any resource type. */
export const anyTarget = '*';
export type AnyTarget = typeof anyTarget;

let details: Map<string, Details> | undefined;

function unpack(): Map<string, Details> {
  const result = new Map<string, Details>();
  const lines = r4SearchParametersPacked.split('\n');
  // A reference's targets are written as the base-36 indexes of their lines: the type names are each line's start.
  const typeOfLine = lines.map((line) => line.slice(0, line.indexOf('|')));
  for (const line of lines) {
    const [resourceType = '', list = ''] = line.split('|');
    const entry: Details = { targets: new Map(), components: new Map() };
    // `code:t` alone, `code:r>4+1k` (or `>*`), or `code:c$tq`: the type letter is one character.
    for (const item of list.split(',')) {
      const colon = item.indexOf(':');
      if (colon <= 0) continue;
      const code = item.slice(0, colon);
      const detail = item.slice(colon + 2);
      if (detail.startsWith('>')) {
        const targets = detail.slice(1);
        entry.targets.set(
          code,
          targets === anyTarget
            ? anyTarget
            : targets.split('+').map((index) => typeOfLine[Number.parseInt(index, 36)] ?? ''),
        );
      } else if (detail.startsWith('$')) {
        const types = [...detail.slice(1)].map((letter) => letterToType[letter]!);
        entry.components.set(code, types);
      }
    }
    result.set(resourceType, entry);
  }
  return result;
}

function detailsOf(resourceType: string): Details | undefined {
  details ??= unpack();
  return details.get(resourceType);
}

/**
 * The resource types reference parameter `code` of `resourceType` may point to (`'*'` for any), or
 * undefined where R4 defines no such reference parameter.
 */
export function referenceTargets(
  resourceType: string,
  code: string,
): readonly string[] | AnyTarget | undefined {
  return detailsOf(resourceType)?.targets.get(code) ?? detailsOf('Resource')?.targets.get(code);
}

/** True when reference parameter `code` of `resourceType` may point to `target`. */
export function mayPointTo(resourceType: string, code: string, target: string): boolean {
  const targets = referenceTargets(resourceType, code);
  return targets === anyTarget || targets?.includes(target) === true;
}

/** The types of composite parameter `code`'s components, in order, or undefined for a non-composite. */
export function compositeComponentTypes(
  resourceType: string,
  code: string,
): readonly SearchParameterType[] | undefined {
  return detailsOf(resourceType)?.components.get(code);
}

/** The reference parameters of `source`: its own and every resource's. */
export function referenceParameters(source: string): string[] {
  return [...(detailsOf(source)?.targets.keys() ?? []), ...(detailsOf('Resource')?.targets.keys() ?? [])];
}

/** The reference parameters of `source` that may point to `target`. */
export function referencesTo(source: string, target: string): string[] {
  return referenceParameters(source).filter((code) => mayPointTo(source, code, target));
}
