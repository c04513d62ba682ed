/**
 * Catalogue messages handed to enhance.js, so that the script says what the
 * server says, in the same words and with the same plural rules, without a
 * copy of the catalogues or an ICU library in the browser. A message goes out
 * as its parsed form (intl-messageformat's AST) in a compact JSON shape that
 * enhance.js `formatMessage` reads:
 *
 *   "text"                          literal text
 *   ["#"]                           the number of the enclosing plural
 *   ["name"]                        a value as written
 *   ["name", "n"]                   a number in the page's language
 *   ["name", "p", {cat: [...]}, k]  plural (categories and =n cases), offset k
 *   ["name", "s", {key: [...]}]     select
 *
 * Anything else (dates, styled numbers, tags) is refused here, so a message
 * the script cannot format never reaches it.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { catalogues } from "../../i18n/catalogue";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";

export type ScriptMessage = (string | ScriptElement)[];
type ScriptElement =
  | [string]
  | [string, "n"]
  | [string, "p", Record<string, ScriptMessage>, number]
  | [string, "s", Record<string, ScriptMessage>];

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
type Options = Record<string, { value: Ast }>;

// intl-messageformat's element types (@formatjs/icu-messageformat-parser TYPE).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

function compact(ast: Ast, key: string): ScriptMessage {
  const options = (o: Options) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, compact(v.value, key)]));
  return ast.map((el): string | ScriptElement => {
    const e = el as { type: number; value?: string; style?: unknown; options?: Options; offset?: number; pluralType?: string };
    if (e.type === LITERAL) return e.value as string;
    if (e.type === POUND) return ["#"];
    if (e.type === ARGUMENT) return [e.value as string];
    if (e.type === NUMBER && !e.style) return [e.value as string, "n"];
    if (e.type === PLURAL && e.pluralType === "cardinal") return [e.value as string, "p", options(e.options!), e.offset ?? 0];
    if (e.type === SELECT) return [e.value as string, "s", options(e.options!)];
    throw new Error(`The message ${key} has an element enhance.js cannot format (type ${e.type})`);
  });
}

/** An ICU message in a language as enhance.js reads it; throws for what the script cannot format. */
export function toScriptMessage(source: string, lang: Locale, key = source): ScriptMessage {
  return compact(new IntlMessageFormat(source, lang, undefined, { ignoreTag: true }).getAst(), key);
}

const cache = new Map<string, ScriptMessage>();

/** A catalogue message in a language, ready for enhance.js (English when the language lacks it, as t() does). */
export function scriptMessage(locale: Locale, key: string): ScriptMessage {
  const all = catalogues();
  const own = all[locale].get(key);
  const lang = own === undefined ? DEFAULT_LOCALE : locale;
  const source = own ?? all[DEFAULT_LOCALE].get(key);
  if (source === undefined) throw new Error(`No message "${key}" in the English catalogue`);
  const id = `${lang}\u0000${key}`;
  let message = cache.get(id);
  if (!message) {
    message = toScriptMessage(source, lang, key);
    cache.set(id, message);
  }
  return message;
}
