/** "How to search": the query language, with examples in the reader's language. */
import { t } from "../i18n/t";
import { rich } from "../public/content";

const code = (key: string) => <code>{t(key)}</code>;

export function SearchHelp() {
  return (
    <details class="search-help">
      <summary>{t("search.help.title")}</summary>
      <ul>
        <li>
          {rich("search.help.allWords", {
            example: code("search.help.allWordsExample"),
            word: code("search.help.wordFormExample"),
            found: t("search.help.wordFormFound"),
          })}
        </li>
        <li>{rich("search.help.phrase", { example: code("search.help.phraseExample") })}</li>
        <li>
          {rich("search.help.either", {
            example: code("search.help.eitherExample"),
            minus: code("search.help.minusExample"),
          })}
        </li>
        <li>{rich("search.help.prefix", { example: code("search.help.prefixExample") })}</li>
        <li>{t("search.help.languages")}</li>
      </ul>
    </details>
  );
}
