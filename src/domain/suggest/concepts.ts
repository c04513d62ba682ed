/**
 * Finds the thesaurus's concepts in a run of tokens. Each phrase of a concept
 * is analysed in its own language; a phrase matches where its content terms
 * (function words left out) follow each other among the text's content terms.
 */
import { type Concept, THESAURUS } from "./thesaurus";
import { type Token, tokenize } from "./tokens";

/** The scoring term that stands for a concept (no analysed word starts with "§"). */
export const conceptTerm = (id: string) => `§${id}`;

interface Phrase {
  concept: string;
  terms: string[];
  /** The Latin-script language the phrase was stemmed in: it only matches text stemmed the same way. */
  latin?: string;
}

export interface ConceptMatcher {
  /** Phrases by their first term. */
  byFirst: Map<string, Phrase[]>;
  ids: Set<string>;
}

export interface ConceptHit {
  concept: string;
  /** Indexes into the content tokens: [from, to). */
  from: number;
  to: number;
}

const LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;

export function compileThesaurus(concepts: readonly Concept[] = THESAURUS): ConceptMatcher {
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const c of concepts)
    for (const lang of LANGUAGES)
      for (const phrase of c[lang] ?? []) {
        const terms = tokenize(phrase, 0, lang)
          .filter((t) => !t.stop)
          .map((t) => t.term);
        const latin = lang === "en" || lang === "fr" || lang === "es" ? lang : undefined;
        const key = `${c.id}\u0000${latin}\u0000${terms.join(" ")}`;
        if (terms.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const list = byFirst.get(terms[0]!) ?? [];
        list.push({ concept: c.id, terms, ...(latin ? { latin } : {}) });
        byFirst.set(terms[0]!, list);
      }
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return { byFirst, ids: new Set(concepts.map((c) => c.id)) };
}

const has = (t: Token, term: string) => t.term === term || t.alt === term;

/**
 * Every concept found among `content` (tokens that are not function words), at
 * most once per position and concept. `latin` is the language the text's
 * Latin-script words were stemmed in: French "former" and English "forms" share
 * a stem, but only one of them means training.
 */
export function findConcepts(matcher: ConceptMatcher, content: readonly Token[], latin: string): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i]!;
    const candidates = [...(matcher.byFirst.get(t.term) ?? []), ...(t.alt ? (matcher.byFirst.get(t.alt) ?? []) : [])];
    const found = new Set<string>();
    for (const p of candidates) {
      if (found.has(p.concept) || (p.latin && p.latin !== latin) || i + p.terms.length > content.length) continue;
      if (p.terms.every((term, k) => has(content[i + k]!, term))) {
        found.add(p.concept);
        hits.push({ concept: p.concept, from: i, to: i + p.terms.length });
      }
    }
  }
  return hits;
}
