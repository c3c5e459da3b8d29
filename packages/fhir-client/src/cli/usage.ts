import { exitCodeMeanings } from './exit-codes.js';
import { type CliOptionSpec, cliOptions, SUBSCRIPTION_KEY_ENV } from './options-table.js';

const groupTitles: Readonly<Record<CliOptionSpec['group'], string>> = {
  connection: 'Connection',
  search: 'Search',
  sql: 'SQL passthrough (the sql command)',
  tuning: 'Retries and timeouts',
  general: 'General',
};

/** The `--help` text, built from the option and exit-code tables. It never includes the key's value. */
export function usageText(): string {
  const lines = [
    'Usage: fhir-client <command> [options]',
    '',
    'Commands:',
    "  search '<Type?params>'   print the matched resources as NDJSON (one JSON resource per line)",
    '  read <Type/id>           print one resource as one JSON line',
    '  capabilities             print the server’s CapabilityStatement as one JSON line',
    '  sql \'<SQL|procedure>\'    run a Halo SQL passthrough query: reader rows as NDJSON, {"value": …} for scalar,',
    '                           {"rowsAffected": n, "outputs": {…}} for nonQuery (--site, or --base-url of a site)',
  ];
  const specs = Object.entries(cliOptions) as [string, CliOptionSpec][];
  const width = Math.max(...specs.map(([name, spec]) => optionLabel(name, spec).length));
  for (const group of Object.keys(groupTitles) as CliOptionSpec['group'][]) {
    lines.push('', `${groupTitles[group]}:`);
    for (const [name, spec] of specs.filter(([, spec]) => spec.group === group)) {
      lines.push(`  ${optionLabel(name, spec).padEnd(width)}  ${spec.help}`);
    }
  }
  lines.push(
    '',
    `The subscription key is read from --subscription-key or ${SUBSCRIPTION_KEY_ENV}, is sent only to the`,
    'configured origin, and is never printed. Results go to stdout; progress (while stderr is a terminal),',
    'warnings, a one-line summary and errors go to stderr. Options, commands, the site GUID, the resource type',
    '(against R4), parameter names and dates are checked before anything is sent, naming the one meant.',
    '',
    'Exit codes:',
    ...exitCodeMeanings.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`),
    '',
    'Examples:',
    `  ${SUBSCRIPTION_KEY_ENV}=… fhir-client search 'Appointment?date=2026-11-26&_include=Appointment:patient' \\`,
    '    --site 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b --env stage --time-zone Australia/Sydney --all --with-included',
    '  fhir-client read Patient/pat-1 --base-url https://hapi.fhir.org/baseR4',
    "  fhir-client sql 'SELECT Surname FROM Patients WHERE PatientID = @id' --param @id:Int=12 --site GUID --env stage",
    '  fhir-client sql dbo.sp_SaveNote --type storedProcedure --mode nonQuery --param @Note:NVarChar=@note.txt \\',
    '    --param-out @NoteID:Int --site GUID',
    '',
  );
  return lines.join('\n');
}

function optionLabel(name: string, spec: CliOptionSpec): string {
  const short = spec.short === undefined ? '' : `-${spec.short}, `;
  return `${short}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
}
