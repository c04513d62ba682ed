/** Pieces of the draft and version pages: facts, word count against the limit, downloads, history. */
import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { plain, REPORT_FORMATS, type WordLimit } from "../../reports/shadow";
import { inlineRuns, textParagraphs } from "../../reports/shadow/editable";
import { countWords } from "../../reports/shadow/text";
import { when } from "../account/when";
import { currentLocale, t } from "../i18n/t";
import { scriptMessage } from "../static/script-messages";
import { audienceFact, downloadPath, formatLabel, languageLabel, templateLabel, versionPath } from "./parts";

export interface Measure {
  words: number;
  wordLimit: WordLimit | null;
}

export function DraftFacts(props: { draft: ReportDraft; country: string; cycle: string; coalition: string[] }) {
  const { draft } = props;
  return (
    <dl class="facts">
      <dt>{t("reports.facts.country")}</dt>
      <dd>{props.country}</dd>
      <dt>{t("reports.facts.cycle")}</dt>
      <dd>{props.cycle}</dd>
      <dt>{t("reports.facts.template")}</dt>
      <dd>{templateLabel(draft.template)}</dd>
      <dt>{t("reports.facts.language")}</dt>
      <dd>{languageLabel(draft.lang)}</dd>
      <dt>{t("reports.facts.for")}</dt>
      <dd>{audienceFact(draft.audience)}</dd>
      {props.coalition.length ? (
        <>
          <dt>{t("reports.facts.jointlyWith")}</dt>
          <dd>{props.coalition.join(t("reports.listSeparator"))}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Over the limit: what the export warns, with the number of words to cut. */
export const overLimit = (m: Measure) =>
  m.wordLimit && m.wordLimit.exceededBy > 0
    ? t("reports.overLimit", { count: m.words, over: m.wordLimit.exceededBy, limit: m.wordLimit.limit })
    : null;

function wholeReport(measure: Measure): string {
  const limit = measure.wordLimit;
  if (!limit) return t("reports.words.wholeNoLimit", { count: measure.words });
  if (limit.exceededBy > 0) return t("reports.words.wholeLimit", { count: measure.words, limit: limit.limit });
  return t("reports.words.wholeLeft", { count: measure.words, limit: limit.limit, left: limit.limit - measure.words });
}

/**
 * The words an editable part adds to the whole report: its paragraphs as the
 * report builds them (list markers and emphasis marks dropped), each counted
 * with countWords, as build.ts counts a section.
 */
export function partWords(text: string): number {
  return textParagraphs(text).reduce((n, p) => n + countWords(plain(inlineRuns(p))), 0);
}

/**
 * What enhance.js needs to recount as the person types: the words of the
 * report outside the two editable parts, the limit, and the lines' messages
 * in the page's language (src/web/static/script-messages.ts).
 */
function liveData(measure: Measure | null, texts: DraftTexts): string {
  const locale = currentLocale();
  const m = (key: string) => scriptMessage(locale, `reports.${key}`);
  const base = measure ? measure.words - partWords(texts.executiveSummary) - partWords(texts.recommendations) : null;
  return JSON.stringify({
    base,
    limit: measure?.wordLimit?.limit ?? null,
    m: {
      summary: m("words.summary"),
      recommendations: m("words.recommendations"),
      ...(measure
        ? { wholeNoLimit: m("words.wholeNoLimit"), wholeLimit: m("words.wholeLimit"), wholeLeft: m("words.wholeLeft") }
        : {}),
      ...(measure?.wordLimit ? { overLimit: m("overLimit") } : {}),
    },
  });
}

/**
 * The counts of the version shown, from the server. Under the editor (`live`)
 * the lines are a polite live region that enhance.js keeps up to date as the
 * person types; the over-the-limit warning is then always there, hidden while
 * within the limit, and polite too (a role="alert" would interrupt the person
 * at every pause in their typing while over the limit). Without JavaScript
 * they are the counts after the last save, and the warning is an alert.
 */
export function WordCount(props: { measure: Measure | null; texts: DraftTexts; error?: string; live?: boolean }) {
  const { measure, texts, error, live } = props;
  const over = measure ? overLimit(measure) : null;
  return (
    <section aria-labelledby="words-h" data-live-words={live ? liveData(measure, texts) : undefined}>
      <h2 id="words-h">{t("reports.words.heading")}</h2>
      <ul aria-live={live ? "polite" : undefined}>
        <li data-words="summary">{t("reports.words.summary", { count: countWords(texts.executiveSummary) })}</li>
        <li data-words="recommendations">{t("reports.words.recommendations", { count: countWords(texts.recommendations) })}</li>
        {measure ? <li data-words="whole">{wholeReport(measure)}</li> : null}
      </ul>
      {over || (live && measure?.wordLimit) ? (
        <p class="notice warning" role={live ? "status" : "alert"} data-words="over" hidden={!over}>
          {over}
        </p>
      ) : null}
      {error ? <p class="notice warning">{error}</p> : null}
    </section>
  );
}

export function Downloads(props: { org: Organisation; draft: ReportDraft; n: number; measure: Measure | null }) {
  const { org, draft, n, measure } = props;
  const warning = measure ? overLimit(measure) : null;
  return (
    <section aria-labelledby="downloads-h">
      <h2 id="downloads-h">{t("reports.downloads.heading", { n })}</h2>
      {warning ? (
        <p class="notice warning">
          {warning} {t("reports.downloads.confirmEach")}
        </p>
      ) : null}
      <ul>
        {REPORT_FORMATS.map((f) => (
          <li>
            <a href={downloadPath(org.slug, draft.id, n, f)}>{formatLabel(f)}</a>
          </li>
        ))}
      </ul>
      <p class="hint">{t("reports.downloads.hint")}</p>
    </section>
  );
}

/** One line of the versions list, after the version's name or link. */
function versionLine(v: ReportDraftVersion, draft: ReportDraft, names: Map<string, string>): string {
  return t("reports.history.line", {
    current: v.version === draft.currentVersion ? "yes" : "no",
    generated: v.version === 1 ? "yes" : "no",
    name: names.get(v.savedBy) ?? t("reports.formerMember"),
    when: when(v.savedAt),
  });
}

export function History(props: {
  org: Organisation;
  draft: ReportDraft;
  versions: ReportDraftVersion[];
  names: Map<string, string>;
  shown: number;
}) {
  const { org, draft, versions, names, shown } = props;
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t("reports.history.heading")}</h2>
      <ol reversed>
        {versions.map((v) => (
          <li>
            {v.version === shown ? (
              <strong aria-current="page">{t("reports.version", { n: v.version })}</strong>
            ) : (
              <a href={versionPath(org.slug, draft.id, v.version)}>{t("reports.version", { n: v.version })}</a>
            )}
            {versionLine(v, draft, names)}
            {v.note ? <span class="muted"> · {v.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
