/** Scripts and common words used by text analysis (see analyze.ts). */

export type Script = "latin" | "cyrillic" | "arabic" | "han" | "other";

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/** The script of a word, judged by its first letter. */
export function scriptOf(word: string): Script {
  const first = word[0] ?? "";
  if (LATIN.test(first)) return "latin";
  if (ARABIC.test(first)) return "arabic";
  if (CYRILLIC.test(first)) return "cyrillic";
  if (HAN.test(first)) return "han";
  return "other";
}

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Function words: they tell Latin-script languages apart and are dropped from
 * queries outside quoted phrases (a record in Spanish does not contain "against").
 */
export const STOPWORDS = {
  en: list(`a an and are as at be by for from has have in is it its of on or that the their this to was were which
    with will not no into than these those such also been being can may should would could shall any all`),
  fr: list(`le la les un une des du de et en est sont au aux ce cette ces pour par sur dans avec que qui ne pas plus
    ou son sa ses leur leurs il elle ils elles nous vous être été ont doit doivent afin entre contre`),
  es: list(`el la los las un una unos unas de del y en es son al lo por para con que se su sus como más o no este
    esta estos estas ha han sobre entre contra ser sin también`),
  ru: list(`и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по ее мне было вот от
    меня еще нет о из ему для при это эти против также или их`),
  ar: list(`في من على الى إلى عن مع أن ان هذا هذه التي الذي و او أو ما لا كما قد ذلك تلك بين ضد`),
} as const;
