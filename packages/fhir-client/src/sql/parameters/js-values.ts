/**
 * Lossless text forms of JS values for the wire: numbers in plain decimal notation, Dates in UTC.
 */

/**
 * The exact decimal digits of a finite number's shortest round-trip form, without an exponent:
 * `1.5e-7` → `0.00000015`, `1e21` → `1000000000000000000000`.
 */
export function plainDecimal(value: number): string {
  const [mantissa = '', exponentText = '0'] = String(value).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  text = text.replace(/^0+(?=\d)/, '');
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Significant digits a plain decimal needs in DECIMAL(p, s): integer digits plus decimals. */
export function decimalPrecision(plain: string): number {
  const [whole = '', fraction = ''] = plain.replace('-', '').split('.');
  return whole.replace(/^0+/, '').length + fraction.length;
}

/** The parts of a valid Date in UTC, or undefined when it is invalid or outside years 0001-9999. */
export function utcParts(date: Date): { date: string; time: string } | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}\.\d{3})Z$/.exec(iso);
  if (match === null || match[1]!.startsWith('0000')) return undefined;
  return { date: match[1]!, time: match[2]! };
}
