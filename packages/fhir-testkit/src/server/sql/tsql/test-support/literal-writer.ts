// An independent T-SQL writer for the reader's property test: written from the reference's §6.4
// rules (not from the reader), so that the two only agree when both follow SQL Server.

/** A value to send, with the T-SQL type to declare it as. */
export type WrittenValue =
  | { readonly type: 'NVARCHAR(MAX)'; readonly value: string | null }
  | { readonly type: 'VARBINARY(MAX)'; readonly value: Uint8Array | null }
  | { readonly type: 'INT' | 'BIGINT' | 'SMALLINT' | 'TINYINT'; readonly value: bigint | null }
  | { readonly type: 'DECIMAL'; readonly value: string | null }
  | { readonly type: 'BIT'; readonly value: boolean | null }
  | { readonly type: 'FLOAT'; readonly value: number | null }
  | { readonly type: 'DATE' | 'DATETIME2(7)' | 'DATETIME' | 'DATETIMEOFFSET(7)'; readonly value: Date | null }
  | { readonly type: 'UNIQUEIDENTIFIER'; readonly value: string | null };

/** A procedure argument: the caller's name, its value, and whether it is OUTPUT. */
export interface WrittenArgument {
  readonly name: string;
  readonly value: WrittenValue;
  readonly output?: boolean;
}

/** `N'…'` pieces joined under the MAX rule: quotes doubled, NUL as NCHAR(0), a literal broken after `\` before CR/LF. */
export function unicodeLiteral(text: string): string {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\u0000') {
      pieces.push(`N'${current}'`, 'NCHAR(0)');
      current = '';
      continue;
    }
    current += ch === "'" ? "''" : ch;
    if (ch === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      pieces.push(`N'${current}'`);
      current = '';
    }
  }
  pieces.push(`N'${current}'`);
  return ["CAST(N'' AS NVARCHAR(MAX))", ...pieces].join(' + ');
}

function hex(bytes: Uint8Array): string {
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

function isoParts(date: Date): { day: string; time: string } {
  const day = `${String(date.getUTCFullYear()).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
  const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
  return {
    day,
    time: `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}.${ms}`,
  };
}

/** The literal of a non-null value. */
export function literal(value: WrittenValue): string {
  const v = value.value;
  if (v === null) return 'NULL';
  switch (value.type) {
    case 'NVARCHAR(MAX)':
    case 'UNIQUEIDENTIFIER':
      return unicodeLiteral(v as string);
    case 'VARBINARY(MAX)':
      return hex(v as Uint8Array);
    case 'BIT':
      return v ? '1' : '0';
    case 'FLOAT':
      return String(v);
    case 'DATE':
      return `N'${isoParts(v as Date).day}'`;
    case 'DATETIME2(7)':
    case 'DATETIME': {
      const { day, time } = isoParts(v as Date);
      return `N'${day}T${time}'`;
    }
    case 'DATETIMEOFFSET(7)': {
      const { day, time } = isoParts(v as Date);
      return `N'${day}T${time}+00:00'`;
    }
    default:
      return String(v);
  }
}

function declaredAs(value: WrittenValue): string {
  if (value.type !== 'DECIMAL') return value.type;
  const scale = (value.value ?? '').split('.')[1]?.length ?? 0;
  return `DECIMAL(38, ${scale})`;
}

/** DECLARE/SET per argument, one EXEC with named arguments, and a SELECT of the OUTPUT ones. */
export function writeBatch(procedure: string, args: readonly WrittenArgument[]): string {
  const lines: string[] = [];
  args.forEach((arg, index) => {
    lines.push(`DECLARE @__p${index + 1} ${declaredAs(arg.value)};`);
    if (arg.value.value !== null) lines.push(`SET @__p${index + 1} = ${literal(arg.value)};`);
  });
  lines.push('DECLARE @__rv INT;');
  const named = args.map((arg, index) => `${arg.name} = @__p${index + 1}${arg.output ? ' OUTPUT' : ''}`);
  lines.push(`EXEC @__rv = ${procedure}${named.length === 0 ? '' : ` ${named.join(', ')}`};`);
  const outputs = args.flatMap((arg, index) =>
    arg.output ? [`@__p${index + 1} AS [${arg.name.replaceAll(']', ']]')}]`] : [],
  );
  lines.push(`SELECT @__rv AS [@returnValue]${outputs.map((o) => `, ${o}`).join('')};`);
  return lines.join('\n');
}
