import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestMatch } from '../suggest/closest-match.js';
import { CliUsageError } from './cli-usage-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` (strict, positionals allowed), with its errors rewritten as one clear sentence each: an
 * unknown option names the nearest known one (`--max-page` → did you mean --max-pages?), a missing
 * value says what the option takes, a value given to a switch says it takes none.
 * @throws CliUsageError
 */
export function readArguments(
  args: readonly string[],
  options: OptionsConfig,
  placeholders: Readonly<Record<string, string | undefined>> = {},
): { values: Record<string, unknown>; positionals: string[] } {
  // A first, lenient pass finds the mistakes with their names, before Node words them.
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) throw unknownOption(token.rawName, Object.keys(options));
    const example = `${token.rawName} ${placeholders[token.name] ?? 'VALUE'}`;
    if (spec.type === 'string' && token.value === undefined) {
      throw new CliUsageError(`${token.rawName} needs a value, e.g. ${example}`);
    }
    if (spec.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      throw new CliUsageError(
        `${token.rawName} needs a value, e.g. ${example} (got the option "${token.value}"; a value starting with - goes as ${token.rawName}=-…)`,
      );
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new CliUsageError(`${token.rawName} takes no value (got "${token.rawName}=${token.value}")`);
    }
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // Anything the first pass missed, in Node's own words.
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

function unknownOption(rawName: string, known: readonly string[]): CliUsageError {
  const long = rawName.startsWith('--');
  const suggestion = long ? closestMatch(rawName.slice(2), known) : undefined;
  return new CliUsageError(
    `unknown option ${rawName}${suggestion === undefined ? '' : `: did you mean --${suggestion}?`}`,
  );
}
