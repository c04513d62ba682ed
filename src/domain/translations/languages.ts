/**
 * Languages of original texts. An original may be in any language (a pack in
 * Portuguese, evidence written in Swahili), named by a BCP 47 tag;
 * translations are into the six UN languages of the interface.
 */

/** "en", "fr-CA", "zh-Hant", "sw": a primary subtag of 2–3 letters, then optional subtags. */
const TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** The tag in its usual case ("FR-ca" → "fr-CA"), or null when it is not a language tag. */
export function normaliseLanguage(value: string): string | null {
  const tag = value.trim();
  if (!TAG.test(tag)) return null;
  const [primary = "", ...rest] = tag.split("-");
  return [primary.toLowerCase(), ...rest.map((s) => (s.length === 2 ? s.toUpperCase() : s))].join("-");
}

/** The primary language: "fr-CA" → "fr". */
export const primaryLanguage = (tag: string): string => (tag.split("-")[0] ?? tag).toLowerCase();

/** A French original needs no translation into French, whatever its region. */
export const sameLanguage = (a: string, b: string): boolean => primaryLanguage(a) === primaryLanguage(b);
