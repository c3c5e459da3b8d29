import type { Draw } from './random.js';

/** Identifier systems of the Australian identifiers the generator issues. */
export const AuIdentifierSystem = {
  Ihi: 'http://ns.electronichealth.net.au/id/hi/ihi/1.0',
  Hpii: 'http://ns.electronichealth.net.au/id/hi/hpii/1.0',
  Hpio: 'http://ns.electronichealth.net.au/id/hi/hpio/1.0',
  Medicare: 'http://ns.electronichealth.net.au/id/medicare-number',
  PrescriberNumber: 'http://ns.electronichealth.net.au/id/medicare-prescriber-number',
} as const;
/** One of {@link AuIdentifierSystem}. */
export type AuIdentifierSystem = (typeof AuIdentifierSystem)[keyof typeof AuIdentifierSystem];

/** Healthcare Identifier prefixes (ISO 7812 issuer 80036 + identifier type digit). */
const hiPrefix = { ihi: '800360', hpii: '800361', hpio: '800362' } as const;

/** The Luhn check digit for `payload` (digits only), as used by IHI, HPI-I and HPI-O. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Doubling starts at the rightmost payload digit, because the check digit will follow it.
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `value` is 16 digits with the given prefix and a valid Luhn check digit. */
function isHealthcareIdentifier(value: string, prefix: string): boolean {
  return (
    /^\d{16}$/.test(value) &&
    value.startsWith(prefix) &&
    luhnCheckDigit(value.slice(0, 15)) === Number(value[15])
  );
}

/** True for a well-formed Individual Healthcare Identifier: 16 digits, `800360…`, Luhn check digit. */
export function isValidIhi(value: string): boolean {
  return isHealthcareIdentifier(value, hiPrefix.ihi);
}

/** True for a well-formed HPI-I (practitioner identifier): 16 digits, `800361…`, Luhn check digit. */
export function isValidHpii(value: string): boolean {
  return isHealthcareIdentifier(value, hiPrefix.hpii);
}

function healthcareIdentifier(draw: Draw, prefix: string): string {
  const payload = prefix + draw.digits(9);
  return payload + String(luhnCheckDigit(payload));
}

/** A synthetic IHI (not issued to anyone, but valid in form). */
export function generateIhi(draw: Draw): string {
  return healthcareIdentifier(draw, hiPrefix.ihi);
}

/** A synthetic HPI-I. */
export function generateHpii(draw: Draw): string {
  return healthcareIdentifier(draw, hiPrefix.hpii);
}

/** A synthetic HPI-O. */
export function generateHpio(draw: Draw): string {
  return healthcareIdentifier(draw, hiPrefix.hpio);
}

const medicareWeights = [1, 3, 7, 9, 1, 3, 7, 9] as const;

/** The Medicare card check digit (9th digit) for the first 8 digits. */
export function medicareCheckDigit(firstEight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * (medicareWeights[i] ?? 0);
  return sum % 10;
}

/**
 * True for a well-formed Medicare number: 10 digits (first 2–6, 9th the check digit, 10th the issue
 * number, not 0) optionally followed by the 1-digit IRN (individual reference number, 1–9).
 */
export function isValidMedicareNumber(value: string): boolean {
  if (!/^[2-6]\d{8}[1-9][1-9]?$/.test(value)) return false;
  return medicareCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** A synthetic 11-character Medicare number with IRN: 10 card digits then the IRN. */
export function generateMedicareNumber(draw: Draw): string {
  const firstEight = String(draw.int(2, 6)) + draw.digits(7);
  return (
    firstEight + String(medicareCheckDigit(firstEight)) + String(draw.int(1, 9)) + String(draw.int(1, 5))
  );
}
