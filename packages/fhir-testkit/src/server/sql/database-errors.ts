import { sqlMessages } from '../../fixtures/sql-errors.js';
import { haloLinkCodes, type HaloLinkCode } from '../../fixtures/halo-link-errors.js';
import type { SqlDatabaseError } from './sql-mock-types.js';

/**
 * Halo's exact text for a storedProcedure parameter too large to convert (reference §4, §6.1).
 * Its `errorType`/`errorCode` are not published: the contract's guess is `haloLink` 2.
 */
export const conversionFailureMessage = sqlMessages.conversionFailure;

/** A SQL Server error as Halo reports it. */
export function mssqlError(errorCode: number, errorMessage: string): SqlDatabaseError {
  return { errorType: 'mssql', errorCode, errorMessage };
}

/** A Firebird error as Halo reports it (SQLCODE and the `Dynamic SQL Error` text). */
export function fbsqlError(errorCode: number, detail: string): SqlDatabaseError {
  return {
    errorType: 'fbsql',
    errorCode,
    errorMessage: `Dynamic SQL Error SQL error code = ${errorCode} ${detail}`,
  };
}

/** A Halo Link error (code 0 is of type `http`), with the documented name's message. */
export function haloLinkError(code: HaloLinkCode, errorMessage?: string): SqlDatabaseError {
  const entry = haloLinkCodes[code];
  return { errorType: entry.errorType, errorCode: code, errorMessage: errorMessage ?? entry.message };
}

/** SQL Server's messages for the errors the mock raises, by number. */
export const mssqlErrors = {
  syntaxNear: (near: string) => mssqlError(102, `Incorrect syntax near '${near}'.`),
  syntaxNearKeyword: (keyword: string) => mssqlError(156, `Incorrect syntax near the keyword '${keyword}'.`),
  unclosedQuote: (rest: string) =>
    mssqlError(105, `Unclosed quotation mark after the character string '${rest}'.`),
  undeclaredVariable: (name: string) => mssqlError(137, `Must declare the scalar variable "${name}".`),
  duplicateVariable: (name: string) =>
    mssqlError(
      134,
      `The variable name '${name}' has already been declared. Variable names must be unique within a query batch or stored procedure.`,
    ),
  textVariable: () =>
    mssqlError(2739, 'The text, ntext, and image data types are invalid for local variables.'),
  unknownType: (type: string) =>
    mssqlError(2715, `Column, parameter, or variable #1: Cannot find data type ${type}.`),
  sizeTooLarge: (size: number, name: string, max: number) =>
    mssqlError(
      2717,
      `The size (${size}) given to the parameter '${name}' exceeds the maximum allowed (${max}).`,
    ),
  invalidLength: () => mssqlError(1001, 'Line 1: Length or precision specification 0 is invalid.'),
  conversion: (from: string, value: string, to: string) =>
    mssqlError(245, `Conversion failed when converting the ${from} value '${value}' to data type ${to}.`),
  dateConversion: () =>
    mssqlError(241, 'Conversion failed when converting date and/or time from character string.'),
  dateOutOfRange: (to: string) =>
    mssqlError(
      242,
      `The conversion of a nvarchar data type to a ${to} data type resulted in an out-of-range value.`,
    ),
  overflow: (to: string) =>
    mssqlError(8115, `Arithmetic overflow error converting expression to data type ${to}.`),
  implicitConversion: (from: string, to: string) =>
    mssqlError(
      257,
      `Implicit conversion from data type ${from} to ${to} is not allowed. Use the CONVERT function to run this query.`,
    ),
  guidConversion: () =>
    mssqlError(8169, 'Conversion failed when converting from a character string to uniqueidentifier.'),
  invalidObject: (name: string) => mssqlError(208, `Invalid object name '${name}'.`),
  missingProcedure: (name: string) => mssqlError(2812, `Could not find stored procedure '${name}'.`),
  parameterConversion: (message: string) => mssqlError(8114, message),
} as const;

/** Firebird's messages for the errors the mock raises. */
export const fbsqlErrors = {
  tableUnknown: (name: string) => fbsqlError(-204, `Table unknown ${name.toUpperCase()} At line 1`),
  procedureUnknown: (name: string) => fbsqlError(-204, `Procedure unknown ${name.toUpperCase()}`),
  tokenUnknown: (token: string) => fbsqlError(-104, `Token unknown - line 1, column 1 ${token}`),
} as const;
