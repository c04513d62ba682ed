/** Per-item vocabularies by pack id: a pack without one is suggested from its own text and the thesaurus alone. */
import type { ItemVocabulary } from "../types";
import { VAWG_DIGITAL_2023 } from "./vawg-digital-2023";

const VOCABULARIES: Record<string, Record<string, ItemVocabulary>> = {
  "vawg-digital-2023": VAWG_DIGITAL_2023,
};

/** The vocabulary of every given pack, merged (item ids are unique across packs). */
export function vocabularyFor(packIds: readonly string[]): Record<string, ItemVocabulary> {
  return Object.assign({}, ...packIds.map((id) => VOCABULARIES[id] ?? {}));
}
