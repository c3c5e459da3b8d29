import { usageText } from './usage.js';

/** The commands that only print something about the CLI itself and exit 0. */
export type InfoCommand = 'help' | 'version';

/**
 * The command of an argument list that is exactly one way of asking for help or the version
 * (`--help`, `-h`, `help`, `--version`, `version`), else undefined. The bin answers these without
 * loading the commands, which are most of its code; any other argument list (`search … --help`
 * included) goes through `runCli`, which reads it whole and gives the same answer for these.
 */
export function infoCommandOf(argv: readonly string[]): InfoCommand | undefined {
  if (argv.length !== 1) return undefined;
  switch (argv[0]) {
    case '--help':
    case '-h':
    case 'help':
      return 'help';
    case '--version':
    case 'version':
      return 'version';
    default:
      return undefined;
  }
}

/**
 * What `help` and `version` print on stdout. The version is read from the package manifest, with
 * node:fs loaded only then: `--help` and the commands never need it.
 */
export async function infoText(command: InfoCommand): Promise<string> {
  if (command === 'help') return usageText();
  const { packageVersion } = await import('./package-version.js');
  return `fhir-client ${packageVersion(import.meta.url, '@halo-fhir/fhir-client')}\n`;
}
