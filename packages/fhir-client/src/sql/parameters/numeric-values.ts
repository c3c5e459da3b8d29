/**
 * Exact checks and canonical bare literals for the numeric parameter types. A canonical literal has no
 * leading zeros and no negative zero; it is emitted into T-SQL as is, so nothing unchecked ever is.
 */

/** A value and its type's accepted form, or a problem description. */
export type NumericCheck<T> = T | { readonly problem: string; readonly accepted: string };

const integerRanges = {
  TinyInt: [0n, 255n],
  SmallInt: [-32768n, 32767n],
  Int: [-2147483648n, 2147483647n],
  BigInt: [-9223372036854775808n, 9223372036854775807n],
} as const;

/** The integer types and their inclusive ranges. */
export type IntegerType = keyof typeof integerRanges;

/** The canonical digits of an integer of `type`, range-checked. */
export function checkInteger(type: IntegerType, text: string): NumericCheck<{ literal: string }> {
  const [min, max] = integerRanges[type];
  const accepted = `an integer from ${min} to ${max}, digits only (e.g. "42")`;
  if (!/^-?\d+$/.test(text)) return { problem: `is not a valid ${type}`, accepted };
  const value = BigInt(text);
  if (value < min || value > max) return { problem: `is not a valid ${type} (out of range)`, accepted };
  return { literal: value.toString() };
}

/** `1` or `0` for `1`, `0`, `true`, `false` (any case). */
export function checkBit(text: string): NumericCheck<{ literal: '1' | '0' }> {
  const lower = text.toLowerCase();
  if (lower === '1' || lower === 'true') return { literal: '1' };
  if (lower === '0' || lower === 'false') return { literal: '0' };
  return { problem: 'is not a valid Bit', accepted: '1, 0, true or false' };
}

/** An exact decimal literal with its scale (digits after the point) and significant integer digits. */
export interface ExactDecimal {
  readonly literal: string;
  readonly scale: number;
  readonly integerDigits: number;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A Decimal value that fits DECIMAL(38, s). */
export function checkDecimal(text: string): NumericCheck<ExactDecimal> {
  const accepted = 'a plain decimal like "-12.50" (no exponent, at most 38 significant digits)';
  const parsed = parseExact(text);
  if (parsed === undefined) return { problem: 'is not a valid Decimal', accepted };
  if (parsed.integerDigits + parsed.scale > 38) {
    return { problem: 'is not a valid Decimal (more than 38 digits of precision)', accepted };
  }
  return parsed;
}

const moneyRanges = {
  Money: [-9223372036854775808n, 9223372036854775807n],
  SmallMoney: [-2147483648n, 2147483647n],
} as const;

/** A Money or SmallMoney value: at most 4 decimals, within the type's range. */
export function checkMoney(type: keyof typeof moneyRanges, text: string): NumericCheck<ExactDecimal> {
  const [min, max] = moneyRanges[type];
  const accepted = `a plain decimal with at most 4 decimals from ${formatTenThousandths(min)} to ${formatTenThousandths(max)}`;
  const parsed = parseExact(text);
  if (parsed === undefined) return { problem: `is not a valid ${type}`, accepted };
  if (parsed.scale > 4) return { problem: `is not a valid ${type} (more than 4 decimals)`, accepted };
  const [, sign = '', whole = '', fraction = ''] = decimalPattern.exec(text) ?? [];
  const units = BigInt(`${sign}${whole}${fraction.padEnd(4, '0')}`);
  if (units < min || units > max) return { problem: `is not a valid ${type} (out of range)`, accepted };
  return parsed;
}

function parseExact(text: string): ExactDecimal | undefined {
  const match = decimalPattern.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction] = match;
  const integer = whole.replace(/^0+/, '');
  const zero = /^0*$/.test(whole) && /^0*$/.test(fraction ?? '');
  const literal = `${zero ? '' : sign}${integer === '' ? '0' : integer}${fraction === undefined ? '' : `.${fraction}`}`;
  return { literal, scale: fraction?.length ?? 0, integerDigits: integer.length };
}

function formatTenThousandths(units: bigint): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(5, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}

const floatPattern = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const realMax = 3.4028234663852886e38;

/**
 * A Float or Real value as a T-SQL float literal (always with an exponent, so the server reads it as
 * float rather than as an exact decimal first). Values that overflow, or underflow to zero, are refused.
 */
export function checkFloat(type: 'Float' | 'Real', text: string): NumericCheck<{ literal: string }> {
  const accepted = `a number like "1.5", "-2" or "6.02e23" within the range of ${type}`;
  if (!floatPattern.test(text)) return { problem: `is not a valid ${type}`, accepted };
  const value = Number(text);
  const limit = type === 'Real' ? realMax : Number.MAX_VALUE;
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    return { problem: `is not a valid ${type} (out of range)`, accepted };
  }
  const mantissaZero = /^-?[0.]+(?:[eE]|$)/.test(text);
  const underflows = type === 'Real' ? Math.fround(value) === 0 : value === 0;
  if (underflows && !mantissaZero)
    return { problem: `is not a valid ${type} (too small, rounds to 0)`, accepted };
  return { literal: /[eE]/.test(text) ? text : `${text}E0` };
}
