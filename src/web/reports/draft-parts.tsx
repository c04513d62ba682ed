/** Pieces of the draft and version pages: facts, word count against the limit, downloads, history. */
import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { REPORT_FORMATS, type WordLimit } from "../../reports/shadow";
import { countWords } from "../../reports/shadow/text";
import { when } from "../workspace/parts";
import { downloadPath, FORMAT_LABELS, LANGUAGE_LABELS, number, TEMPLATE_LABELS, versionPath } from "./parts";

export interface Measure {
  words: number;
  wordLimit: WordLimit | null;
}

export function DraftFacts(props: { draft: ReportDraft; country: string; cycle: string; coalition: string[] }) {
  const { draft } = props;
  return (
    <dl class="facts">
      <dt>Country</dt>
      <dd>{props.country}</dd>
      <dt>Cycle</dt>
      <dd>{props.cycle}</dd>
      <dt>Template</dt>
      <dd>{TEMPLATE_LABELS[draft.template]}</dd>
      <dt>Language</dt>
      <dd>{LANGUAGE_LABELS[draft.lang]}</dd>
      <dt>For</dt>
      <dd>
        {draft.audience === "internal"
          ? "Internal: cites your organisation's confidential evidence that your role may see; every page says Confidential. Do not file it."
          : "Public: public evidence only"}
      </dd>
      {props.coalition.length ? (
        <>
          <dt>Jointly with</dt>
          <dd>{props.coalition.join("; ")}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Over the limit: what the export warns, with the number of words to cut. */
export const overLimit = (m: Measure) =>
  m.wordLimit && m.wordLimit.exceededBy > 0
    ? `The report has ${number(m.words)} words: ${number(m.wordLimit.exceededBy)} over the limit of ${number(m.wordLimit.limit)}. Shorten it before filing.`
    : null;

export function WordCount({ measure, texts, error }: { measure: Measure | null; texts: DraftTexts; error?: string }) {
  return (
    <section aria-labelledby="words-h">
      <h2 id="words-h">Word count</h2>
      <ul>
        <li>Executive summary: {number(countWords(texts.executiveSummary))} words</li>
        <li>Recommendations: {number(countWords(texts.recommendations))} words</li>
        {measure ? (
          <li>
            Whole report (every section but the cover and the annex, with the notes): {number(measure.words)} words
            {measure.wordLimit ? `, limit ${number(measure.wordLimit.limit)}` : ", no limit"}
            {measure.wordLimit && measure.wordLimit.exceededBy === 0
              ? ` (${number(measure.wordLimit.limit - measure.words)} words left)`
              : ""}
          </li>
        ) : null}
      </ul>
      {measure && overLimit(measure) ? (
        <p class="notice warning" role="alert">
          {overLimit(measure)}
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
      <h2 id="downloads-h">Download version {n}</h2>
      {warning ? <p class="notice warning">{warning} Each download asks you to confirm.</p> : null}
      <ul>
        {REPORT_FORMATS.map((f) => (
          <li>
            <a href={downloadPath(org.slug, draft.id, n, f)}>{FORMAT_LABELS[f]}</a>
          </li>
        ))}
      </ul>
      <p class="hint">
        Findings, evidence, obstacles and the annex are read from the published assessments when you download; the executive
        summary and recommendations are this version's.
      </p>
    </section>
  );
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
      <h2 id="history-h">Versions</h2>
      <ol reversed>
        {versions.map((v) => (
          <li>
            {v.version === shown ? (
              <strong aria-current="page">Version {v.version}</strong>
            ) : (
              <a href={versionPath(org.slug, draft.id, v.version)}>Version {v.version}</a>
            )}
            {v.version === draft.currentVersion ? " (current)" : ""}: saved by {names.get(v.savedBy) ?? "a former member"} on{" "}
            {when(v.savedAt)}
            {v.version === 1 ? " (generated)" : ""}
            {v.note ? <span class="muted"> · {v.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
