/**
 * Suggestions over the stored framework: builds the index from the framework
 * repository once per set of loaded packs (their content hashes) and answers
 * from it. The web and the CLI call this; it reveals only public framework text.
 */
import { InvalidParameterError } from "../errors";
import type { FrameworkItem } from "../framework/types";
import type { FrameworkRepository } from "../ports";
import { buildIndex, type SuggestIndex } from "./item-index";
import { suggest } from "./suggester";
import type { SuggestOptions, SuggestResult } from "./types";
import { vocabularyFor } from "./vocabularies";

/** Longest text suggested from, in characters (about 300 pages). */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_TOP = 50;

export function validateSuggestRequest(text: string, top: number | undefined): void {
  if (text.trim().length === 0) throw new InvalidParameterError("text", "is empty: give the text of a law, policy or programme");
  if (text.length > MAX_TEXT_CHARS)
    throw new InvalidParameterError("text", `is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters`);
  if (top !== undefined && (!Number.isInteger(top) || top < 1 || top > MAX_TOP))
    throw new InvalidParameterError("top", `must be a whole number from 1 to ${MAX_TOP}`);
}

export function suggestService(framework: FrameworkRepository) {
  let cached: { key: string; index: SuggestIndex } | undefined;

  async function index(): Promise<SuggestIndex> {
    const packs = await framework.listPacks();
    const key = packs.map((p) => `${p.id}@${p.contentHash}`).join(",");
    if (cached?.key === key) return cached.index;
    const kinds = ["commitment", "option", "strategy"] as const;
    const lists = await Promise.all(kinds.map((kind) => framework.listItems({ kind })));
    const items: FrameworkItem[] = lists.flat();
    const language = packs.length === 1 ? packs[0]!.language : "en";
    const built = buildIndex({ items, vocabulary: vocabularyFor(packs.map((p) => p.id)), language });
    cached = { key, index: built };
    return built;
  }

  return {
    index,
    async suggest(text: string, options: SuggestOptions = {}): Promise<SuggestResult> {
      validateSuggestRequest(text, options.top);
      return suggest(text, await index(), options);
    },
  };
}

export type SuggestService = ReturnType<typeof suggestService>;

const services = new WeakMap<FrameworkRepository, SuggestService>();

/** One service (and so one cached index) per framework repository. */
export function suggestServiceFor(framework: FrameworkRepository): SuggestService {
  let service = services.get(framework);
  if (!service) {
    service = suggestService(framework);
    services.set(framework, service);
  }
  return service;
}
