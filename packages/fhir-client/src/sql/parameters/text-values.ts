/**
 * Checks for the string-shaped parameter values: UTF-16 validity, strict base64 for binary types, and
 * the uniqueidentifier pattern. Each returns a problem description, or the decoded value.
 */

/** Index of the first lone surrogate in `text` (UTF-16 code units), or -1 when the text is valid UTF-16. */
export function loneSurrogateIndex(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return index;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return index;
  }
  return -1;
}

const base64Alphabet = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a strict base64 text (standard alphabet, padded to a multiple of 4, no whitespace), or a
 * problem description. Works wherever `atob` exists (Node 20+, browsers).
 */
export function decodeStrictBase64(text: string): Uint8Array | { problem: string } {
  if (text.length % 4 !== 0) {
    return { problem: `is not valid base64 (length ${text.length} is not a multiple of 4)` };
  }
  if (!base64Alphabet.test(text)) {
    const index = text.search(/[^A-Za-z0-9+/=]|=(?!=*$)/);
    if (index === -1) return { problem: 'is not valid base64 (more than two = of padding)' };
    return { problem: `is not valid base64 (unexpected character at index ${index})` };
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Base64 (standard, padded) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** Decoded length in bytes of a base64 text, without decoding it (an estimate for invalid base64). */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

const guidPattern = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** True for the 8-4-4-4-12 hex form of a uniqueidentifier (no braces). */
export function isGuid(text: string): boolean {
  return guidPattern.test(text);
}
