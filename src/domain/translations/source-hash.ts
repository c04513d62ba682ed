/**
 * A fingerprint of an original text, stored with each translation: when the
 * original's fingerprint no longer matches, the translation is out of date.
 * It only detects change (nobody gains by forging it), so a 64-bit FNV-1a
 * over the UTF-8 bytes is enough, and it keeps the domain free of node:crypto.
 * Computed on two 32-bit halves (BigInt arithmetic is twenty times slower).
 */

const encoder = new TextEncoder();

/** Line endings and surrounding space do not count as a change. */
export const normaliseText = (text: string): string => text.replace(/\r\n?/g, "\n").trim();

export function sourceHash(original: string): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(normaliseText(original))) {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    // h * prime mod 2^64 = h * 0x1b3 + (h << 40): the shift moves the low half's bits into the high half.
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x100000000) + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return `fnv1a64:${hi.toString(16).padStart(8, "0")}${lo.toString(16).padStart(8, "0")}`;
}
